package invoicing

// Lines of an invoice or a credit note: checked as typed, priced by the
// pricing kernel (the one way), written whole with the parent's totals.

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/kernel/apperr"
	"github.com/postprod/postprod/internal/kernel/money"
	"github.com/postprod/postprod/internal/kernel/pricing"
	"github.com/postprod/postprod/internal/kernel/validate"
	"github.com/postprod/postprod/internal/quotes"
)

// MaxLines bounds an invoice.
const MaxLines = quotes.MaxLines

// PricingLine is what the pricing kernel needs of a stored line.
func PricingLine(l *db.InvoiceLine) pricing.Line {
	return pricing.Line{Quantity: l.Quantity, UnitPrice: l.UnitPrice, DiscountPercent: l.DiscountRate,
		DiscountAmount: l.DiscountAmount, VatRate: l.VatRate}
}

// Totals are the totals of lines (pricing.Sum: VAT per rate on the sum of
// the nets, half-up).
func Totals(lines []*db.InvoiceLine) pricing.Totals {
	pl := make([]pricing.Line, len(lines))
	for i, l := range lines {
		pl[i] = PricingLine(l)
	}
	return pricing.Sum(pl)
}

func lineErr(i int, field, fr, en string) error {
	return apperr.Invalid(fmt.Sprintf("lines.%d.%s", i, field), fr, en)
}

// buildLines checks typed lines and returns them priced, in input order,
// without a parent. A 0 % line may lack its exemption reason in a draft:
// issuing refuses it (checkIssuable).
func buildLines(ctx context.Context, idb bun.IDB, org uuid.UUID, in []*LineInput) ([]*db.InvoiceLine, error) {
	if len(in) > MaxLines {
		return nil, apperr.Invalid("lines", fmt.Sprintf("%d lignes au plus.", MaxLines), fmt.Sprintf("At most %d lines.", MaxLines))
	}
	out := make([]*db.InvoiceLine, 0, len(in))
	var ops []uuid.UUID
	for i, li := range in {
		if li == nil {
			return nil, lineErr(i, "description", "Ligne vide.", "Empty line.")
		}
		l, err := buildLine(i, org, li)
		if err != nil {
			return nil, err
		}
		if l.OperationID != nil {
			ops = append(ops, *l.OperationID)
		}
		out = append(out, l)
	}
	if len(ops) > 0 {
		var known []uuid.UUID
		if err := idb.NewSelect().Model((*db.Operation)(nil)).Column("id").
			Where("id IN (?) AND (organisation_id IS NULL OR organisation_id = ?)", bun.In(ops), org).Scan(ctx, &known); err != nil {
			return nil, err
		}
		for i, l := range out {
			if l.OperationID != nil && !slices.Contains(known, *l.OperationID) {
				return nil, lineErr(i, "operationId", "Opération inconnue du catalogue.", "Operation not in the catalogue.")
			}
		}
	}
	return out, nil
}

func buildLine(i int, org uuid.UUID, li *LineInput) (*db.InvoiceLine, error) {
	desc, err := validate.Required(fmt.Sprintf("lines.%d.description", i), li.Description, 1000)
	if err != nil {
		return nil, err
	}
	if !li.Unit.Valid() {
		return nil, lineErr(i, "unit", "Unité inconnue.", "Unknown unit.")
	}
	if li.Quantity <= 0 {
		return nil, lineErr(i, "quantity", "La quantité doit être supérieure à zéro.", "The quantity must be greater than zero.")
	}
	if li.UnitPrice < 0 {
		return nil, lineErr(i, "unitPrice", "Le prix unitaire ne peut pas être négatif.", "The unit price cannot be negative.")
	}
	hours := 8
	if li.HoursPerDay != nil {
		hours = *li.HoursPerDay
	}
	if hours < 1 || hours > 24 {
		return nil, lineErr(i, "hoursPerDay", "Une journée compte de 1 à 24 heures.", "A day has 1 to 24 hours.")
	}
	if !slices.Contains(quotes.VatRates, li.VatRate) {
		return nil, lineErr(i, "vatRate", "Taux de TVA attendu : 20, 10, 5,5, 2,1 ou 0 %.", "VAT rate expected: 20, 10, 5.5, 2.1 or 0%.")
	}
	l := &db.InvoiceLine{OrganisationID: org, Position: i, OperationID: li.OperationID, Description: desc, Quantity: li.Quantity,
		Unit: li.Unit, HoursPerDay: hours, UnitPrice: li.UnitPrice, VatRate: li.VatRate}
	switch {
	case li.DiscountPercent != nil && li.DiscountAmount != nil:
		return nil, lineErr(i, "discountAmount", "Une seule remise par ligne : en pourcentage ou en montant.",
			"One discount per line: a percentage or an amount.")
	case li.DiscountPercent != nil:
		if *li.DiscountPercent < 0 || *li.DiscountPercent > 10000 {
			return nil, lineErr(i, "discountPercent", "La remise est comprise entre 0 et 100 %.", "The discount is between 0 and 100%.")
		}
		d := *li.DiscountPercent
		l.DiscountRate = &d
	case li.DiscountAmount != nil:
		d := *li.DiscountAmount
		if d < 0 {
			return nil, lineErr(i, "discountAmount", "La remise ne peut pas être négative.", "The discount cannot be negative.")
		}
		if d > li.Quantity.Times(li.UnitPrice) {
			return nil, lineErr(i, "discountAmount", "La remise dépasse le montant de la ligne.", "The discount exceeds the line's amount.")
		}
		l.DiscountAmount = &d
	}
	if li.VatRate == 0 {
		if r := strings.TrimSpace(validate.Str(li.VatExemptionReason)); r != "" {
			if len(r) > 500 {
				return nil, lineErr(i, "vatExemptionReason", "500 caractères au plus.", "At most 500 characters.")
			}
			l.VatExemptionReason = &r
		}
		if c := strings.ToUpper(strings.TrimSpace(validate.Str(li.VatExemptionCode))); c != "" {
			if !strings.HasPrefix(c, "VATEX-") || len(c) > 30 {
				return nil, lineErr(i, "vatExemptionCode", "Code d'exonération attendu : VATEX-… (ex. VATEX-EU-AE).",
					"Exemption code expected: VATEX-… (e.g. VATEX-EU-AE).")
			}
			l.VatExemptionCode = &c
		}
	}
	l.Net = PricingLine(l).Net()
	return l, nil
}

