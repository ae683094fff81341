package server_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/postprod/postprod/db"
)

const invoiceEventsSub = `subscription{ invoiceEvents{ id kind invoice { id status } creditNote { id status } } }`

// invoiceEvents: the coordinator hears every change; the producer only
// their client's issued documents and payments, never a draft; a
// technician is refused.
func TestInvoiceEventsSkipDraftsForTheProducer(t *testing.T) {
	e := newEmptyEnv(t)
	fx := e.newOrg("Factures Direct").billable()
	coord := fx.as(db.RoleCoordinator)
	subscribe := func(token string) *wsClient {
		ws, err := e.dialWS(e.API.URL, map[string]any{"Authorization": "Bearer " + token})
		if err != nil {
			t.Fatal(err)
		}
		ws.subscribe("1", invoiceEventsSub, nil)
		return ws
	}
	e.settle(e.API.URL)
	wsP, wsC := subscribe(fx.as(db.RoleProducer)), subscribe(coord)
	e.waitSubscribers(e.API.URL, 2)

	d := fx.draftInvoice(iline())
	e.call(coord, `mutation($id:ID!){ discardInvoice(id:$id) }`, map[string]any{"id": d}, &struct{}{})
	inv := fx.issued(iline())
	e.call(coord, paymentMutation, map[string]any{"id": inv.ID, "in": pay("600")}, &struct{}{})
	var cn struct{ CreateCreditNote struct{ ID string } }
	e.call(coord, creditMutation, map[string]any{"id": inv.ID, "in": map[string]any{"full": true, "reason": "Erreur"}}, &cn)
	e.call(coord, issueCreditMut, map[string]any{"id": cn.CreateCreditNote.ID}, &struct{}{})

	read := func(ws *wsClient, n int) string {
		var got []string
		for range n {
			ev := ws.next(10 * time.Second)["invoiceEvents"].(map[string]any)
			got = append(got, fmt.Sprint(ev["kind"]))
		}
		return fmt.Sprint(got)
	}
	if got, want := read(wsP, 5), "[invoice.issued payment.recorded invoice.paid invoice.updated credit_note.issued]"; got != want {
		t.Fatalf("the producer heard %s, want %s", got, want)
	}
	want := "[invoice.created invoice.discarded invoice.created invoice.issued payment.recorded invoice.paid credit_note.created invoice.updated credit_note.issued]"
	if got := read(wsC, 9); got != want {
		t.Fatalf("the coordinator heard %s,\nwant %s", got, want)
	}
	if m, err := wsP.read(300 * time.Millisecond); err == nil {
		t.Fatalf("the producer heard more: %v", m)
	}
	ws, err := e.dialWS(e.API.URL, map[string]any{"Authorization": "Bearer " + fx.as(db.RoleTechnician)})
	if err != nil {
		t.Fatal(err)
	}
	ws.subscribe("1", invoiceEventsSub, nil)
	if m, err := ws.read(10 * time.Second); err != nil || wsErrorCode(m) != "FORBIDDEN" {
		t.Fatalf("a technician: %v %v", m, err)
	}
}
