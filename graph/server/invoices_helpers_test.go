package server_test

// Helpers of the invoicing tests: an organisation and a client with the
// legal details an invoice must show, invoices made and issued through the
// API, and the fields the tests read.

import (
	"github.com/postprod/postprod/db"
)

// Legal details (SIRETs passing Luhn, VAT numbers with their key).
const (
	sellerSiret = "73282932000074"
	sellerVat   = "FR44732829320"
	clientSiret = "44306184100047"
	clientVat   = "FR64443061841"
)

// billable gives the organisation and the producer's client the legal
// details issuing requires.
func (o *org) billable() *org {
	o.e.t.Helper()
	o.e.call(o.as(db.RoleAdmin), `mutation($in:OrganisationInput!){ updateOrganisation(input:$in){ id } }`, map[string]any{"in": map[string]any{
		"name": o.Name, "legalName": o.Name + " SAS", "siret": sellerSiret, "vatNumber": sellerVat, "address": "12 rue de la Fontaine, 75011 Paris"}}, &struct{}{})
	o.e.call(o.as(db.RoleCoordinator), `mutation($id:ID!,$in:ClientInput!){ updateClient(id:$id, input:$in){ id } }`, map[string]any{"id": o.clientID,
		"in": map[string]any{"name": "Client " + o.Name, "legalName": "Films du Client SARL", "siret": clientSiret, "vatNumber": clientVat,
			"address": "3 avenue du Cinéma, 69002 Lyon"}}, &struct{}{})
	return o
}

// iline is an invoice line input: one day of editing at 500 €, 20 %,
// unless overridden.
func iline(kv ...any) map[string]any {
	return with(map[string]any{"description": "Montage image", "quantity": "1", "unit": "DAY", "unitPrice": "500", "vatRate": "20"}, kv...)
}

// draftInvoice creates a STANDARD draft for the producer's client with
// lines, as the coordinator, and returns its id.
func (o *org) draftInvoice(lines ...map[string]any) string {
	o.e.t.Helper()
	if lines == nil {
		lines = []map[string]any{}
	}
	return o.create(`mutation($in:CreateInvoiceInput!){ createInvoice(input:$in){ id } }`,
		map[string]any{"in": map[string]any{"kind": "STANDARD", "clientId": o.clientID, "lines": lines}})
}

// issued creates and issues a STANDARD invoice; it returns what issuing
// answered.
func (o *org) issued(lines ...map[string]any) invoiceView {
	o.e.t.Helper()
	return o.issue(o.draftInvoice(lines...))
}

func (o *org) issue(id string) invoiceView {
	o.e.t.Helper()
	var d struct{ IssueInvoice invoiceView }
	o.e.call(o.as(db.RoleCoordinator), issueMutation, map[string]any{"id": id}, &d)
	return d.IssueInvoice
}

// readInvoice reads an invoice as token.
func (e *env) readInvoice(token, id string) invoiceView {
	e.t.Helper()
	var d struct{ Invoice invoiceView }
	e.call(token, `query($id:ID!){ invoice(id:$id){ `+invoiceFields+` } }`, map[string]any{"id": id}, &d)
	return d.Invoice
}

const invoiceFields = `id kind status number issueDate dueDate depositPercent prepaid amountDue balance overdue latePenalties recoveryIndemnity
	documentUrl xmlUrl reminderUrl client { id } production { id } quote { id }
	lines { id description quantity unit unitPrice discountPercent discountAmount vatRate vatExemptionReason net }
	totals { ht vat ttc byRate { rate base vat } } deductions { amount invoice { id number } }
	payments { amount method } creditNotes { id number status }`

const (
	issueMutation   = `mutation($id:ID!){ issueInvoice(id:$id){ ` + invoiceFields + ` } }`
	createMutation  = `mutation($in:CreateInvoiceInput!){ createInvoice(input:$in){ ` + invoiceFields + ` } }`
	paymentMutation = `mutation($id:ID!,$in:PaymentInput!){ recordPayment(invoiceId:$id, input:$in){ id amount invoice { id status balance } } }`
	creditMutation  = `mutation($id:ID!,$in:CreditNoteInput!){ createCreditNote(invoiceId:$id, input:$in){ id status number totals { ht vat ttc byRate { rate base vat } } lines { quantity net } } }`
	issueCreditMut  = `mutation($id:ID!){ issueCreditNote(id:$id){ id status number documentUrl totals { ht vat ttc } invoice { id status balance } } }`
)

type invoiceLineView struct {
	ID, Description, Quantity, Unit, UnitPrice, VatRate, Net string
	DiscountPercent, DiscountAmount, VatExemptionReason      *string
}

type totalsView struct {
	HT, VAT, TTC string
	ByRate       []struct{ Rate, Base, VAT string }
}

type invoiceView struct {
	ID, Kind, Status                           string
	Number, IssueDate, DueDate, DepositPercent *string
	Prepaid, AmountDue, Balance                string
	Overdue                                    bool
	LatePenalties, RecoveryIndemnity           *string
	DocumentURL, XMLURL, ReminderURL           *string
	Client                                     struct{ ID string }
	Production, Quote                          *struct{ ID string }
	Lines                                      []invoiceLineView
	Totals                                     totalsView
	Deductions                                 []struct {
		Amount  string
		Invoice struct{ ID, Number string }
	}
	Payments    []struct{ Amount, Method string }
	CreditNotes []struct {
		ID, Status string
		Number     *string
	}
}
