import { graphql } from '../../gql';

/** An invoice as a row of a list (the organisation's, a production's, the producer's). */
export const InvoiceRowDoc = graphql(`
  fragment InvoiceRow on Invoice {
    id
    kind
    status
    number
    issueDate
    dueDate
    overdue
    client {
      id
      name
    }
    production {
      id
      title
    }
    totals {
      ttc
    }
    balance
    documentUrl
  }
`);

export const InvoiceLineDoc = graphql(`
  fragment InvoiceLineFields on InvoiceLine {
    id
    position
    operation {
      id
      label
    }
    description
    quantity
    unit
    hoursPerDay
    unitPrice
    discountPercent
    discountAmount
    vatRate
    vatExemptionCode
    vatExemptionReason
    net
  }
`);

export const CreditNoteRowDoc = graphql(`
  fragment CreditNoteRow on CreditNote {
    id
    status
    number
    fullCredit
    reason
    issueDate
    totals {
      ttc
    }
    documentUrl
    xmlUrl
  }
`);

/** Everything the invoice page shows, for a draft and for an issued invoice. */
export const InvoiceDoc = graphql(`
  fragment InvoiceFields on Invoice {
    ...InvoiceRow
    quote {
      id
      reference
    }
    depositPercent
    serviceFrom
    serviceTo
    purchaseOrder
    notes
    lines {
      ...InvoiceLineFields
    }
    totals {
      ...TotalsFields
    }
    deductions {
      invoice {
        id
        number
      }
      amount
    }
    prepaid
    amountDue
    payments {
      id
      paidOn
      amount
      method
      reference
    }
    creditNotes {
      ...CreditNoteRow
    }
    latePenalties
    recoveryIndemnity
    xmlUrl
    reminderUrl
    issuedAt
  }
`);

export const InvoiceEventsDoc = graphql(`
  subscription InvoiceEvents($productionId: ID) {
    invoiceEvents(productionId: $productionId) {
      id
      kind
    }
  }
`);
