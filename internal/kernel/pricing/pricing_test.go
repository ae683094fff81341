package pricing

import (
	"testing"

	"github.com/postprod/postprod/internal/kernel/money"
)

func pct(r money.Rate) *money.Rate   { return &r }
func amt(c money.Cents) *money.Cents { return &c }

func TestLineNet(t *testing.T) {
	for _, c := range []struct {
		name string
		l    Line
		net  money.Cents
	}{
		{"days", Line{Quantity: 5000, UnitPrice: 65000, VatRate: 2000}, 325000},
		{"half-up on quantity", Line{Quantity: 2500, UnitPrice: 33333, VatRate: 2000}, 83333}, // 833.325
		{"percent discount", Line{Quantity: 3000, UnitPrice: 45000, DiscountPercent: pct(1000), VatRate: 2000}, 121500},
		{"percent discount half-up", Line{Quantity: 1000, UnitPrice: 1005, DiscountPercent: pct(1000), VatRate: 2000}, 904}, // 10.05 − 1.005→1.01
		{"amount discount", Line{Quantity: 1000, UnitPrice: 120000, DiscountAmount: amt(20000), VatRate: 0}, 100000},
	} {
		if got := c.l.Net(); got != c.net {
			t.Errorf("%s: net %v, want %v", c.name, got, c.net)
		}
	}
}

func TestTotalsPerRate(t *testing.T) {
	// Three lines at 20 % whose VAT, rounded line by line, is 3 × 0.03 =
	// 0.09 €; on their sum (0.39 €) it is 0.08 €: the per-rate rule wins.
	lines := []Line{
		{Quantity: 1000, UnitPrice: 13, VatRate: 2000},
		{Quantity: 1000, UnitPrice: 13, VatRate: 2000},
		{Quantity: 1000, UnitPrice: 13, VatRate: 2000},
		{Quantity: 2000, UnitPrice: 50000, DiscountPercent: pct(500), VatRate: 0}, // export: 950.00
	}
	perLine := money.Cents(0)
	for _, l := range lines[:3] {
		perLine += l.VatRate.Of(l.Net())
	}
	got := Sum(lines)
	if perLine != 9 || got.VAT != 8 {
		t.Fatalf("VAT %v (line by line %v), want 8", got.VAT, perLine)
	}
	if got.HT != 95039 || got.TTC != 95047 || len(got.ByRate) != 2 || got.ByRate[0].Rate != 2000 || got.ByRate[0].Base != 39 || got.ByRate[1].VAT != 0 || got.ByRate[1].Base != 95000 {
		t.Fatalf("totals %+v", got)
	}
}

func TestEmpty(t *testing.T) {
	if got := Sum(nil); got.HT != 0 || got.TTC != 0 || len(got.ByRate) != 0 {
		t.Fatalf("%+v", got)
	}
}
