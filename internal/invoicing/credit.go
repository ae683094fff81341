package invoicing

// Credit notes: the whole invoice or some of its lines (quantities may be
// lowered), never more than what is left uncredited; issued with their own
// gapless sequence (AV-2026-00003), referencing the invoice's number and
// date. An invoice wholly credited is CANCELLED.

import (
	"context"
	"fmt"
	"strings"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/auth"
	"github.com/postprod/postprod/internal/invoicing/facturx"
	"github.com/postprod/postprod/internal/kernel/apperr"
	"github.com/postprod/postprod/internal/kernel/dates"
	"github.com/postprod/postprod/internal/kernel/money"
	"github.com/postprod/postprod/internal/notifications"
	"github.com/postprod/postprod/internal/platform/numbering"
	"github.com/postprod/postprod/internal/platform/service"
	"github.com/postprod/postprod/internal/quotes"
)

// credited is, per invoice line, the quantity already on credit notes
// (drafts included: two drafts never credit the same quantity twice).
func credited(ctx context.Context, idb bun.IDB, invoiceID uuid.UUID) (map[uuid.UUID]money.Quantity, error) {
	var rows []struct {
		InvoiceLineID uuid.UUID
		Quantity      money.Quantity
	}
	err := idb.NewRaw(`SELECT l.invoice_line_id, sum(l.quantity_milli) AS quantity FROM invoice_lines l
		JOIN credit_notes cn ON cn.id = l.credit_note_id WHERE cn.invoice_id = ? AND l.invoice_line_id IS NOT NULL
		GROUP BY l.invoice_line_id`, invoiceID).Scan(ctx, &rows)
	out := make(map[uuid.UUID]money.Quantity, len(rows))
	for _, r := range rows {
		out[r.InvoiceLineID] = r.Quantity
	}
	return out, err
}

// creditLine is the credit of q of invoice line l: its price, VAT and
// exemption; an amount discount in proportion to the quantity.
func creditLine(l *db.InvoiceLine, q money.Quantity) *db.InvoiceLine {
	id := l.ID
	c := &db.InvoiceLine{OrganisationID: l.OrganisationID, OperationID: l.OperationID, QuoteLineID: l.QuoteLineID, InvoiceLineID: &id,
		Description: l.Description, Quantity: q, Unit: l.Unit, HoursPerDay: l.HoursPerDay, UnitPrice: l.UnitPrice, DiscountRate: l.DiscountRate,
		VatRate: l.VatRate, VatExemptionCode: l.VatExemptionCode, VatExemptionReason: l.VatExemptionReason}
	if l.DiscountAmount != nil {
		d := money.Cents(money.DivHalfUp(int64(*l.DiscountAmount)*int64(q), int64(l.Quantity)))
		c.DiscountAmount = &d
	}
	return c
}

