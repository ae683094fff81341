package server_test

import (
	"testing"

	"github.com/postprod/postprod/db"
)

// A page of amendments with their relations (number, quote, production,
// client, lines and totals) costs the same statements for one amendment
// or ten: every relation through a loader.
func TestAmendmentListStatementsAreConstant(t *testing.T) {
	e := newEmptyEnv(t)
	fx := e.newOrg("Liste Avenants")
	coord := fx.as(db.RoleCoordinator)
	counter := &queryCounter{}
	e.DB.AddQueryHook(counter)
	add := func() {
		version := fx.acceptedQuote(fx.production(), twoDays)
		var c struct{ CreateAmendment struct{ ID string } }
		e.call(coord, createAmendment, map[string]any{"q": version}, &c)
		e.call(coord, updateAmendment, map[string]any{"id": c.CreateAmendment.ID, "in": map[string]any{"lines": []any{qline(), qline("vatRate", "0")}}}, &struct{}{})
		e.call(coord, sendAmendment, map[string]any{"id": c.CreateAmendment.ID}, &struct{}{})
	}
	measure := func() (int64, int) {
		e.settle(e.API.URL)
		before := counter.n.Load()
		var d struct {
			Amendments struct{ Edges []struct{ Node amendment } }
		}
		e.call(coord, `{ amendments(first:50){ edges { node { `+amendmentFields+` production { title } client { name } quote { number reference } } } } }`, nil, &d)
		return counter.n.Load() - before, len(d.Amendments.Edges)
	}
	add()
	one, n1 := measure()
	for range 9 {
		add()
	}
	ten, n10 := measure()
	t.Logf("SQL statements: %d for %d amendment, %d for %d", one, n1, ten, n10)
	if n1 != 1 || n10 != 10 {
		t.Fatalf("listed %d then %d", n1, n10)
	}
	// Authentication, the page, then one read per relation (quote numbers,
	// versions, productions, clients, lines); a loader's batch window may
	// close early on a loaded machine, hence the margin.
	if one > 12 || ten > 12 {
		t.Fatalf("SQL statements: %d for one amendment, %d for ten", one, ten)
	}
}
