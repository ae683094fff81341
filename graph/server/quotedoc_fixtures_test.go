package server_test

// Quotes and amendments written straight into the database as the quotes
// service leaves them (numbered, totals and nets stored, the PDF rendered by
// quotedoc and frozen with its SHA-256), so the document routes are tested
// apart from the mutations.

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/kernel/dates"
	"github.com/postprod/postprod/internal/kernel/pricing"
	"github.com/postprod/postprod/internal/platform/numbering"
	"github.com/postprod/postprod/internal/quotes"
	"github.com/postprod/postprod/internal/quotes/quotedoc"
)

// storedQuote is a version (or an amendment) as written.
type storedQuote struct {
	ID, QuoteID string
	Lines       []db.QuoteLine
	Totals      pricing.Totals
	Document    []byte
	SHA256      string
}

// priced fills each line's net and returns the totals.
func priced(lines []db.QuoteLine) pricing.Totals {
	ps := make([]pricing.Line, len(lines))
	for i := range lines {
		l := &lines[i]
		ps[i] = pricing.Line{Quantity: l.Quantity, UnitPrice: l.UnitPrice, DiscountPercent: l.DiscountRate, DiscountAmount: l.DiscountAmount, VatRate: l.VatRate}
		l.Net = ps[i].Net()
		l.Position = i
	}
	return pricing.Sum(ps)
}

// quoteVersion writes version 1 of a new quote of a production with these
// lines, in status: DRAFT as is; SENT numbered, dated and frozen; ACCEPTED
// sent then accepted by the org's producer.
func (o *org) quoteVersion(productionID string, status db.QuoteStatus, lines []db.QuoteLine) storedQuote {
	o.e.t.Helper()
	ctx := context.Background()
	var out storedQuote
	err := db.InTx(ctx, o.e.DB, func(tx bun.Tx) error {
		orgID, prodID := uuid.MustParse(o.ID), uuid.MustParse(productionID)
		var prod db.Production
		if err := tx.NewSelect().Model(&prod).Column("client_id").Where("id = ?", prodID).Scan(ctx); err != nil {
			return err
		}
		q := &db.Quote{OrganisationID: orgID, ProductionID: prodID}
		if _, err := tx.NewInsert().Model(q).Returning("id").Exec(ctx); err != nil {
			return err
		}
		t := priced(lines)
		rt, eps := 52, 6
		v := &db.QuoteVersion{OrganisationID: orgID, QuoteID: q.ID, ProductionID: prodID, ClientID: prod.ClientID, Version: 1,
			Status: db.QuoteDraft, Title: "Post-production image et son", ValidUntil: dates.Today().AddDays(30),
			PurchaseOrder: "BC-2026-118", SpecRuntimeMinutes: &rt, SpecEpisodes: &eps, SpecDeliverables: "PAD HD 1080i25, stéréo et 5.1, M&E",
			Deposit: 3000, PaymentDays: 45, PaymentEndOfMonth: true, Overtime: 2500, Night: 5000, Weekend: 10000,
			Notes: "Les rushes sont livrés sur disque par la production.", TotalHT: t.HT, TotalVAT: t.VAT, TotalTTC: t.TTC}
		if _, err := tx.NewInsert().Model(v).Returning("id").Exec(ctx); err != nil {
			return err
		}
		for i := range lines {
			lines[i].OrganisationID, lines[i].VersionID = orgID, &v.ID
		}
		if len(lines) > 0 {
			if _, err := tx.NewInsert().Model(&lines).Exec(ctx); err != nil {
				return err
			}
		}
		out = storedQuote{ID: v.ID.String(), QuoteID: q.ID.String(), Lines: lines, Totals: t}
		if status == db.QuoteDraft {
			return nil
		}
		year := numbering.YearOf(time.Now())
		n, err := numbering.Next(ctx, tx, orgID, numbering.Quote, year)
		if err != nil {
			return err
		}
		q.Year, q.Number = &year, &n
		if _, err := tx.NewUpdate().Model(q).Column("year", "number").WherePK().Exec(ctx); err != nil {
			return err
		}
		doc, err := (&quotes.Service{DB: o.e.DB}).Document(ctx, tx, v.ID)
		if err != nil {
			return err
		}
		pdf, err := quotedoc.Render(doc)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(pdf)
		hash := hex.EncodeToString(sum[:])
		now, today := time.Now(), dates.Today()
		v.Status, v.IssueDate, v.SentAt, v.Document, v.DocumentSHA256 = db.QuoteSent, &today, &now, pdf, &hash
		if _, err := tx.NewUpdate().Model(v).Column("status", "issue_date", "sent_at", "document", "document_sha256").WherePK().Exec(ctx); err != nil {
			return err
		}
		out.Document, out.SHA256 = pdf, hash
		if status == db.QuoteAccepted {
			producer := uuid.MustParse(o.member(db.RoleProducer).UserID)
			name, mention := o.member(db.RoleProducer).Name, "Bon pour accord"
			v.Status = db.QuoteAccepted
			v.AcceptanceRecord = db.AcceptanceRecord{AcceptedAt: &now, AcceptedBy: &producer, AcceptedName: &name, AcceptedMention: &mention, AcceptedSHA256: &hash}
			_, err = tx.NewUpdate().Model(v).Column("status", "accepted_at", "accepted_by", "accepted_name", "accepted_mention", "accepted_sha256").WherePK().Exec(ctx)
		}
		return err
	})
	if err != nil {
		o.e.t.Fatal(err)
	}
	return out
}

