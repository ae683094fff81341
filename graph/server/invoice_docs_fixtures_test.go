package server_test

// Invoices and credit notes written straight into the database as the
// issuing service leaves them (numbered, dated, totals stored, the parties
// frozen, the documents stored with their SHA-256), so that the document
// routes and the sales journal are tested apart from the mutations. The
// documents are small fixed bytes: the routes must serve them as stored.
// A row is inserted as a draft with its lines, then issued by one UPDATE,
// as the immutability triggers allow.

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/kernel/dates"
	"github.com/postprod/postprod/internal/kernel/money"
	"github.com/postprod/postprod/internal/kernel/pricing"
)

// billed is a line of a seeded invoice: its net at a rate.
type billed struct {
	rate money.Rate
	net  money.Cents
}

// storedInvoice is an invoice or a credit note as seeded.
type storedInvoice struct {
	ID       string
	PDF, XML []byte
	SHA256   string
	Totals   pricing.Totals
}

// invoiceSpec says what to seed; a zero Number leaves a draft.
type invoiceSpec struct {
	clientID string
	kind     db.InvoiceKind
	issued   dates.Date
	due      dates.Date
	year     int
	number   int64
	lines    []billed
}

func (o *org) invoice(s invoiceSpec) storedInvoice {
	o.e.t.Helper()
	ctx := context.Background()
	out := storedInvoice{Totals: billedTotals(s.lines)}
	err := db.InTx(ctx, o.e.DB, func(tx bun.Tx) error {
		inv := &db.Invoice{OrganisationID: uuid.MustParse(o.ID), Kind: s.kind, Status: db.InvoiceDraft, ClientID: uuid.MustParse(s.clientID),
			TotalHT: out.Totals.HT, TotalVAT: out.Totals.VAT, TotalTTC: out.Totals.TTC, Due: out.Totals.TTC}
		if s.kind == db.InvoiceDeposit || s.kind == db.InvoiceFinal {
			qv, err := o.anyQuoteVersion(ctx, tx)
			if err != nil {
				return err
			}
			inv.QuoteVersionID = &qv
		}
		if s.kind == db.InvoiceDeposit {
			r := money.Rate(3000)
			inv.Deposit = &r
		}
		if _, err := tx.NewInsert().Model(inv).Returning("id").Exec(ctx); err != nil {
			return err
		}
		out.ID = inv.ID.String()
		if err := insertBilled(ctx, tx, inv.OrganisationID, &inv.ID, nil, s.lines); err != nil {
			return err
		}
		if s.number == 0 {
			return nil
		}
		out.PDF, out.XML, out.SHA256 = fakeDocuments("F", s.year, s.number)
		_, err := tx.NewUpdate().Model((*db.Invoice)(nil)).Where("id = ?", inv.ID).
			Set("status = ?, year = ?, number = ?, issue_date = ?, due_date = ?", db.InvoiceIssued, s.year, s.number, s.issued, s.due).
			Set(`seller = '{"name":"Vendeur"}', buyer = '{"name":"Acheteur"}', issued_at = now()`).
			Set("document = ?, xml = ?, document_sha256 = ?", out.PDF, out.XML, out.SHA256).
			Exec(ctx)
		return err
	})
	if err != nil {
		o.e.t.Fatal(err)
	}
	return out
}

