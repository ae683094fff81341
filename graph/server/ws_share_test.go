package server_test

// The websocket transport resolves an event once for the subscribers that
// provably see it alike (graph/wsshare.go): same document and variables,
// same organisation, role, language and own records. These tests check
// both halves: alike subscribers share one resolution, and nobody else
// ever receives a result resolved for someone who may see more.

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/postprod/postprod/db"
)

// sharedSub asks what the role and the caller's own records change: the
// team's rates (costs: staff who read them see all, a technician only their
// own, a producer none).
const sharedSub = `subscription($id:ID!){ productionEvents(productionId:$id){ id kind production {
  title team { dailyRate technician { id } } } } }`

// trackedSub adds the tracking, which is computed for its caller (a loader
// per subscription, never shared between callers): staff only.
const trackedSub = `subscription($id:ID!){ productionEvents(productionId:$id){ id kind production {
  title tracking { summary { actualCost plannedMinutes } } } } }`

func subscribeShared(e *env, base, token, productionID string) *wsClient {
	e.t.Helper()
	return subscribeDoc(e, base, token, sharedSub, productionID)
}

func subscribeDoc(e *env, base, token, doc, productionID string) *wsClient {
	e.t.Helper()
	ws, err := e.dialWS(base, map[string]any{"Authorization": "Bearer " + token})
	if err != nil {
		e.t.Fatal(err)
	}
	ws.subscribe("1", doc, map[string]any{"id": productionID})
	return ws
}

func TestSharedEventResultsStayWithWhoMaySeeThem(t *testing.T) {
	e := newEmptyEnv(t)
	a := e.newOrg("Post Partagée")
	b := e.newOrg("Maison Voisine")
	prod := a.production()
	a.teamMember(prod, a.technicianID, "dailyRate", "400")
	colleague := a.technician()
	a.teamMember(prod, colleague, "dailyRate", "550")
	prodB := b.production()

	coord := a.member(db.RoleCoordinator)
	second := e.login(coord.Email) // another session of the same coordinator
	coords := []*wsClient{
		subscribeShared(e, e.API.URL, coord.Access, prod),
		subscribeShared(e, e.API.URL, coord.Access, prod),
		subscribeShared(e, e.API.URL, second.Access, prod),
	}
	tech := subscribeShared(e, e.API.URL, a.as(db.RoleTechnician), prod)
	producer := subscribeShared(e, e.API.URL, a.as(db.RoleProducer), prod)
	accountant := subscribeShared(e, e.API.URL, a.as(db.RoleAccountant), prod)
	// Another organisation's coordinator: refused on a's production, and
	// subscribed to its own with the very same document.
	intruder := subscribeShared(e, e.API.URL, b.as(db.RoleCoordinator), prod)
	if m, err := intruder.read(10 * time.Second); err != nil || wsErrorCode(m) == "" {
		t.Fatalf("another organisation's coordinator on a's production: %v %v", m, err)
	}
	neighbour := subscribeShared(e, e.API.URL, b.as(db.RoleCoordinator), prodB)
	e.waitSubscribers(e.API.URL, len(coords)+4)

	e.call(coord.Access, `mutation($id:ID!,$c:ID!){ updateProduction(id:$id, input:{title:"Vue partagée", kind:FEATURE_FILM, clientId:$c}){ id } }`,
		map[string]any{"id": prod, "c": a.clientID}, &struct{}{})

	event := func(ws *wsClient) map[string]any {
		t.Helper()
		return ws.next(10 * time.Second)["productionEvents"].(map[string]any)
	}
	rates := func(ev map[string]any) map[string]any {
		out := map[string]any{}
		for _, m := range ev["production"].(map[string]any)["team"].([]any) {
			m := m.(map[string]any)
			out[m["technician"].(map[string]any)["id"].(string)] = m["dailyRate"]
		}
		return out
	}

	first := event(coords[0])
	want, _ := json.Marshal(first)
	for i, ws := range coords[1:] {
		if got, _ := json.Marshal(event(ws)); string(got) != string(want) {
			t.Fatalf("coordinator %d received %s, the first %s", i+1, got, want)
		}
	}
	if r := rates(first); r[a.technicianID] != "400.00" || r[colleague] != "550.00" {
		t.Fatalf("the coordinator sees rates %v", r)
	}
	if r := rates(event(accountant)); r[colleague] != "550.00" {
		t.Fatalf("the accountant sees rates %v", r)
	}
	if r := rates(event(tech)); r[a.technicianID] != "400.00" || r[colleague] != nil {
		t.Fatalf("the technician sees rates %v: only their own", r)
	}
	if r := rates(event(producer)); r[a.technicianID] != nil || r[colleague] != nil {
		t.Fatalf("the producer sees rates %v: none", r)
	}

	// The neighbour heard nothing of a's event: its next event is its own.
	e.call(b.as(db.RoleCoordinator), `mutation($id:ID!,$c:ID!){ updateProduction(id:$id, input:{title:"Chez le voisin", kind:FEATURE_FILM, clientId:$c}){ id } }`,
		map[string]any{"id": prodB, "c": b.clientID}, &struct{}{})
	if ev := event(neighbour); ev["production"].(map[string]any)["title"] != "Chez le voisin" {
		t.Fatalf("the other organisation received %v", ev)
	}
	if m, err := intruder.read(300 * time.Millisecond); err == nil && m["type"] == "next" {
		t.Fatalf("the refused subscription received %v", m)
	}
}

// Subscribers who see an event alike resolve it once: the statements an
// event costs do not grow with their number (the tracking, computed for
// its caller, checks the production's visibility once for the four, not
// four times: resolved apart, four subscribers would cost three reads more).
func TestAlikeSubscribersResolveAnEventOnce(t *testing.T) {
	e := newEmptyEnv(t)
	a := e.newOrg("Post Économe")
	prod := a.production()
	a.teamMember(prod, a.technicianID, "dailyRate", "400")
	coord := a.member(db.RoleCoordinator)
	counter := &productionReads{}
	e.DB.AddQueryHook(counter)

	rename := func(title string) {
		e.call(coord.Access, `mutation($id:ID!,$c:ID!,$t:String!){ updateProduction(id:$id, input:{title:$t, kind:FEATURE_FILM, clientId:$c}){ id } }`,
			map[string]any{"id": prod, "c": a.clientID, "t": title}, &struct{}{})
	}
	reads := func(subs []*wsClient, title string) int64 {
		t.Helper()
		e.settle(e.API.URL)
		before := counter.productions.Load()
		rename(title)
		for _, ws := range subs {
			if ev := ws.next(10 * time.Second)["productionEvents"].(map[string]any); ev["production"].(map[string]any)["title"] != title {
				t.Fatalf("received %v", ev)
			}
		}
		return counter.productions.Load() - before
	}

	subs := []*wsClient{subscribeDoc(e, e.API.URL, coord.Access, trackedSub, prod)}
	e.waitSubscribers(e.API.URL, 1)
	one := reads(subs, "Pour un")
	for range 3 {
		subs = append(subs, subscribeDoc(e, e.API.URL, coord.Access, trackedSub, prod))
	}
	e.waitSubscribers(e.API.URL, 4)
	four := reads(subs, "Pour quatre")
	t.Logf("reads of productions for an event: %d with one subscriber, %d with four", one, four)
	if four != one {
		t.Fatalf("four alike subscribers cost %d reads of productions, one costs %d", four, one)
	}
}
