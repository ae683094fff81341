package invoicing

// What is left to pay: per invoice (amountDue − payments − issued credit
// notes) and per client; the status follows.

import (
	"context"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/auth"
	"github.com/postprod/postprod/internal/kernel/dates"
	"github.com/postprod/postprod/internal/kernel/money"
	"github.com/postprod/postprod/internal/kernel/page"
	"github.com/postprod/postprod/internal/platform/service"
)

// Figures are what moved an invoice after its issue.
type Figures struct {
	InvoiceID uuid.UUID
	Paid      money.Cents // payments
	Credited  money.Cents // issued credit notes, TTC
}

// Balance is what is left to pay of inv (nothing for a draft).
func (f *Figures) Balance(inv *db.Invoice) money.Cents {
	if inv.Status == db.InvoiceDraft {
		return 0
	}
	if f == nil {
		return inv.Due
	}
	return inv.Due - f.Paid - f.Credited
}

// StatusFor is the status of an issued invoice with these figures:
// CANCELLED once credit notes cover its TTC, PAID once nothing is left,
// PARTIALLY_PAID after a payment.
func StatusFor(inv *db.Invoice, f *Figures) db.InvoiceStatus {
	if inv.Status == db.InvoiceDraft {
		return db.InvoiceDraft
	}
	if f == nil {
		f = &Figures{}
	}
	switch {
	case f.Credited > 0 && f.Credited >= inv.TotalTTC:
		return db.InvoiceCancelled
	case f.Balance(inv) <= 0:
		return db.InvoicePaid
	case f.Paid > 0:
		return db.InvoicePartiallyPaid
	}
	return db.InvoiceIssued
}

// figuresOf reads the figures of invoices, in one statement.
func figuresOf(ctx context.Context, idb bun.IDB, ids []uuid.UUID) (map[uuid.UUID]*Figures, error) {
	out := make(map[uuid.UUID]*Figures, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	var rows []*Figures
	err := idb.NewRaw(`SELECT i.id AS invoice_id,
			coalesce((SELECT sum(p.amount_cents) FROM payments p WHERE p.invoice_id = i.id), 0) AS paid,
			coalesce((SELECT sum(cn.total_ttc_cents) FROM credit_notes cn WHERE cn.invoice_id = i.id AND cn.status = ?), 0) AS credited
		FROM invoices i WHERE i.id IN (?)`, db.CreditNoteIssued, bun.In(ids)).Scan(ctx, &rows)
	for _, r := range rows {
		out[r.InvoiceID] = r
	}
	return out, err
}

// FiguresByInvoice is the loaders' batch of figures (the invoices were
// authorised by their service).
func FiguresByInvoice(idb bun.IDB) db.Batch[*Figures] {
	return func(ctx context.Context, ids []uuid.UUID) ([]*Figures, error) {
		m, err := figuresOf(ctx, idb, ids)
		out := make([]*Figures, 0, len(m))
		for _, f := range m {
			out = append(out, f)
		}
		return out, err
	}
}

// settle moves an issued invoice's status to what its figures say (the
// invoice is locked by c); PAID is announced.
func (s *Service) settle(c *service.Call, inv *db.Invoice) error {
	f, err := figuresOf(c.Ctx, c.Tx, []uuid.UUID{inv.ID})
	if err != nil {
		return err
	}
	st := StatusFor(inv, f[inv.ID])
	if st == inv.Status {
		return nil
	}
	inv.Status = st
	if _, err := c.Tx.NewUpdate().Model(inv).Column("status").Set("updated_at = now()").WherePK().Exec(c.Ctx); err != nil {
		return Immutable(err)
	}
	kind := EventUpdated
	if st == db.InvoicePaid {
		kind = EventPaid
	}
	return emit(c, inv, kind)
}

// ClientBalance is what one client owes across its issued invoices.
type ClientBalance struct {
	bun.BaseModel `bun:"table:client_balances,alias:cb"`
	ClientID      uuid.UUID
	Name          string
	Invoiced      money.Cents // amounts due of the issued invoices
	Credited      money.Cents // issued credit notes TTC
	Paid          money.Cents
	Overdue       money.Cents // the balances past their due date
}

// Balance is invoiced − credited − paid.
func (b *ClientBalance) Balance() money.Cents { return b.Invoiced - b.Credited - b.Paid }

var balanceOrder = page.Order[*ClientBalance]{Name: "client_balances", Terms: []page.Term[*ClientBalance]{
	{Col: "cb.name", Key: "lower(%s)", Cast: page.Text, Value: func(b *ClientBalance) any { return b.Name }},
	page.By("cb.client_id", page.UUID, func(b *ClientBalance) any { return b.ClientID }),
}}

// ClientBalances lists what each client owes (a producer: their own
// client), by name; clients without an issued invoice are left out.
func (s *Service) ClientBalances(ctx context.Context, a page.Args) ([]*ClientBalance, page.Info, error) {
	p, err := auth.Require(ctx)
	if err != nil {
		return nil, page.Info{}, err
	}
	inv := VisibleInvoices(s.DB.NewSelect().TableExpr("invoices AS inv"), p).
		ColumnExpr("inv.client_id, inv.due_cents, inv.due_date, inv.status").
		ColumnExpr("coalesce((SELECT sum(pay.amount_cents) FROM payments pay WHERE pay.invoice_id = inv.id), 0) AS paid").
		ColumnExpr("coalesce((SELECT sum(cn.total_ttc_cents) FROM credit_notes cn WHERE cn.invoice_id = inv.id AND cn.status = ?), 0) AS credited", db.CreditNoteIssued).
		Where("inv.status <> ?", db.InvoiceDraft)
	if !CanReadInvoices(p) {
		inv = inv.Where("false")
	}
	sums := s.DB.NewSelect().TableExpr("(?) AS f", inv).Join("JOIN clients AS c ON c.id = f.client_id").
		ColumnExpr("f.client_id, c.name, sum(f.due_cents) AS invoiced, sum(f.credited) AS credited, sum(f.paid) AS paid").
		ColumnExpr("coalesce(sum(f.due_cents - f.paid - f.credited) FILTER (WHERE f.status IN (?) AND f.due_date < ?), 0) AS overdue",
			bun.In([]db.InvoiceStatus{db.InvoiceIssued, db.InvoicePartiallyPaid}), dates.Today()).
		GroupExpr("f.client_id, c.name")
	q := s.DB.NewSelect().ModelTableExpr("(?) AS cb", sums)
	return page.Keyset(ctx, q, a, balanceOrder)
}