// creditNote seeds a credit note of an invoice; a zero number leaves a draft.
func (o *org) creditNote(invoiceID string, issued dates.Date, year int, number int64, lines ...billed) storedInvoice {
	o.e.t.Helper()
	ctx := context.Background()
	out := storedInvoice{Totals: billedTotals(lines)}
	err := db.InTx(ctx, o.e.DB, func(tx bun.Tx) error {
		cn := &db.CreditNote{OrganisationID: uuid.MustParse(o.ID), InvoiceID: uuid.MustParse(invoiceID), Status: db.CreditNoteDraft,
			Reason: "Remise commerciale", TotalHT: out.Totals.HT, TotalVAT: out.Totals.VAT, TotalTTC: out.Totals.TTC}
		if _, err := tx.NewInsert().Model(cn).Returning("id").Exec(ctx); err != nil {
			return err
		}
		out.ID = cn.ID.String()
		if err := insertBilled(ctx, tx, cn.OrganisationID, nil, &cn.ID, lines); err != nil {
			return err
		}
		if number == 0 {
			return nil
		}
		out.PDF, out.XML, out.SHA256 = fakeDocuments("AV", year, number)
		_, err := tx.NewUpdate().Model((*db.CreditNote)(nil)).Where("id = ?", cn.ID).
			Set("status = ?, year = ?, number = ?, issue_date = ?", db.CreditNoteIssued, year, number, issued).
			Set(`seller = '{"name":"Vendeur"}', buyer = '{"name":"Acheteur"}', issued_at = now()`).
			Set("document = ?, xml = ?, document_sha256 = ?", out.PDF, out.XML, out.SHA256).
			Exec(ctx)
		return err
	})
	if err != nil {
		o.e.t.Fatal(err)
	}
	return out
}

// deduct records that a final invoice deducts a deposit (TTC).
func (o *org) deduct(finalID, depositID string, amount money.Cents) {
	o.e.t.Helper()
	d := &db.InvoiceDeduction{InvoiceID: uuid.MustParse(finalID), DepositInvoiceID: uuid.MustParse(depositID), Amount: amount}
	if _, err := o.e.DB.NewInsert().Model(d).Exec(context.Background()); err != nil {
		o.e.t.Fatal(err)
	}
}

// anyQuoteVersion is one of the organisation's quote versions (the test
// writes one first), for the deposit and final invoices that must name one.
func (o *org) anyQuoteVersion(ctx context.Context, tx bun.Tx) (uuid.UUID, error) {
	var id uuid.UUID
	err := tx.NewSelect().Table("quote_versions").Column("id").Where("organisation_id = ?", o.ID).Limit(1).Scan(ctx, &id)
	return id, err
}

func insertBilled(ctx context.Context, tx bun.Tx, orgID uuid.UUID, invoiceID, creditNoteID *uuid.UUID, lines []billed) error {
	rows := make([]db.InvoiceLine, len(lines))
	for i, l := range lines {
		rows[i] = db.InvoiceLine{OrganisationID: orgID, InvoiceID: invoiceID, CreditNoteID: creditNoteID, Position: i,
			Description: fmt.Sprintf("Ligne %d", i+1), Quantity: 1000, Unit: db.QuoteUnitFlat, HoursPerDay: 8, UnitPrice: l.net, VatRate: l.rate, Net: l.net}
		if l.rate == 0 {
			code, reason := "VATEX-EU-G", "Exonération de TVA, article 262 I du CGI (exportation)"
			rows[i].VatExemptionCode, rows[i].VatExemptionReason = &code, &reason
		}
	}
	if len(rows) == 0 {
		return nil
	}
	_, err := tx.NewInsert().Model(&rows).Exec(ctx)
	return err
}

func billedTotals(lines []billed) pricing.Totals {
	ps := make([]pricing.Line, len(lines))
	for i, l := range lines {
		ps[i] = pricing.Line{Quantity: 1000, UnitPrice: l.net, VatRate: l.rate}
	}
	return pricing.Sum(ps)
}

// fakeDocuments are small fixed bytes standing for the Factur-X files.
func fakeDocuments(prefix string, year int, number int64) (pdf, xml []byte, sha string) {
	pdf = fmt.Appendf(nil, "%%PDF-1.7\n%% %s-%d-%05d \x00\xff binary\n%%%%EOF\n", prefix, year, number)
	xml = fmt.Appendf(nil, `<?xml version="1.0" encoding="UTF-8"?><rsm:CrossIndustryInvoice><ID>%s-%d-%05d</ID></rsm:CrossIndustryInvoice>`, prefix, year, number)
	sum := sha256.Sum256(pdf)
	return pdf, xml, hex.EncodeToString(sum[:])
}