// Parent is what lines belong to: an invoice or a credit note.
type Parent struct {
	InvoiceID    *uuid.UUID
	CreditNoteID *uuid.UUID
}

// writeLines replaces the lines of a DRAFT parent (locked or just created
// by tx) and stores its totals. prepaid is what a final invoice deducts
// (zero otherwise): due = TTC − prepaid.
func writeLines(ctx context.Context, tx bun.IDB, p Parent, lines []*db.InvoiceLine, prepaid money.Cents) (pricing.Totals, error) {
	del := tx.NewDelete().Model((*db.InvoiceLine)(nil))
	if p.InvoiceID != nil {
		del = del.Where("invoice_id = ?", *p.InvoiceID)
	} else {
		del = del.Where("credit_note_id = ?", *p.CreditNoteID)
	}
	if _, err := del.Exec(ctx); err != nil {
		return pricing.Totals{}, Immutable(err)
	}
	for i, l := range lines {
		l.ID = uuid.New()
		l.Position = i
		l.InvoiceID, l.CreditNoteID = p.InvoiceID, p.CreditNoteID
		l.Net = PricingLine(l).Net()
	}
	if len(lines) > 0 {
		if _, err := tx.NewInsert().Model(&lines).Exec(ctx); err != nil {
			return pricing.Totals{}, Immutable(err)
		}
	}
	t := Totals(lines)
	var q *bun.UpdateQuery
	if p.InvoiceID != nil {
		q = tx.NewUpdate().Table("invoices").Where("id = ?", *p.InvoiceID).
			Set("prepaid_cents = ?, due_cents = ?", prepaid, t.TTC-prepaid)
	} else {
		q = tx.NewUpdate().Table("credit_notes").Where("id = ?", *p.CreditNoteID)
	}
	if _, err := q.Set("total_ht_cents = ?, total_vat_cents = ?, total_ttc_cents = ?, updated_at = now()", t.HT, t.VAT, t.TTC).
		Exec(ctx); err != nil {
		return pricing.Totals{}, Immutable(err)
	}
	return t, nil
}

// linesOf reads the lines of a parent, in order.
func linesOf(ctx context.Context, idb bun.IDB, org uuid.UUID, p Parent) ([]*db.InvoiceLine, error) {
	var out []*db.InvoiceLine
	q := idb.NewSelect().Model(&out).Where("organisation_id = ?", org).Order("position")
	if p.InvoiceID != nil {
		q = q.Where("invoice_id = ?", *p.InvoiceID)
	} else {
		q = q.Where("credit_note_id = ?", *p.CreditNoteID)
	}
	return out, q.Scan(ctx)
}

// fromQuoteLine is an invoice line copied from a quote or amendment line
// (the frozen price), pointing back to it.
func fromQuoteLine(ql *db.QuoteLine, desc string) *db.InvoiceLine {
	id := ql.ID
	if strings.TrimSpace(ql.Description) != "" {
		desc = ql.Description
	}
	return &db.InvoiceLine{OrganisationID: ql.OrganisationID, OperationID: ql.OperationID, QuoteLineID: &id, Description: desc,
		Quantity: ql.Quantity, Unit: ql.Unit, HoursPerDay: ql.HoursPerDay, UnitPrice: ql.UnitPrice, DiscountRate: ql.DiscountRate,
		DiscountAmount: ql.DiscountAmount, VatRate: ql.VatRate, Net: ql.Net}
}
