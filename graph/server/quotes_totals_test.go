package server_test

import (
	"testing"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/kernel/money"
)

// Totals through the API: line nets half-up after discount, VAT per rate
// on the sum of that rate's nets (not the sum of each line's VAT).
func TestQuoteTotals(t *testing.T) {
	e := newEmptyEnv(t)
	fx := e.newOrg("Devis Totaux")
	p := fx.production()
	type rate struct{ Rate, Base, VAT string }
	cases := []struct {
		name          string
		lines         []map[string]any
		nets          []string
		ht, vat, ttc  string
		byRate        []rate
		depositAmount string
	}{
		{"discounts", []map[string]any{
			qline("discountPercent", "10"),                                            // 2 × 500 − 10 %
			qline("quantity", "1.5", "unitPrice", "333.33", "discountAmount", "0.99"), // 499.995 → 500.00 − 0.99
			qline("kind", "FLAT", "unit", "FLAT", "quantity", "1", "unitPrice", "250"),
		}, []string{"900.00", "499.01", "250.00"}, "1649.01", "329.80", "1978.81", []rate{{"20", "1649.01", "329.80"}}, "494.70"},
		{"mixed 20 % and 0 %", []map[string]any{
			qline(), qline("unitPrice", "250", "vatRate", "0"),
		}, []string{"1000.00", "500.00"}, "1500.00", "200.00", "1700.00", []rate{{"20", "1000.00", "200.00"}, {"0", "500.00", "0.00"}}, "450.00"},
		// Three lines of 0.13 €: 0.026 of VAT each would round to 0.03 each
		// (0.09); on the sum, 0.39 × 20 % = 0.078 → 0.08.
		{"rounding on the sum", []map[string]any{
			qline("kind", "EQUIPMENT", "unit", "UNIT", "quantity", "1", "unitPrice", "0.13"),
			qline("kind", "EQUIPMENT", "unit", "UNIT", "quantity", "1", "unitPrice", "0.13"),
			qline("kind", "EQUIPMENT", "unit", "UNIT", "quantity", "1", "unitPrice", "0.13"),
		}, []string{"0.13", "0.13", "0.13"}, "0.39", "0.08", "0.47", []rate{{"20", "0.39", "0.08"}}, "0.12"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			id := fx.quote(p, c.lines...)
			q := e.readQuote(fx.as(db.RoleCoordinator), id)
			if q.Totals.HT != c.ht || q.Totals.VAT != c.vat || q.Totals.TTC != c.ttc || q.DepositAmount != c.depositAmount {
				t.Fatalf("totals %+v deposit %s, want %s %s %s deposit %s", q.Totals, q.DepositAmount, c.ht, c.vat, c.ttc, c.depositAmount)
			}
			if len(q.Totals.ByRate) != len(c.byRate) {
				t.Fatalf("by rate %+v", q.Totals.ByRate)
			}
			for i, r := range c.byRate {
				if got := q.Totals.ByRate[i]; got.Rate != r.Rate || got.Base != r.Base || got.VAT != r.VAT {
					t.Errorf("rate %d: %+v, want %+v", i, got, r)
				}
			}
			for i, n := range c.nets {
				if q.Lines[i].Net != n {
					t.Errorf("line %d net %s, want %s", i, q.Lines[i].Net, n)
				}
			}
			// The stored totals are the same figures (what lists and PDFs read).
			var ht, vat, ttc int64
			if err := e.DB.NewSelect().Table("quote_versions").Column("total_ht_cents", "total_vat_cents", "total_ttc_cents").
				Where("id = ?", id).Scan(t.Context(), &ht, &vat, &ttc); err != nil {
				t.Fatal(err)
			}
			if got := money.Cents(ht).String() + " " + money.Cents(vat).String() + " " + money.Cents(ttc).String(); got != c.ht+" "+c.vat+" "+c.ttc {
				t.Errorf("stored totals %s", got)
			}
		})
	}
}

// Lines refused as typed, with the field of the offending line, and
// nothing written.
func TestQuoteLineValidation(t *testing.T) {
	e := newEmptyEnv(t)
	fx := e.newOrg("Devis Lignes")
	p := fx.production()
	other := fx.production()
	ep := fx.episode(other, 1)
	id := fx.quote(p, qline())
	before := e.snapshot("quote_lines", "quote_versions")
	coord := fx.as(db.RoleCoordinator)
	for _, c := range []struct {
		line  map[string]any
		field string
	}{
		{qline("unit", "TB"), "lines.1.unit"},
		{qline("quantity", "0"), "lines.1.quantity"},
		{qline("unitPrice", "-1"), "lines.1.unitPrice"},
		{qline("discountPercent", "10", "discountAmount", "5"), "lines.1.discountAmount"},
		{qline("discountPercent", "101"), "lines.1.discountPercent"},
		{qline("discountAmount", "1000.01"), "lines.1.discountAmount"},
		{qline("vatRate", "19.6"), "lines.1.vatRate"},
		{qline("hoursPerDay", 25), "lines.1.hoursPerDay"},
		{qline("episodeId", ep), "lines.1.episodeId"},
		{qline("operationId", "00000000-0000-0000-0000-000000000001"), "lines.1.operationId"},
	} {
		r := e.wantCode(coord, updateMutation, map[string]any{"id": id, "in": map[string]any{"lines": []any{qline(), c.line}}}, "VALIDATION")
		if f := r.Errors[0].Extensions["field"]; f != c.field {
			t.Errorf("%v: field %v, want %s", c.line, f, c.field)
		}
	}
	if after := e.snapshot("quote_lines", "quote_versions"); after != before {
		t.Error("a refused update wrote something")
	}
}
