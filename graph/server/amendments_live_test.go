package server_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/postprod/postprod/db"
)

const quoteEventsSub = `subscription($p:ID!){ quoteEvents(productionId:$p){ id kind productionId quote { id status } amendment { id status } } }`

// quoteEvents: the producer hears, live, what is sent to them and their own
// answers, never a draft's events (made, proposed, edited, discarded); the
// coordinator hears everything. Each event names its quote or amendment.
func TestQuoteEventsReachTheProducerForSentAndAnsweredButNotDrafts(t *testing.T) {
	e := newEmptyEnv(t)
	fx := e.newOrg("Direct Avenants")
	coord, producer := fx.as(db.RoleCoordinator), fx.as(db.RoleProducer)
	prod := fx.production("status", "IN_POST")
	other := fx.production("status", "IN_POST")
	version := fx.acceptedQuote(prod, twoDays)

	subscribe := func(token string) *wsClient {
		ws, err := e.dialWS(e.API.URL, map[string]any{"Authorization": "Bearer " + token})
		if err != nil {
			t.Fatal(err)
		}
		ws.subscribe("1", quoteEventsSub, map[string]any{"p": prod})
		return ws
	}
	wsP, wsC := subscribe(producer), subscribe(coord)
	e.waitSubscribers(e.API.URL, 2)

	// Drafts: a quote of another production, a draft quote, a proposal, an
	// edited and a discarded amendment, then a sent and accepted one, and a
	// sent and refused one.
	fx.sentQuote(other)
	draftQuote := fx.quote(prod, qline())
	var c struct{ CreateAmendment struct{ ID string } }
	e.call(coord, createAmendment, map[string]any{"q": version}, &c)
	e.call(coord, discardAmendment, map[string]any{"id": c.CreateAmendment.ID}, &struct{}{})
	for i := 3; i <= 5; i++ {
		fx.approvedSlip(prod, "operationId", fx.op("OFFLINE_EDIT"), "date", daysAgo(i), "start", "09:00", "end", "17:00")
	}
	proposed := fx.amendmentsOf(db.RoleCoordinator, prod)[0].ID
	e.call(coord, updateAmendment, map[string]any{"id": proposed, "in": map[string]any{"title": "Dépassement négocié"}}, &struct{}{})
	e.call(coord, sendAmendment, map[string]any{"id": proposed}, &struct{}{})
	e.call(producer, acceptAmendment, map[string]any{"id": proposed, "n": "Paul Producteur", "m": "bon pour accord"}, &struct{}{})
	e.call(coord, createAmendment, map[string]any{"q": version}, &c)
	refused := c.CreateAmendment.ID
	e.call(coord, updateAmendment, map[string]any{"id": refused, "in": map[string]any{"lines": []any{qline()}}}, &struct{}{})
	e.call(coord, sendAmendment, map[string]any{"id": refused}, &struct{}{})
	e.call(producer, refuseAmendment, map[string]any{"id": refused, "r": "Hors budget"}, &struct{}{})
	e.call(coord, sendMutation, map[string]any{"id": draftQuote}, &struct{}{})

	read := func(ws *wsClient, n int, docs bool) []string {
		var got []string
		for range n {
			ev := ws.next(10 * time.Second)["quoteEvents"].(map[string]any)
			if ev["productionId"] != prod {
				t.Fatalf("another production's event %v", ev)
			}
			doc := ev["amendment"]
			if ev["quote"] != nil {
				doc = ev["quote"]
			}
			// The document as it is when the event is sent to the
			// subscriber: null once a draft is discarded.
			present := "-"
			if _, ok := doc.(map[string]any); ok {
				present = "doc"
			}
			if !docs {
				present = "?"
			}
			got = append(got, fmt.Sprintf("%s:%s", ev["kind"], present))
		}
		return got
	}
	want := "[amendment.sent:doc amendment.accepted:doc amendment.sent:doc amendment.refused:doc quote.sent:doc]"
	if got := fmt.Sprint(read(wsP, 5, true)); got != want {
		t.Fatalf("the producer heard %s, want %s", got, want)
	}
	// The coordinator hears the drafts too: created, discarded, proposed,
	// updated, around the same five.
	got := read(wsC, 13, false)
	wantC := "[quote.created:? quote.updated:? amendment.created:? amendment.discarded:? amendment.proposed:? amendment.updated:? amendment.sent:? amendment.accepted:? amendment.created:? amendment.updated:? amendment.sent:? amendment.refused:? quote.sent:?]"
	if fmt.Sprint(got) != wantC {
		t.Fatalf("the coordinator heard %v,\nwant %s", got, wantC)
	}
	// The producer heard nothing more.
	if m, err := wsP.read(300 * time.Millisecond); err == nil {
		t.Fatalf("the producer heard more: %v", m)
	}
}

// A technician or a holder may not follow quotes; another organisation's
// production is NOT_FOUND.
func TestQuoteEventsRefusedOutsideQuoteReaders(t *testing.T) {
	e := newEmptyEnv(t)
	fx := e.newOrg("Direct Refus")
	prod := fx.production()
	fx.teamMember(prod, fx.technicianID)
	other := e.newOrg("Direct Autre")
	for name, c := range map[string]struct{ token, code string }{
		"technician": {fx.as(db.RoleTechnician), "FORBIDDEN"},
		"holder":     {fx.as(db.RoleRightsHolder), "FORBIDDEN"},
		"other org":  {other.as(db.RoleCoordinator), "NOT_FOUND"},
	} {
		ws, err := e.dialWS(e.API.URL, map[string]any{"Authorization": "Bearer " + c.token})
		if err != nil {
			t.Fatal(err)
		}
		ws.subscribe("1", quoteEventsSub, map[string]any{"p": prod})
		m, err := ws.read(10 * time.Second)
		if err != nil || wsErrorCode(m) != c.code {
			t.Errorf("%s: %v %v, want %s", name, m, err, c.code)
		}
	}
}
