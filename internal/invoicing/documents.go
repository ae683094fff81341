package invoicing

// The documents of an issued invoice or credit note, served as they were
// stored at issue: the Factur-X PDF/A-3 and its factur-x.xml. They are
// never rendered again: what the client received, what the platform
// received and what the routes serve are the same bytes.

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/google/uuid"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/auth"
	"github.com/postprod/postprod/internal/invoicing/facturx"
	"github.com/postprod/postprod/internal/kernel/apperr"
	"github.com/postprod/postprod/internal/kernel/dates"
)

// DocumentFormat is which of an issued document's two files is asked for.
type DocumentFormat int

const (
	FacturXPDF DocumentFormat = iota // the PDF/A-3 with factur-x.xml attached
	FacturXXML                       // the CII XML alone
)

// errDraftDocument answers a staff member asking for a draft's document.
// A draft has no number, no frozen parties and no Factur-X file: a PDF made
// now would be an invoice that does not exist (and whose XML a platform
// could take for one), so the route says why rather than inventing one.
// A producer never sees a draft: for them it is NOT_FOUND (policy).
func errDraftDocument(fr, en string) error {
	return apperr.New(apperr.Conflict, "id",
		"Ce document est un brouillon : "+fr+" n'existe qu'une fois émis.",
		"This document is a draft: the "+en+" exists only once issued.")
}

// InvoiceDocument is an issued invoice's stored PDF or XML. The staff read
// any of their organisation; a producer their client's issued ones; the
// technicians and rights holders none (FORBIDDEN); another organisation's
// id is NOT_FOUND.
func (s *Service) InvoiceDocument(ctx context.Context, id uuid.UUID, format DocumentFormat) ([]byte, error) {
	p, err := auth.Authorize(ctx, CanReadInvoices)
	if err != nil {
		return nil, err
	}
	inv := new(db.Invoice)
	q := s.DB.NewSelect().Model(inv).Column("id", "status").Where("inv.id = ?", id)
	q = q.ColumnExpr(map[DocumentFormat]string{FacturXPDF: "inv.document", FacturXXML: "inv.xml"}[format])
	if err := VisibleInvoices(q, p).Scan(ctx); err != nil {
		return nil, apperr.Missing(err, "facture")
	}
	if inv.Status == db.InvoiceDraft {
		return nil, errDraftDocument("la facture", "invoice")
	}
	return stored(inv.Document, inv.XML, format, "invoice")
}

// CreditNoteDocument is InvoiceDocument for a credit note.
func (s *Service) CreditNoteDocument(ctx context.Context, id uuid.UUID, format DocumentFormat) ([]byte, error) {
	p, err := auth.Authorize(ctx, CanReadInvoices)
	if err != nil {
		return nil, err
	}
	cn := new(db.CreditNote)
	q := s.DB.NewSelect().Model(cn).Column("id", "status").Where("cn.id = ?", id)
	q = q.ColumnExpr(map[DocumentFormat]string{FacturXPDF: "cn.document", FacturXXML: "cn.xml"}[format])
	if err := VisibleCreditNotes(q, p).Scan(ctx); err != nil {
		return nil, apperr.Missing(err, "avoir")
	}
	if cn.Status == db.CreditNoteDraft {
		return nil, errDraftDocument("l'avoir", "credit note")
	}
	return stored(cn.Document, cn.XML, format, "credit note")
}

// stored picks the file asked for. An issued row always has both (a CHECK
// constraint), so a missing one is a fault, not the caller's.
func stored(pdf, xml []byte, format DocumentFormat, what string) ([]byte, error) {
	body := pdf
	if format == FacturXXML {
		body = xml
	}
	if len(body) == 0 {
		return nil, fmt.Errorf("the issued %s has no stored document", what)
	}
	return body, nil
}

// ReminderPDF is the reminder letter of an overdue invoice (issued or
// partly paid, its due date past in Paris), made at request time with the
// balance and the late penalties of the day. Same readers as the invoice.
//
// TODO(issue 15): render it with the Factur-X package's reminder letter
// once wt-facturx has it; until then every reminder is NOT_FOUND.
func (s *Service) ReminderPDF(ctx context.Context, id uuid.UUID) ([]byte, error) {
	p, err := auth.Authorize(ctx, CanReadInvoices)
	if err != nil {
		return nil, err
	}
	inv := new(db.Invoice)
	q := s.DB.NewSelect().Model(inv).ExcludeColumn("document", "xml").Where("inv.id = ?", id)
	if err := VisibleInvoices(q, p).Scan(ctx); err != nil {
		return nil, apperr.Missing(err, "facture")
	}
	today := dates.Today()
	if !remindable(inv.Status, inv.DueDate, today) {
		return nil, apperr.New(apperr.Conflict, "id", "Cette facture n'est pas en retard de paiement : pas de lettre de relance.",
			"This invoice is not overdue: there is no reminder letter.")
	}
	return s.reminder(ctx, inv, today)
}

// reminder sets the letter of an overdue invoice from what was issued (the
// parties as frozen at issue) and what moved since (payments, credit notes).
func (s *Service) reminder(ctx context.Context, inv *db.Invoice, today dates.Date) ([]byte, error) {
	figs, err := figuresOf(ctx, s.DB, []uuid.UUID{inv.ID})
	if err != nil {
		return nil, err
	}
	f := figs[inv.ID]
	if f == nil {
		f = &Figures{InvoiceID: inv.ID}
	}
	st, err := LoadSettings(ctx, s.DB, inv.OrganisationID)
	if err != nil {
		return nil, err
	}
	var r facturx.Reminder
	if err := json.Unmarshal(inv.Seller, &r.Seller); err != nil {
		return nil, err
	}
	if err := json.Unmarshal(inv.Buyer, &r.Buyer); err != nil {
		return nil, err
	}
	client := new(db.Client)
	if err := s.DB.NewSelect().Model(client).Where("id = ?", inv.ClientID).Scan(ctx); err != nil {
		return nil, err
	}
	if inv.ProductionID != nil {
		if err := s.DB.NewSelect().Table("productions").Column("title").Where("id = ?", *inv.ProductionID).Scan(ctx, &r.Production); err != nil {
			return nil, err
		}
	}
	r.Date, r.DueDate = today, *inv.DueDate
	r.Invoice = facturx.Reference{Number: *Number(inv.Year, inv.Number), IssueDate: *inv.IssueDate}
	r.Amount, r.Paid, r.Credited = inv.Due, f.Paid, f.Credited
	r.Balance = f.Balance(inv)
	r.DaysLate = DaysLate(*inv.DueDate, today)
	r.LatePenaltyRate = st.LatePenaltyRate
	r.Penalty = LatePenalties(r.Balance, st.LatePenaltyRate, r.DaysLate)
	if IsBusiness(client) {
		r.Indemnity = st.RecoveryIndemnity
	}
	r.Footer = st.Footer
	return facturx.ReminderPDF(r)
}

// remindable reports an invoice still owed (issued or partly paid) whose due
// date is before today: penalties run from the day after the due date.
func remindable(status db.InvoiceStatus, due *dates.Date, today dates.Date) bool {
	owed := status == db.InvoiceIssued || status == db.InvoicePartiallyPaid
	return owed && due != nil && due.Before(today)
}
