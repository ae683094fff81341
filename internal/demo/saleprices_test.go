package demo

import (
	"testing"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/kernel/money"
)

// Every operation of the catalogue, every room kind and every function of
// the demo's people has a sale price in the trade's range, so a quote made
// from the demo's plan is priced line by line.
func TestSalePrices(t *testing.T) {
	for _, code := range catalogue {
		p, ok := operationPrices[code]
		if !ok || !p.Unit.Valid() || p.Price < 5000 || p.Price > 200000 {
			t.Errorf("operation %s: %+v", code, p)
		}
	}
	for code, r := range map[string][2]money.Cents{"OFFLINE_EDIT": {45000, 65000}, "GRADING": {90000, 140000}, "MIX": {100000, 150000}} {
		if p := operationPrices[code]; p.Unit != db.QuoteUnitDay || p.Price < r[0] || p.Price > r[1] {
			t.Errorf("%s at %v a %s, not a Paris price", code, p.Price, p.Unit)
		}
	}
	for _, k := range db.AllRoomKinds {
		if roomPrices[k] <= 0 {
			t.Errorf("room kind %s has no price", k)
		}
	}
	for _, tc := range technicians {
		for _, f := range tc.Functions {
			if functionPrices[f] <= 0 {
				t.Errorf("function %q (%s) has no price", f, tc.Name)
			}
		}
	}
	for _, p := range productions {
		for _, m := range p.Team {
			if functionPrices[m.Function] <= 0 {
				t.Errorf("function %q (%s) has no price", m.Function, p.Title)
			}
		}
	}
	for _, ls := range [][]quoteLine{brigadeLines(false), brigadeLines(true), terresLines, enfantsLines} {
		for _, l := range ls {
			if l.Op == "" && (l.Price == 0 || l.Unit == "") || l.Op != "" && operationPrices[l.Op].Price == 0 {
				t.Errorf("line %+v is not priced", l)
			}
		}
	}
}
