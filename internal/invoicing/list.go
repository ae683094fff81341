package invoicing

// Reads: one invoice or credit note, and the lists (newest first, read by
// key): a producer sees their client's issued ones only.

import (
	"context"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/auth"
	"github.com/postprod/postprod/internal/kernel/apperr"
	"github.com/postprod/postprod/internal/kernel/dates"
	"github.com/postprod/postprod/internal/kernel/page"
)

// Get is an invoice the caller may see; any other id is NOT_FOUND.
func (s *Service) Get(ctx context.Context, id uuid.UUID) (*db.Invoice, error) {
	p, err := auth.Require(ctx)
	if err != nil {
		return nil, err
	}
	return invoice(ctx, s.DB, p, id, false)
}

// CreditNote is a credit note the caller may see; any other id is NOT_FOUND.
func (s *Service) CreditNote(ctx context.Context, id uuid.UUID) (*db.CreditNote, error) {
	p, err := auth.Require(ctx)
	if err != nil {
		return nil, err
	}
	return creditNote(ctx, s.DB, p, id, false)
}

// invoiceOrder: newest first (index invoices_list).
var invoiceOrder = page.Order[*db.Invoice]{Name: "invoices", Terms: []page.Term[*db.Invoice]{
	page.By("inv.created_at", page.Timestamp, func(i *db.Invoice) any { return i.CreatedAt }).Descending(),
	page.By("inv.id", page.UUID, func(i *db.Invoice) any { return i.ID }).Descending(),
}}

var creditNoteOrder = page.Order[*db.CreditNote]{Name: "credit_notes", Terms: []page.Term[*db.CreditNote]{
	page.By("cn.created_at", page.Timestamp, func(c *db.CreditNote) any { return c.CreatedAt }).Descending(),
	page.By("cn.id", page.UUID, func(c *db.CreditNote) any { return c.ID }).Descending(),
}}

// List is one page of the invoices the caller may see, filtered.
// Technicians and holders get an empty list.
func (s *Service) List(ctx context.Context, f Filter, a page.Args) ([]*db.Invoice, page.Info, error) {
	p, err := auth.Require(ctx)
	if err != nil {
		return nil, page.Info{}, err
	}
	q := VisibleInvoices(s.DB.NewSelect().Model((*db.Invoice)(nil)).ExcludeColumn("document", "xml"), p)
	if f.ClientID != nil {
		q = q.Where("inv.client_id = ?", *f.ClientID)
	}
	if f.ProductionID != nil {
		q = q.Where("inv.production_id = ?", *f.ProductionID)
	}
	if f.Kind != nil {
		q = q.Where("inv.kind = ?", *f.Kind)
	}
	if f.Status != nil {
		q = q.Where("inv.status = ?", *f.Status)
	}
	if f.From != nil && f.To != nil && f.To.Before(*f.From) {
		return nil, page.Info{}, apperr.Invalid("filter.to", "La fin de la période précède son début.", "The period ends before it starts.")
	}
	if f.From != nil {
		q = q.Where("inv.issue_date >= ?", *f.From)
	}
	if f.To != nil {
		q = q.Where("inv.issue_date <= ?", *f.To)
	}
	if f.Overdue != nil {
		// Issued, something left to pay, past due: the balance in SQL is
		// the one Figures.Balance computes.
		cond := `inv.status IN (?) AND inv.due_date < ? AND inv.due_cents
			- coalesce((SELECT sum(pay.amount_cents) FROM payments pay WHERE pay.invoice_id = inv.id), 0)
			- coalesce((SELECT sum(c.total_ttc_cents) FROM credit_notes c WHERE c.invoice_id = inv.id AND c.status = ?), 0) > 0`
		args := []any{bun.In([]db.InvoiceStatus{db.InvoiceIssued, db.InvoicePartiallyPaid}), dates.Today(), db.CreditNoteIssued}
		if *f.Overdue {
			q = q.Where(cond, args...)
		} else {
			q = q.Where("NOT ("+cond+")", args...)
		}
	}
	return page.Keyset(ctx, q, a, invoiceOrder)
}

// OfProduction is List for one production.
func (s *Service) OfProduction(ctx context.Context, productionID uuid.UUID, a page.Args) ([]*db.Invoice, page.Info, error) {
	return s.List(ctx, Filter{ProductionID: &productionID}, a)
}

// CreditNotes is one page of the credit notes the caller may see, of one
// invoice or all.
func (s *Service) CreditNotes(ctx context.Context, invoiceID *uuid.UUID, a page.Args) ([]*db.CreditNote, page.Info, error) {
	p, err := auth.Require(ctx)
	if err != nil {
		return nil, page.Info{}, err
	}
	q := VisibleCreditNotes(s.DB.NewSelect().Model((*db.CreditNote)(nil)).ExcludeColumn("document", "xml"), p)
	if invoiceID != nil {
		q = q.Where("cn.invoice_id = ?", *invoiceID)
	}
	return page.Keyset(ctx, q, a, creditNoteOrder)
}