// CreateCreditNote drafts a credit note of an issued invoice.
func (s *Service) CreateCreditNote(ctx context.Context, invoiceID uuid.UUID, in CreditNoteInput) (*db.CreditNote, error) {
	return service.Do(ctx, s.DB, CanInvoice, func(c *service.Call) (*db.CreditNote, error) {
		reason := strings.TrimSpace(in.Reason)
		if reason == "" || len(reason) > 1000 {
			return nil, apperr.Invalid("reason", "Indiquez le motif de l'avoir (1000 caractères au plus).", "Give the credit note's reason (at most 1000 characters).")
		}
		inv, err := invoice(c.Ctx, c.Tx, c.P, invoiceID, true)
		if err != nil {
			return nil, err
		}
		switch inv.Status {
		case db.InvoiceDraft:
			return nil, apperr.Invalid("invoiceId", "Un brouillon ne s'annule pas par un avoir : supprimez-le.", "A draft is not credited: discard it.")
		case db.InvoiceCancelled:
			return nil, apperr.New(apperr.Conflict, "invoiceId", "Cette facture est déjà entièrement annulée.", "This invoice is already wholly cancelled.")
		}
		lines, err := linesOf(c.Ctx, c.Tx, c.P.OrganisationID, Parent{InvoiceID: &inv.ID})
		if err != nil {
			return nil, err
		}
		done, err := credited(c.Ctx, c.Tx, inv.ID)
		if err != nil {
			return nil, err
		}
		var out []*db.InvoiceLine
		if in.Full {
			for _, l := range lines {
				if left := l.Quantity - done[l.ID]; left > 0 {
					out = append(out, creditLine(l, left))
				}
			}
			if len(out) == 0 {
				return nil, apperr.Invalid("full", "Tout a déjà été crédité.", "Everything was already credited.")
			}
		} else {
			if len(in.Lines) == 0 {
				return nil, apperr.Invalid("lines", "Choisissez les lignes à créditer.", "Choose the lines to credit.")
			}
			byID := make(map[uuid.UUID]*db.InvoiceLine, len(lines))
			for _, l := range lines {
				byID[l.ID] = l
			}
			for i, cl := range in.Lines {
				l := byID[cl.InvoiceLineID]
				if cl == nil || l == nil {
					return nil, apperr.Invalid(fmt.Sprintf("lines.%d.invoiceLineId", i), "Cette ligne n'est pas sur la facture.", "This line is not on the invoice.")
				}
				left := l.Quantity - done[l.ID]
				q := left
				if cl.Quantity != nil {
					q = *cl.Quantity
				}
				if q <= 0 || q > left {
					return nil, apperr.Invalid(fmt.Sprintf("lines.%d.quantity", i), fmt.Sprintf("Quantité à créditer entre 0 et %s.", left),
						fmt.Sprintf("Quantity to credit between 0 and %s.", left))
				}
				done[l.ID] += q
				out = append(out, creditLine(l, q))
			}
		}
		cn := &db.CreditNote{ID: uuid.New(), OrganisationID: c.P.OrganisationID, InvoiceID: inv.ID, Status: db.CreditNoteDraft, FullCredit: in.Full,
			Reason: reason, CreatedBy: c.P.ActorID()}
		if _, err := c.Tx.NewInsert().Model(cn).ExcludeColumn("document", "xml").Exec(c.Ctx); err != nil {
			return nil, err
		}
		t, err := writeLines(c.Ctx, c.Tx, Parent{CreditNoteID: &cn.ID}, out, 0)
		if err != nil {
			return nil, err
		}
		cn.TotalHT, cn.TotalVAT, cn.TotalTTC = t.HT, t.VAT, t.TTC
		return cn, emitCreditNote(c, inv, cn, EventCreditNoteCreated)
	})
}

// creditNote reads a credit note the caller may see (without documents).
func creditNote(ctx context.Context, idb bun.IDB, p *auth.Principal, id uuid.UUID, lock bool) (*db.CreditNote, error) {
	cn := new(db.CreditNote)
	q := VisibleCreditNotes(idb.NewSelect().Model(cn).ExcludeColumn("document", "xml"), p).Where("cn.id = ?", id)
	if lock {
		q = q.For("UPDATE")
	}
	return cn, apperr.Missing(q.Scan(ctx), "avoir")
}

