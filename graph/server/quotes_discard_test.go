package server_test

import (
	"testing"

	"github.com/postprod/postprod/db"
)

// A revision's draft thrown away leaves the sent version SUPERSEDED and
// the latest: the quote can still be revised, into version 2 again.
func TestQuoteRevisedAfterDiscardedRevision(t *testing.T) {
	e := newEmptyEnv(t)
	fx := e.newOrg("Devis Abandon")
	coord := fx.as(db.RoleCoordinator)
	id := fx.quote(fx.production())
	idv := map[string]any{"id": id}
	e.call(coord, updateMutation, map[string]any{"id": id, "in": map[string]any{"lines": []any{qline()}}}, &struct{}{})
	e.call(coord, sendMutation, idv, &struct{}{})
	var r struct {
		ReviseQuote struct {
			ID      string
			Version int
		}
	}
	e.call(coord, reviseMutation, idv, &r)
	e.call(coord, `mutation($id:ID!){ discardQuote(id:$id) }`, map[string]any{"id": r.ReviseQuote.ID}, &struct{}{})
	if st := e.readQuote(coord, id).Status; st != "SUPERSEDED" {
		t.Fatalf("v1 after its revision was discarded: %s", st)
	}
	e.call(coord, reviseMutation, idv, &r)
	if r.ReviseQuote.Version != 2 {
		t.Fatalf("revised again into version %d", r.ReviseQuote.Version)
	}
}
