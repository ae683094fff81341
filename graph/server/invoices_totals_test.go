package server_test

import (
	"context"
	"strings"
	"testing"

	"github.com/postprod/postprod/db"
)

// storedXML is an issued invoice's factur-x.xml as stored.
func (e *env) storedXML(t *testing.T, id string) string {
	t.Helper()
	var x []byte
	if err := e.DB.NewSelect().Table("invoices").Column("xml").Where("id = ?", id).Scan(context.Background(), &x); err != nil {
		t.Fatal(err)
	}
	return string(x)
}

func wantTotals(t *testing.T, got totalsView, ht, vat, ttc string, byRate ...[3]string) {
	t.Helper()
	if got.HT != ht || got.VAT != vat || got.TTC != ttc || len(got.ByRate) != len(byRate) {
		t.Fatalf("totals %+v, want %s %s %s %v", got, ht, vat, ttc, byRate)
	}
	for i, r := range byRate {
		if g := got.ByRate[i]; g.Rate != r[0] || g.Base != r[1] || g.VAT != r[2] {
			t.Errorf("rate %d: %+v, want %v", i, g, r)
		}
	}
}

// Totals to the cent, the same in the API and the XML: nets half-up after
// discount, VAT per rate on the sum of the nets (BR-CO-17), a 0 % line
// with its exemption reason.
func TestInvoiceTotals(t *testing.T) {
	e := newEmptyEnv(t)
	fx := e.newOrg("Factures Totaux").billable()
	cases := []struct {
		name         string
		lines        []map[string]any
		nets         []string
		ht, vat, ttc string
		byRate       [][3]string
	}{
		{"discounts", []map[string]any{
			iline("quantity", "3", "unitPrice", "433.33", "discountPercent", "10"), // 1299.99 − 130.00
			iline("unit", "FLAT", "unitPrice", "1000", "discountAmount", "50"),
		}, []string{"1169.99", "950.00"}, "2119.99", "424.00", "2543.99", [][3]string{{"20", "2119.99", "424.00"}}},
		// Two lines of 333.33 at 20 %: 66.67 of VAT each would make 133.34;
		// on the sum, 666.66 × 20 % = 133.332 → 133.33.
		{"mixed rates and 0 % with its reason", []map[string]any{
			iline("unitPrice", "333.33"), iline("unitPrice", "333.33"),
			iline("quantity", "2.5", "unit", "HOUR", "unitPrice", "41.10", "vatRate", "5.5"),
			iline("unit", "FLAT", "unitPrice", "200", "vatRate", "0", "vatExemptionCode", "VATEX-EU-AE", "vatExemptionReason", "Autoliquidation"),
		}, []string{"333.33", "333.33", "102.75", "200.00"}, "969.41", "138.98", "1108.39",
			[][3]string{{"20", "666.66", "133.33"}, {"5.5", "102.75", "5.65"}, {"0", "200.00", "0.00"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			v := fx.issued(c.lines...)
			wantTotals(t, v.Totals, c.ht, c.vat, c.ttc, c.byRate...)
			if v.AmountDue != c.ttc || v.Balance != c.ttc || v.Prepaid != "0.00" || v.Status != "ISSUED" {
				t.Fatalf("due %s balance %s prepaid %s status %s", v.AmountDue, v.Balance, v.Prepaid, v.Status)
			}
			for i, n := range c.nets {
				if v.Lines[i].Net != n {
					t.Errorf("line %d net %s, want %s", i, v.Lines[i].Net, n)
				}
			}
			x := e.storedXML(t, v.ID)
			for _, want := range []string{"<ram:TaxBasisTotalAmount>" + c.ht + "<", `<ram:TaxTotalAmount currencyID="EUR">` + c.vat + "<",
				"<ram:GrandTotalAmount>" + c.ttc + "<", "<ram:DuePayableAmount>" + c.ttc + "<", "<ram:TypeCode>380<"} {
				if !strings.Contains(x, want) {
					t.Errorf("the XML lacks %s", want)
				}
			}
		})
	}
}

// A deposit of an accepted quote per VAT rate; the final invoice lists the
// quote's lines and deducts the deposit by number; a progress invoice
// values the approved slips of its period at the frozen prices; credit
// notes never credit more than what is left.
func TestInvoiceKindsFromTheQuote(t *testing.T) {
	e := newEmptyEnv(t)
	fx := e.newOrg("Factures Devis").billable()
	coord := fx.as(db.RoleCoordinator)
	prod := fx.production("status", "IN_POST")
	sound := soldLine{op: "SOUND_EDIT", kind: db.LineRoomWithOperator, qty: 1000, unit: db.QuoteUnitDay, price: 45000, vat: 1000}
	version := fx.acceptedQuote(prod, twoDays, sound)

	var dep struct{ CreateInvoice invoiceView }
	e.call(coord, createMutation, map[string]any{"in": map[string]any{"kind": "DEPOSIT", "quoteId": version, "depositPercent": "30"}}, &dep)
	d := dep.CreateInvoice
	if d.Kind != "DEPOSIT" || len(d.Lines) != 2 || !strings.HasPrefix(d.Lines[0].Description, "Acompte de 30") || d.Quote == nil || d.Quote.ID != version {
		t.Fatalf("deposit draft %+v", d)
	}
	wantTotals(t, d.Totals, "525.00", "91.50", "616.50", [3]string{"20", "390.00", "78.00"}, [3]string{"10", "135.00", "13.50"})
	deposit := fx.issue(d.ID)
	if !strings.Contains(e.storedXML(t, deposit.ID), "<ram:TypeCode>386<") {
		t.Fatal("a deposit invoice is type 386")
	}
	e.wantCode(coord, createMutation, map[string]any{"in": map[string]any{"kind": "DEPOSIT", "quoteId": version, "depositPercent": "80"}}, "VALIDATION")

	var fin struct{ CreateInvoice invoiceView }
	e.call(coord, createMutation, map[string]any{"in": map[string]any{"kind": "FINAL", "quoteId": version}}, &fin)
	f := fx.issue(fin.CreateInvoice.ID)
	wantTotals(t, f.Totals, "1750.00", "305.00", "2055.00", [3]string{"20", "1300.00", "260.00"}, [3]string{"10", "450.00", "45.00"})
	if f.Prepaid != "616.50" || f.AmountDue != "1438.50" || f.Balance != "1438.50" || len(f.Deductions) != 1 ||
		f.Deductions[0].Invoice.Number != *deposit.Number || f.Deductions[0].Amount != "616.50" {
		t.Fatalf("final: prepaid %s due %s deductions %+v", f.Prepaid, f.AmountDue, f.Deductions)
	}
	x := e.storedXML(t, f.ID)
	for _, want := range []string{"<ram:TotalPrepaidAmount>616.50<", "<ram:DuePayableAmount>1438.50<", *deposit.Number} {
		if !strings.Contains(x, want) {
			t.Errorf("the final XML lacks %s", want)
		}
	}
	// The deposit is deducted once.
	var again struct{ CreateInvoice invoiceView }
	e.call(coord, createMutation, map[string]any{"in": map[string]any{"kind": "FINAL", "quoteId": version}}, &again)
	if again.CreateInvoice.Prepaid != "0.00" || len(again.CreateInvoice.Deductions) != 0 {
		t.Fatalf("a second final deducts again: %+v", again.CreateInvoice.Deductions)
	}

	// Progress: 16 h of offline edit (2 days at 650) and 4 h of sound
	// editing (half a day at 450, 10 %).
	edit := []any{"operationId", fx.op("OFFLINE_EDIT")}
	fx.approvedSlip(prod, append(edit, "date", daysAgo(9), "start", "09:00", "end", "17:00")...)
	fx.approvedSlip(prod, append(edit, "date", daysAgo(8), "start", "09:00", "end", "17:00")...)
	fx.approvedSlip(prod)
	fx.slip(prod, "date", daysAgo(6)) // submitted, not approved: not billed
	period := map[string]any{"kind": "PROGRESS", "productionId": prod, "serviceFrom": daysAgo(10), "serviceTo": daysAgo(1)}
	var pr struct{ CreateInvoice invoiceView }
	e.call(coord, createMutation, map[string]any{"in": period}, &pr)
	p := pr.CreateInvoice
	if len(p.Lines) != 2 || p.Lines[0].Quantity != "2" || p.Lines[0].UnitPrice != "650.00" || p.Lines[1].Quantity != "0.5" || p.Lines[1].UnitPrice != "450.00" {
		t.Fatalf("progress lines %+v", p.Lines)
	}
	wantTotals(t, p.Totals, "1525.00", "282.50", "1807.50", [3]string{"20", "1300.00", "260.00"}, [3]string{"10", "225.00", "22.50"})
	e.wantCode(coord, createMutation, map[string]any{"in": with(period, "serviceFrom", daysAgo(2))}, "VALIDATION")

	// Credit notes: one day of the final's first line, then no more than
	// the day left.
	var cn struct {
		CreateCreditNote struct {
			ID     string
			Totals totalsView
		}
	}
	e.call(coord, creditMutation, map[string]any{"id": f.ID, "in": map[string]any{"reason": "Une journée non faite",
		"lines": []map[string]any{{"invoiceLineId": f.Lines[0].ID, "quantity": "1"}}}}, &cn)
	wantTotals(t, cn.CreateCreditNote.Totals, "650.00", "130.00", "780.00", [3]string{"20", "650.00", "130.00"})
	r := e.wantCode(coord, creditMutation, map[string]any{"id": f.ID, "in": map[string]any{"reason": "Trop",
		"lines": []map[string]any{{"invoiceLineId": f.Lines[0].ID, "quantity": "2"}}}}, "VALIDATION")
	if r.Errors[0].Extensions["field"] != "lines.0.quantity" {
		t.Fatalf("over-credit: %+v", r.Errors)
	}
	var icn struct {
		IssueCreditNote struct {
			Number  string
			Invoice struct{ Status, Balance string }
		}
	}
	e.call(coord, issueCreditMut, map[string]any{"id": cn.CreateCreditNote.ID}, &icn)
	if icn.IssueCreditNote.Invoice.Balance != "658.50" || icn.IssueCreditNote.Invoice.Status != "ISSUED" {
		t.Fatalf("after a partial credit: %+v", icn.IssueCreditNote)
	}
}
