package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/db/testdb"
	"github.com/postprod/postprod/graph/server"
	"github.com/postprod/postprod/internal/config"
	"github.com/postprod/postprod/internal/demo"
	"github.com/postprod/postprod/internal/kernel/calendar"
	"github.com/postprod/postprod/internal/kernel/dates"
)

func TestMain(m *testing.M) { testdb.Main(m) }

const secret = "test-secret-test-secret-test-secret!"

type env struct {
	t   *testing.T
	DB  *bun.DB
	URL string // database URL
	API *httptest.Server
}

// newEnv starts a real server over a fresh database seeded with the demo.
func newEnv(t *testing.T) *env {
	t.Helper()
	bdb, url := testdb.New(t)
	ctx := context.Background()
	if err := db.InTx(ctx, bdb, func(tx bun.Tx) error { _, err := demo.Seed(ctx, tx); return err }); err != nil {
		t.Fatal(err)
	}
	e := &env{t: t, DB: bdb, URL: url}
	e.API = e.startServer()
	return e
}

// startServer starts one more replica on the same database.
func (e *env) startServer() *httptest.Server {
	cfg, err := config.Load(func(k string) string {
		return map[string]string{"POSTPROD_JWT_SECRET": secret, "DATABASE_URL": e.URL, "POSTPROD_ALLOW_SIGNUP": "true"}[k]
	})
	if err != nil {
		e.t.Fatal(err)
	}
	srv, err := server.New(cfg, e.DB, e.URL, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	go srv.Listen(ctx)
	hs := httptest.NewServer(srv.Handler)
	e.t.Cleanup(func() { cancel(); hs.Close() })
	return hs
}

type gqlError struct {
	Message    string         `json:"message"`
	Path       []any          `json:"path"`
	Extensions map[string]any `json:"extensions"`
}

type result struct {
	Data   json.RawMessage `json:"data"`
	Errors []gqlError      `json:"errors"`
	Status int
}

func (r *result) code() string {
	if len(r.Errors) == 0 {
		return ""
	}
	c, _ := r.Errors[0].Extensions["code"].(string)
	return c
}

func (r *result) decode(t *testing.T, v any) {
	t.Helper()
	if len(r.Errors) > 0 {
		t.Fatalf("unexpected errors: %+v", r.Errors)
	}
	if err := json.Unmarshal(r.Data, v); err != nil {
		t.Fatal(err)
	}
}

func (e *env) do(token, query string, vars map[string]any) *result {
	return e.doAt(e.API.URL, token, query, vars)
}

func (e *env) doAt(base, token, query string, vars map[string]any) *result {
	e.t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, _ := http.NewRequest(http.MethodPost, base+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		e.t.Fatal(err)
	}
	defer resp.Body.Close()
	var r result
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
		e.t.Fatalf("decoding response (%d): %v", resp.StatusCode, err)
	}
	r.Status = resp.StatusCode
	return &r
}

const loginMutation = `mutation($e:String!,$p:String!){ login(email:$e,password:$p){ accessToken refreshToken user{ id email name } } }`

type session struct {
	Access, Refresh string
}

func (e *env) login(email string) session {
	e.t.Helper()
	var d struct {
		Login struct{ AccessToken, RefreshToken string }
	}
	e.do("", loginMutation, map[string]any{"e": email, "p": demo.Password}).decode(e.t, &d)
	return session{d.Login.AccessToken, d.Login.RefreshToken}
}

// wsClient speaks graphql-transport-ws.
type wsClient struct {
	t    *testing.T
	conn *websocket.Conn
}

func (e *env) dialWS(base string, payload map[string]any) (*wsClient, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	u := "ws" + strings.TrimPrefix(base, "http") + "/graphql"
	conn, _, err := websocket.Dial(ctx, u, &websocket.DialOptions{Subprotocols: []string{"graphql-transport-ws"}})
	if err != nil {
		return nil, err
	}
	c := &wsClient{t: e.t, conn: conn}
	e.t.Cleanup(func() { conn.Close(websocket.StatusNormalClosure, "") })
	if err := c.send(map[string]any{"type": "connection_init", "payload": payload}); err != nil {
		return nil, err
	}
	msg, err := c.read(10 * time.Second)
	if err != nil {
		return nil, err
	}
	if msg["type"] != "connection_ack" {
		return nil, &unexpected{msg}
	}
	return c, nil
}

type unexpected struct{ msg map[string]any }

func (u *unexpected) Error() string {
	b, _ := json.Marshal(u.msg)
	return "unexpected message " + string(b)
}

func (c *wsClient) send(v any) error {
	b, _ := json.Marshal(v)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	return c.conn.Write(ctx, websocket.MessageText, b)
}

func (c *wsClient) read(timeout time.Duration) (map[string]any, error) {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	for {
		_, b, err := c.conn.Read(ctx)
		if err != nil {
			return nil, err
		}
		var m map[string]any
		if err := json.Unmarshal(b, &m); err != nil {
			return nil, err
		}
		if m["type"] == "ping" {
			_ = c.send(map[string]any{"type": "pong"})
			continue
		}
		if m["type"] == "pong" || m["type"] == "ka" {
			continue
		}
		return m, nil
	}
}

func (c *wsClient) subscribe(id, query string, vars map[string]any) {
	c.t.Helper()
	if err := c.send(map[string]any{"id": id, "type": "subscribe", "payload": map[string]any{"query": query, "variables": vars}}); err != nil {
		c.t.Fatal(err)
	}
}

// next returns the data of the next "next" message.
func (c *wsClient) next(timeout time.Duration) map[string]any {
	c.t.Helper()
	m, err := c.read(timeout)
	if err != nil {
		c.t.Fatalf("waiting for an event: %v", err)
	}
	if m["type"] != "next" {
		c.t.Fatalf("expected next, got %v", m)
	}
	p := m["payload"].(map[string]any)
	if errs, ok := p["errors"]; ok {
		c.t.Fatalf("subscription error: %v", errs)
	}
	return p["data"].(map[string]any)
}

// bunIdent quotes a table name for raw queries.
func bunIdent(s string) bun.Ident { return bun.Ident(s) }

// wsErrorCode is the extensions.code of a subscription's error, whether
// it came as an "error" message or as a "next" carrying errors.
func wsErrorCode(m map[string]any) string {
	var errs []any
	switch m["type"] {
	case "error":
		errs, _ = m["payload"].([]any)
	case "next":
		p, _ := m["payload"].(map[string]any)
		errs, _ = p["errors"].([]any)
	}
	if len(errs) == 0 {
		return ""
	}
	first, _ := errs[0].(map[string]any)
	ext, _ := first["extensions"].(map[string]any)
	code, _ := ext["code"].(string)
	return code
}

func bunIn(v any) any { return bun.In(v) }

func jsonUnmarshal(b []byte, v any) error { return json.Unmarshal(b, v) }

// waitSubscribers waits until the replica at base has at least n live
// subscriptions (its /metrics gauge), so a change made next cannot race
// the subscription's registration.
func (e *env) waitSubscribers(base string, n int) {
	e.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		resp, err := http.Get(base + "/metrics")
		if err == nil {
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			for _, line := range strings.Split(string(b), "\n") {
				if v, ok := strings.CutPrefix(line, "postprod_subscribers "); ok {
					if f, err := strconv.ParseFloat(v, 64); err == nil && int(f) >= n {
						return
					}
				}
			}
		}
		time.Sleep(20 * time.Millisecond)
	}
	e.t.Fatalf("no %d subscriber(s) registered at %s", n, base)
}

func calendarAdd(d dates.Date, n int) string { return calendar.AddWorkingDays(d, n).String() }