// amendment writes amendment 1 to an accepted version, DRAFT or SENT.
func (o *org) amendment(accepted storedQuote, productionID string, status db.QuoteStatus, lines []db.QuoteLine) storedQuote {
	o.e.t.Helper()
	ctx := context.Background()
	var out storedQuote
	err := db.InTx(ctx, o.e.DB, func(tx bun.Tx) error {
		orgID := uuid.MustParse(o.ID)
		var v db.QuoteVersion
		if err := tx.NewSelect().Model(&v).ExcludeColumn("document").Where("qv.id = ?", accepted.ID).Scan(ctx); err != nil {
			return err
		}
		t := priced(lines)
		am := &db.Amendment{OrganisationID: orgID, QuoteID: v.QuoteID, QuoteVersionID: v.ID, ProductionID: v.ProductionID, ClientID: v.ClientID,
			Status: db.QuoteDraft, Title: "Dépassement montage", ValidUntil: dates.Today().AddDays(15), TotalHT: t.HT, TotalVAT: t.VAT, TotalTTC: t.TTC}
		if _, err := tx.NewInsert().Model(am).Returning("id").Exec(ctx); err != nil {
			return err
		}
		for i := range lines {
			lines[i].OrganisationID, lines[i].AmendmentID = orgID, &am.ID
		}
		if _, err := tx.NewInsert().Model(&lines).Exec(ctx); err != nil {
			return err
		}
		out = storedQuote{ID: am.ID.String(), QuoteID: v.QuoteID.String(), Lines: lines, Totals: t}
		if status == db.QuoteDraft {
			return nil
		}
		one := 1
		am.Number = &one
		if _, err := tx.NewUpdate().Model(am).Column("number").WherePK().Exec(ctx); err != nil {
			return err
		}
		doc, err := (&quotes.Service{DB: o.e.DB}).AmendmentDocument(ctx, tx, am.ID)
		if err != nil {
			return err
		}
		pdf, err := quotedoc.Render(doc)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(pdf)
		hash := hex.EncodeToString(sum[:])
		now, today := time.Now(), dates.Today()
		am.Status, am.IssueDate, am.SentAt, am.Document, am.DocumentSHA256 = db.QuoteSent, &today, &now, pdf, &hash
		_, err = tx.NewUpdate().Model(am).Column("status", "issue_date", "sent_at", "document", "document_sha256").WherePK().Exec(ctx)
		out.Document, out.SHA256 = pdf, hash
		return err
	})
	if err != nil {
		o.e.t.Fatal(err)
	}
	return out
}