// IssueCreditNote numbers and freezes a DRAFT credit note, makes its
// documents and moves its invoice's status.
func (s *Service) IssueCreditNote(ctx context.Context, id uuid.UUID) (*db.CreditNote, error) {
	return service.Do(ctx, s.DB, CanInvoice, func(c *service.Call) (*db.CreditNote, error) {
		cn, err := creditNote(c.Ctx, c.Tx, c.P, id, false)
		if err != nil {
			return nil, err
		}
		// The invoice first, then the credit note: the order payments and
		// other credit notes of the invoice lock in too.
		inv, err := invoice(c.Ctx, c.Tx, c.P, cn.InvoiceID, true)
		if err != nil {
			return nil, err
		}
		if cn, err = creditNote(c.Ctx, c.Tx, c.P, id, true); err != nil {
			return nil, err
		}
		if cn.Status != db.CreditNoteDraft {
			return nil, apperr.New(apperr.Conflict, "id", "Cet avoir est déjà émis.", "This credit note is already issued.")
		}
		lines, err := linesOf(c.Ctx, c.Tx, c.P.OrganisationID, Parent{CreditNoteID: &cn.ID})
		if err != nil {
			return nil, err
		}
		if err := checkLines(lines); err != nil {
			return nil, err
		}
		pt, err := partiesOf(c.Ctx, c.Tx, c.P.OrganisationID, inv.ClientID)
		if err != nil {
			return nil, err
		}
		t := Totals(lines)
		doc := facturx.Document{TypeCode: facturx.TypeCreditNote, ServiceFrom: inv.ServiceFrom, ServiceTo: inv.ServiceTo, Seller: pt.seller, Buyer: pt.buyer,
			PurchaseOrder: inv.PurchaseOrder, Preceding: []facturx.Reference{{Number: *Number(inv.Year, inv.Number), IssueDate: *inv.IssueDate}},
			Lines: docLines(lines), Totals: t, DuePayable: t.TTC, EarlyPayment: pt.settings.EarlyPaymentTerms, LatePenaltyRate: pt.settings.LatePenaltyRate,
			VatOnDebits: pt.settings.VatOnDebits, Reason: cn.Reason, Footer: pt.settings.Footer}
		if inv.ProductionID != nil {
			if err := c.Tx.NewSelect().Model((*db.Production)(nil)).Column("title").Where("id = ?", *inv.ProductionID).Scan(c.Ctx, &doc.Production); err != nil {
				return nil, err
			}
		}
		at := now()
		year := numbering.YearOf(at)
		n, err := numbering.Next(c.Ctx, c.Tx, c.P.OrganisationID, numbering.CreditNote, year)
		if err != nil {
			return nil, err
		}
		issue := dates.Of(at.In(dates.Paris))
		doc.Number, doc.IssueDate = numbering.Format(numbering.CreditNote, year, n), issue
		pdf, xml, hash, err := freeze(doc)
		if err != nil {
			return nil, err
		}
		if cn.Seller, err = snapshot(pt.seller); err != nil {
			return nil, err
		}
		if cn.Buyer, err = snapshot(pt.buyer); err != nil {
			return nil, err
		}
		cn.Status, cn.Year, cn.Number, cn.IssueDate = db.CreditNoteIssued, &year, &n, &issue
		cn.TotalHT, cn.TotalVAT, cn.TotalTTC = t.HT, t.VAT, t.TTC
		cn.Document, cn.XML, cn.DocumentSHA256, cn.IssuedAt, cn.IssuedBy = pdf, xml, &hash, &at, c.P.ActorID()
		if _, err := c.Tx.NewUpdate().Model(cn).Column("status", "year", "number", "issue_date", "total_ht_cents", "total_vat_cents", "total_ttc_cents",
			"seller", "buyer", "document", "xml", "document_sha256", "issued_at", "issued_by").Set("updated_at = now()").WherePK().Exec(c.Ctx); err != nil {
			return nil, Immutable(err)
		}
		cn.Document, cn.XML = nil, nil
		if err := s.settle(c, inv); err != nil {
			return nil, err
		}
		if err := s.notifyCredit(c, inv, cn, doc.Production); err != nil {
			return nil, err
		}
		return cn, emitCreditNote(c, inv, cn, EventCreditNoteIssued)
	})
}

func (s *Service) notifyCredit(c *service.Call, inv *db.Invoice, cn *db.CreditNote, production string) error {
	if s.Notify == nil {
		return nil
	}
	users, err := quotes.ProducerUsers(c.Ctx, c.Tx, inv.OrganisationID, inv.ClientID)
	if err != nil || len(users) == 0 {
		return err
	}
	params := map[string]string{notifications.ParamReference: *CreditNoteNumber(cn.Year, cn.Number), notifications.ParamAmount: cn.TotalTTC.String(),
		notifications.ParamProduction: production}
	return s.Notify.Notify(c.Ctx, c.Tx, notifications.Notice{OrganisationID: inv.OrganisationID, Kind: db.NotificationCreditNoteIssued, Users: users,
		ProductionID: inv.ProductionID, Link: CreditNoteLink(cn.ID), Params: params})
}
