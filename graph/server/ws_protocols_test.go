package server_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"
)

// The app's graphql-transport-ws is served by our transport; a client of
// the older graphql-ws protocol (subscriptions-transport-ws) is still
// served, by gqlgen's transport, with the same authentication and events.
func TestOlderGraphqlWsProtocolStillServed(t *testing.T) {
	e := newEnv(t)
	s := e.login("coordinator@demo.test")
	id, client := e.someProduction()
	e.settle(e.API.URL)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	conn, _, err := websocket.Dial(ctx, "ws"+strings.TrimPrefix(e.API.URL, "http")+"/graphql",
		&websocket.DialOptions{Subprotocols: []string{"graphql-ws"}})
	if err != nil {
		t.Fatal(err)
	}
	defer conn.CloseNow()
	if conn.Subprotocol() != "graphql-ws" {
		t.Fatalf("negotiated %q", conn.Subprotocol())
	}
	send := func(v any) {
		b, _ := json.Marshal(v)
		if err := conn.Write(ctx, websocket.MessageText, b); err != nil {
			t.Fatal(err)
		}
	}
	read := func(want string) map[string]any {
		for {
			_, b, err := conn.Read(ctx)
			if err != nil {
				t.Fatalf("waiting for %s: %v", want, err)
			}
			var m map[string]any
			_ = json.Unmarshal(b, &m)
			if m["type"] == "ka" {
				continue
			}
			if m["type"] != want {
				t.Fatalf("want %s, got %v", want, m)
			}
			return m
		}
	}
	send(map[string]any{"type": "connection_init", "payload": map[string]any{"Authorization": "Bearer " + s.Access}})
	read("connection_ack")
	send(map[string]any{"id": "1", "type": "start", "payload": map[string]any{"query": eventsSub, "variables": map[string]any{"id": id}}})
	e.waitSubscribers(e.API.URL, 1)
	e.rename(e.API.URL, s.Access, id, client, "Ancien protocole")
	m := read("data")
	ev := m["payload"].(map[string]any)["data"].(map[string]any)["productionEvents"].(map[string]any)
	if ev["production"].(map[string]any)["title"] != "Ancien protocole" {
		t.Fatalf("event = %v", ev)
	}
}

// Protocol errors close with graphql-transport-ws's codes: a subscribe
// before connection_init 4401, a message that is not one 4400; a
// connection_init without credentials is refused with 4403, as before.
// (The other codes are checked against the transport alone, in
// graph/wstransport.)
func TestProtocolErrorsCloseWithTheirCodes(t *testing.T) {
	e := newEmptyEnv(t)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	u := "ws" + strings.TrimPrefix(e.API.URL, "http") + "/graphql"
	for name, tc := range map[string]struct {
		msgs []string
		code websocket.StatusCode
	}{
		"subscribe first": {[]string{`{"id":"1","type":"subscribe","payload":{"query":"{ me { id } }"}}`}, 4401},
		"no credentials":  {[]string{`{"type":"connection_init"}`}, 4403},
		"not a message":   {[]string{`[]`}, 4400},
	} {
		conn, _, err := websocket.Dial(ctx, u, &websocket.DialOptions{Subprotocols: []string{"graphql-transport-ws"}})
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range tc.msgs {
			_ = conn.Write(ctx, websocket.MessageText, []byte(m))
		}
		for {
			if _, _, err = conn.Read(ctx); err != nil {
				break
			}
		}
		if got := websocket.CloseStatus(err); got != tc.code {
			t.Errorf("%s: want close %d, got %v", name, tc.code, err)
		}
		conn.CloseNow()
	}
}
