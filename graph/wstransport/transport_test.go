package wstransport

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/coder/websocket"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// stubExec answers a query with {"ok":true}; a subscription waits until
// it is stopped (a stream that is not the broker's).
type stubExec struct{}

func (stubExec) CreateOperationContext(_ context.Context, p *graphql.RawParams) (*graphql.OperationContext, gqlerror.List) {
	if p.Query == "invalid" {
		return nil, gqlerror.List{{Message: "invalid", Extensions: map[string]any{"code": "GRAPHQL_PARSE_FAILED"}}}
	}
	op := ast.Query
	if strings.HasPrefix(p.Query, "subscription") {
		op = ast.Subscription
	}
	return &graphql.OperationContext{RawQuery: p.Query, Variables: p.Variables, Operation: &ast.OperationDefinition{Operation: op}}, nil
}

func (stubExec) DispatchOperation(ctx context.Context, oc *graphql.OperationContext) (graphql.ResponseHandler, context.Context) {
	if oc.Operation.Operation == ast.Query {
		return graphql.OneShot(&graphql.Response{Data: json.RawMessage(`{"ok":true}`)}), ctx
	}
	return func(ctx context.Context) *graphql.Response { <-ctx.Done(); return nil }, ctx
}

func (stubExec) DispatchError(_ context.Context, errs gqlerror.List) *graphql.Response {
	return &graphql.Response{Errors: errs}
}

type client struct {
	t    *testing.T
	conn *websocket.Conn
}

func serve(t *testing.T, tr Transport) string {
	t.Helper()
	x := New(tr)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !x.Supports(r) {
			http.Error(w, "not for us", http.StatusBadRequest)
			return
		}
		x.Do(w, r, stubExec{})
	}))
	t.Cleanup(srv.Close)
	return "ws" + strings.TrimPrefix(srv.URL, "http")
}

func dial(t *testing.T, url string) *client {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	c, _, err := websocket.Dial(ctx, url, &websocket.DialOptions{Subprotocols: []string{Subprotocol}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = c.CloseNow() })
	return &client{t: t, conn: c}
}

func (c *client) send(msg string) {
	c.t.Helper()
	if err := c.conn.Write(context.Background(), websocket.MessageText, []byte(msg)); err != nil {
		c.t.Fatal(err)
	}
}

// read returns the next message, or the error that ended the connection.
func (c *client) read(timeout time.Duration) (map[string]any, error) {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	_, b, err := c.conn.Read(ctx)
	if err != nil {
		return nil, err
	}
	var m map[string]any
	return m, json.Unmarshal(b, &m)
}

func (c *client) expect(typ string) map[string]any {
	c.t.Helper()
	m, err := c.read(5 * time.Second)
	if err != nil || m["type"] != typ {
		c.t.Fatalf("want %s, got %v %v", typ, m, err)
	}
	return m
}

// closedWith reads until the server closes, and checks the code.
func (c *client) closedWith(code int) {
	c.t.Helper()
	for {
		_, err := c.read(5 * time.Second)
		if err == nil {
			continue
		}
		if got := int(websocket.CloseStatus(err)); got != code {
			c.t.Fatalf("want close %d, got %v", code, err)
		}
		return
	}
}

func accept(ctx context.Context, _ transport.InitPayload) (context.Context, error) { return ctx, nil }

func TestRefusedConnectionsCloseWithTheirCode(t *testing.T) {
	url := serve(t, Transport{Init: func(ctx context.Context, p transport.InitPayload) (context.Context, error) {
		switch p.GetString("token") {
		case "down":
			return nil, &CloseError{Code: 1013, Reason: "unavailable"}
		case "bad":
			return nil, &CloseError{Code: CloseForbidden, Reason: "forbidden"}
		case "odd":
			return nil, errors.New("refused without a code")
		}
		return ctx, nil
	}})
	for token, code := range map[string]int{"down": 1013, "bad": CloseForbidden, "odd": CloseForbidden} {
		c := dial(t, url)
		c.send(`{"type":"connection_init","payload":{"token":"` + token + `"}}`)
		c.closedWith(code)
	}
}

func TestProtocolViolationsCloseWithTheSpecCodes(t *testing.T) {
	url := serve(t, Transport{Init: accept, InitTimeout: 200 * time.Millisecond})
	for name, tc := range map[string]struct {
		msgs []string
		code int
	}{
		"subscribe before connection_init": {[]string{`{"id":"1","type":"subscribe","payload":{"query":"{ a }"}}`}, CloseUnauthorized},
		"a second connection_init":         {[]string{`{"type":"connection_init"}`, `{"type":"connection_init"}`}, CloseTooManyInitialise},
		"not JSON":                         {[]string{`{"type":"connection_init"}`, `hello`}, CloseBadRequest},
		"an unknown type":                  {[]string{`{"type":"connection_init"}`, `{"type":"start","id":"1"}`}, CloseBadRequest},
		"subscribe without an id":          {[]string{`{"type":"connection_init"}`, `{"type":"subscribe","payload":{"query":"{ a }"}}`}, CloseBadRequest},
		"an id already running": {[]string{`{"type":"connection_init"}`,
			`{"id":"1","type":"subscribe","payload":{"query":"subscription { a }"}}`,
			`{"id":"1","type":"subscribe","payload":{"query":"subscription { a }"}}`}, CloseSubscriberExists},
		"no connection_init in time": {nil, CloseInitTimeout},
	} {
		t.Run(name, func(t *testing.T) {
			c := dial(t, url)
			for _, m := range tc.msgs {
				c.send(m)
			}
			c.closedWith(tc.code)
		})
	}
}

