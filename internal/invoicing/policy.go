// Package invoicing holds invoices, credit notes, payments and the
// invoicing settings: DOMAIN.md, "Invoices (France)". Who may do what is
// decided in this file alone.
package invoicing

import (
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/auth"
)

// CanInvoice: ADMIN, COORDINATOR and ACCOUNTANT make, issue and credit
// invoices and record payments (DOMAIN.md, "Who uses it").
func CanInvoice(p *auth.Principal) bool {
	return p.Is(db.RoleAdmin, db.RoleCoordinator, db.RoleAccountant)
}

// CanReadInvoices: the staff read every invoice; a producer reads the
// issued invoices and credit notes of their own client.
func CanReadInvoices(p *auth.Principal) bool {
	return p.SeesWholeOrganisation() || (p.Is(db.RoleProducer) && p.OwnClient() != nil)
}

// CanReadSettings: the invoicing settings are the staff's.
func CanReadSettings(p *auth.Principal) bool { return p.SeesWholeOrganisation() }

// CanEditSettings: the admin and the accountant keep the legal and
// accounting details.
func CanEditSettings(p *auth.Principal) bool { return p.Is(db.RoleAdmin, db.RoleAccountant) }

// SeesDrafts: only the staff see a draft invoice or credit note.
func SeesDrafts(p *auth.Principal) bool { return p.SeesWholeOrganisation() }

// VisibleInvoices restricts a query on invoices (aliased "inv") to the
// caller's: their organisation; for a producer, their client's issued ones.
func VisibleInvoices(q *bun.SelectQuery, p *auth.Principal) *bun.SelectQuery {
	q = q.Where("inv.organisation_id = ?", p.OrganisationID)
	switch {
	case p.SeesWholeOrganisation():
		return q
	case p.Is(db.RoleProducer) && p.OwnClient() != nil:
		return q.Where("inv.client_id = ? AND inv.status <> ?", *p.OwnClient(), db.InvoiceDraft)
	default:
		return q.Where("false")
	}
}

// VisibleCreditNotes is VisibleInvoices for credit notes (aliased "cn").
func VisibleCreditNotes(q *bun.SelectQuery, p *auth.Principal) *bun.SelectQuery {
	q = q.Where("cn.organisation_id = ?", p.OrganisationID)
	switch {
	case p.SeesWholeOrganisation():
		return q
	case p.Is(db.RoleProducer) && p.OwnClient() != nil:
		return q.Where("cn.status <> ?", db.CreditNoteDraft).
			Where("EXISTS (SELECT 1 FROM invoices i WHERE i.id = cn.invoice_id AND i.client_id = ?)", *p.OwnClient())
	default:
		return q.Where("false")
	}
}

// Fields names the check behind each schema field that @hasRole guards.
var Fields = map[string]auth.Check{
	"Query.invoicingSettings":          CanReadSettings,
	"Mutation.updateInvoicingSettings": CanEditSettings,
	"Mutation.createInvoice":           CanInvoice,
	"Mutation.updateInvoice":           CanInvoice,
	"Mutation.discardInvoice":          CanInvoice,
	"Mutation.issueInvoice":            CanInvoice,
	"Mutation.createCreditNote":        CanInvoice,
	"Mutation.issueCreditNote":         CanInvoice,
	"Mutation.recordPayment":           CanInvoice,
}

// CanExportSalesJournal: the sales journal is the staff's (the accountant
// first); a producer, a technician or a rights holder never reads it.
func CanExportSalesJournal(p *auth.Principal) bool { return p.SeesWholeOrganisation() }
