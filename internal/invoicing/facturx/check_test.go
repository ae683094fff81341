package facturx

import (
	"strings"
	"testing"

	"github.com/postprod/postprod/internal/kernel/money"
)

// TestBuildRefuses: a document whose figures or mentions are wrong makes
// nothing.
func TestBuildRefuses(t *testing.T) {
	for name, c := range map[string]struct {
		change func(*Document)
		want   string
	}{
		"totals not the lines'": {func(d *Document) { d.Totals.VAT++ }, "are not the lines'"},
		"due not TTC − prepaid": {func(d *Document) { d.DuePayable-- }, "amount due"},
		"prepaid not the deductions": {func(d *Document) {
			d.Deductions = []Deduction{{Reference{"F-2026-00001", day(2026, 1, 1)}, 100}}
		}, "prepaid"},
		"0 % without reason": {func(d *Document) {
			d.Lines[0].VatRate = 0
			d.Totals = cases()["standard"].Totals // any: the line check comes first
		}, "without an exemption reason"},
		"rate with an exempt category": {func(d *Document) { d.Lines[0].Category = VatExempt }, "with category E"},
		"credit note without invoice":  {func(d *Document) { d.TypeCode = TypeCreditNote }, "references the invoice"},
		"no seller VAT number":         {func(d *Document) { d.Seller.VatNumber = "" }, "no VAT number"},
		"no lines":                     {func(d *Document) { d.Lines = nil }, "no lines"},
		"unknown type":                 {func(d *Document) { d.TypeCode = "384" }, "type code"},
		"no number":                    {func(d *Document) { d.Number = " " }, "no number"},
	} {
		t.Run(name, func(t *testing.T) {
			d := cases()["progress"]
			d.Lines = append([]Line(nil), d.Lines...)
			c.change(&d)
			pdf, x, err := Build(d)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("err = %v, want %q", err, c.want)
			}
			if pdf != nil || x != nil {
				t.Fatal("a refused document made files")
			}
		})
	}
}

func TestCategoryOf(t *testing.T) {
	for _, c := range []struct {
		rate money.Rate
		code string
		want VatCategory
	}{
		{2000, "", VatStandard}, {550, "", VatStandard}, {0, ExemptionReverseCharge, VatReverseCharge},
		{0, ExemptionExport, VatExport}, {0, ExemptionIntraEU, VatIntraEU}, {0, "VATEX-FR-FRANCHISE", VatExempt}, {0, "", VatExempt},
	} {
		if got := CategoryOf(c.rate, c.code); got != c.want {
			t.Errorf("CategoryOf(%d, %q) = %s, want %s", c.rate, c.code, got, c.want)
		}
	}
}