func TestOperationsAnswerAndComplete(t *testing.T) {
	c := dial(t, serve(t, Transport{Init: accept}))
	c.send(`{"type":"connection_init"}`)
	c.expect("connection_ack")
	c.send(`{"id":"q","type":"subscribe","payload":{"query":"{ ok }"}}`)
	if m := c.expect("next"); m["id"] != "q" || m["payload"].(map[string]any)["data"].(map[string]any)["ok"] != true {
		t.Fatalf("next = %v", m)
	}
	if m := c.expect("complete"); m["id"] != "q" {
		t.Fatalf("complete = %v", m)
	}
	// A refused document: "error", and the id is free again.
	c.send(`{"id":"q","type":"subscribe","payload":{"query":"invalid"}}`)
	if m := c.expect("error"); m["id"] != "q" {
		t.Fatalf("error = %v", m)
	}
	// A subscription the client completes is not completed by the server;
	// its id can be reused.
	c.send(`{"id":"s","type":"subscribe","payload":{"query":"subscription { a }"}}`)
	c.send(`{"id":"s","type":"complete"}`)
	c.send(`{"id":"s","type":"subscribe","payload":{"query":"{ ok }"}}`)
	if m := c.expect("next"); m["id"] != "s" {
		t.Fatalf("after a completed subscription: %v", m)
	}
}

func TestPingPong(t *testing.T) {
	url := serve(t, Transport{Init: accept, PingInterval: 100 * time.Millisecond})
	// The client's ping is answered with its payload.
	c := dial(t, url)
	c.send(`{"type":"connection_init"}`)
	c.expect("connection_ack")
	c.send(`{"type":"ping","payload":{"n":1}}`)
	for {
		m := c.expect2("pong", "ping")
		if m["type"] == "pong" {
			if p, _ := m["payload"].(map[string]any); p["n"] != float64(1) {
				t.Fatalf("pong = %v", m)
			}
			break
		}
	}
	// A client that answers the server's pings stays connected…
	deadline := time.Now().Add(600 * time.Millisecond)
	for time.Now().Before(deadline) {
		c.expect("ping")
		c.send(`{"type":"pong"}`)
	}
	// …one that does not is dropped after two unanswered pings.
	mute := dial(t, url)
	mute.send(`{"type":"connection_init"}`)
	mute.expect("connection_ack")
	start := time.Now()
	for {
		if _, err := mute.read(2 * time.Second); err != nil {
			if time.Since(start) < 200*time.Millisecond {
				t.Fatalf("dropped too early: %v", err)
			}
			break
		}
	}
	c.send(`{"type":"ping"}`)
	c.expect2("pong", "ping")
}

// expect2 returns the next message, which must be of one of two types.
func (c *client) expect2(a, b string) map[string]any {
	c.t.Helper()
	m, err := c.read(5 * time.Second)
	if err != nil || (m["type"] != a && m["type"] != b) {
		c.t.Fatalf("want %s or %s, got %v %v", a, b, m, err)
	}
	return m
}

// A connection whose context ends with a CloseError as its cause (access
// withdrawn) closes with its code; any other end with 1000.
func TestContextCauseChoosesTheCloseCode(t *testing.T) {
	cancels := make(chan context.CancelCauseFunc, 2)
	url := serve(t, Transport{Init: func(ctx context.Context, _ transport.InitPayload) (context.Context, error) {
		ctx, cancel := context.WithCancelCause(ctx)
		cancels <- cancel
		return ctx, nil
	}})
	for cause, code := range map[error]int{&CloseError{Code: CloseForbidden, Reason: "forbidden"}: CloseForbidden, context.DeadlineExceeded: CloseNormal} {
		c := dial(t, url)
		c.send(`{"type":"connection_init"}`)
		c.expect("connection_ack")
		(<-cancels)(cause)
		c.closedWith(code)
	}
}

func TestOnlyGraphqlTransportWsIsOurs(t *testing.T) {
	tr := New(Transport{})
	for proto, want := range map[string]bool{"graphql-transport-ws": true, "graphql-ws": false, "graphql-ws, graphql-transport-ws": true, "": false} {
		r := httptest.NewRequest(http.MethodGet, "/graphql", nil)
		r.Header.Set("Upgrade", "websocket")
		if proto != "" {
			r.Header.Set("Sec-WebSocket-Protocol", proto)
		}
		if got := tr.Supports(r); got != want {
			t.Errorf("Supports(%q) = %v", proto, got)
		}
	}
}
