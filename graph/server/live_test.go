package server_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/coder/websocket"

	"github.com/postprod/postprod/db"
)

const eventsSub = `subscription($id:ID!,$after:String){ productionEvents(productionId:$id, after:$after){ id kind production { id title } } }`

func (e *env) rename(base, token, id, clientID, title string) {
	e.t.Helper()
	e.doAt(base, token, `mutation($id:ID!,$c:ID!,$t:String!){ updateProduction(id:$id, input:{title:$t, kind:FEATURE_FILM, clientId:$c}){ id } }`,
		map[string]any{"id": id, "c": clientID, "t": title}).decode(e.t, &struct{}{})
}

// A change made through one replica reaches a subscriber of another one,
// and a subscriber that reconnects with its last event id misses nothing.
func TestProductionEventsAcrossReplicasAndResume(t *testing.T) {
	e := newEnv(t)
	second := e.startServer()
	s := e.login("coordinator@demo.test")
	id, client := e.someProduction()

	ws, err := e.dialWS(second.URL, map[string]any{"Authorization": "Bearer " + s.Access})
	if err != nil {
		t.Fatal(err)
	}
	ws.subscribe("1", eventsSub, map[string]any{"id": id})
	e.waitSubscribers(second.URL, 1)
	e.rename(e.API.URL, s.Access, id, client, "Titre changé sur A")
	ev := ws.next(10 * time.Second)["productionEvents"].(map[string]any)
	if ev["kind"] != "production.updated" || ev["production"].(map[string]any)["title"] != "Titre changé sur A" {
		t.Fatalf("event = %v", ev)
	}
	last := ev["id"].(string)
	ws.conn.Close(websocket.StatusNormalClosure, "")

	// While disconnected, two more changes.
	e.rename(e.API.URL, s.Access, id, client, "Deuxième titre")
	e.rename(second.URL, s.Access, id, client, "Troisième titre")

	ws2, err := e.dialWS(second.URL, map[string]any{"Authorization": "Bearer " + s.Access})
	if err != nil {
		t.Fatal(err)
	}
	ws2.subscribe("1", eventsSub, map[string]any{"id": id, "after": last})
	var kinds []string
	for range 2 {
		ev := ws2.next(10 * time.Second)["productionEvents"].(map[string]any)
		kinds = append(kinds, ev["kind"].(string))
		if ev["id"].(string) <= last {
			t.Fatalf("replayed an event already seen: %v", ev)
		}
	}
	if fmt.Sprint(kinds) != "[production.updated production.updated]" {
		t.Fatalf("missed events: %v", kinds)
	}
}

func TestWebsocketRefusesBadTokensWith4403(t *testing.T) {
	e := newEmptyEnv(t)
	for name, payload := range map[string]map[string]any{
		"no token":  {},
		"bad token": {"Authorization": "Bearer not-a-token"},
	} {
		ws, err := e.dialWS(e.API.URL, payload)
		if err == nil {
			_, err = ws.read(5 * time.Second)
		}
		if websocket.CloseStatus(err) != 4403 {
			t.Errorf("%s: want close 4403, got %v", name, err)
		}
	}
}

// A subscriber only hears about its own production.
func TestProductionEventsAreFilteredByProduction(t *testing.T) {
	e := newEnv(t)
	s := e.login("coordinator@demo.test")
	id, client := e.someProduction()
	other := new(db.Production)
	if err := e.DB.NewSelect().Model(other).Where("id <> ?", id).Limit(1).Scan(context.Background()); err != nil {
		t.Fatal(err)
	}
	ws, err := e.dialWS(e.API.URL, map[string]any{"Authorization": "Bearer " + s.Access})
	if err != nil {
		t.Fatal(err)
	}
	ws.subscribe("1", eventsSub, map[string]any{"id": id})
	e.waitSubscribers(e.API.URL, 1)
	e.rename(e.API.URL, s.Access, other.ID.String(), other.ClientID.String(), "Autre production")
	e.rename(e.API.URL, s.Access, id, client, "La bonne")
	ev := ws.next(10 * time.Second)["productionEvents"].(map[string]any)
	if ev["production"].(map[string]any)["title"] != "La bonne" {
		t.Fatalf("received another production's event: %v", ev)
	}
}
