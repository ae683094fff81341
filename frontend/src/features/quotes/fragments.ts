import { graphql } from '../../gql';

/** A priced line as the editor, the producer's cards and the comparison read it. */
export const QuoteLineDoc = graphql(`
  fragment QuoteLineFields on QuoteLine {
    id
    key
    position
    operation {
      id
      label
    }
    episode {
      id
      number
      title
    }
    kind
    description
    quantity
    unit
    hoursPerDay
    unitPrice
    discountPercent
    discountAmount
    vatRate
    net
  }
`);

export const TotalsDoc = graphql(`
  fragment TotalsFields on Totals {
    ht
    vat
    ttc
    byRate {
      rate
      base
      vat
    }
  }
`);

export const AnswerDoc = graphql(`
  fragment AnswerFields on Quote {
    sentAt
    acceptance {
      name
      mention
      at
      address
      documentSha256
    }
    refusal {
      reason
      at
    }
  }
`);

/** A quote version as a row of a list (the organisation's, a production's, the producer's). */
export const QuoteRowDoc = graphql(`
  fragment QuoteRow on Quote {
    id
    number
    version
    reference
    status
    title
    validUntil
    expiresSoon
    production {
      id
      title
    }
    client {
      id
      name
    }
    totals {
      ht
      ttc
    }
  }
`);

/** An amendment as a row of a list. */
export const AmendmentRowDoc = graphql(`
  fragment AmendmentRow on Amendment {
    id
    number
    status
    proposed
    title
    validUntil
    expiresSoon
    production {
      id
      title
    }
    client {
      id
      name
    }
    quote {
      id
      reference
    }
    totals {
      ht
      ttc
    }
  }
`);

/** A whole quote version: the editor, the producer's page. */
export const QuoteDetailDoc = graphql(`
  fragment QuoteDetail on Quote {
    ...QuoteRow
    ...AnswerFields
    issueDate
    purchaseOrder
    specRuntimeMinutes
    specEpisodes
    specDeliverables
    depositPercent
    depositAmount
    paymentDays
    paymentEndOfMonth
    overtimePercent
    nightPercent
    weekendPercent
    notes
    documentUrl
    documentSha256
    production {
      id
      title
      episodes {
        id
        number
        title
      }
    }
    lines {
      ...QuoteLineFields
    }
    totals {
      ...TotalsFields
    }
    versions {
      id
      version
      reference
      status
      sentAt
    }
    amendments {
      ...AmendmentRow
    }
  }
`);

/** A whole amendment: its editor, the producer's page. */
export const AmendmentDetailDoc = graphql(`
  fragment AmendmentDetail on Amendment {
    ...AmendmentRow
    issueDate
    notes
    documentUrl
    documentSha256
    sentAt
    acceptance {
      name
      mention
      at
      address
      documentSha256
    }
    refusal {
      reason
      at
    }
    production {
      id
      title
      episodes {
        id
        number
        title
      }
    }
    lines {
      ...QuoteLineFields
    }
    totals {
      ...TotalsFields
    }
  }
`);

/** The events of a production's quotes: enough to know which page to read again. */
export const QuoteEventsDoc = graphql(`
  subscription QuoteEvents($productionId: ID!) {
    quoteEvents(productionId: $productionId) {
      id
      kind
      productionId
      quote {
        id
      }
      amendment {
        id
      }
    }
  }
`);
