package server_test

// The client side of the API tests: GraphQL over HTTP (do, call, id,
// login) and graphql-transport-ws over websockets (dialWS, subscribe, next).

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"

	"github.com/postprod/postprod/internal/demo"
)

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
	r, _ := e.postAt(base, token, "", request(query, vars))
	return r
}

// request is the JSON body of a GraphQL request.
func request(query string, vars map[string]any) []byte {
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	return body
}

const loginMutation = `mutation($e:String!,$p:String!){ login(email:$e,password:$p){ accessToken refreshToken user{ id email name } } }`

type session struct {
	Access, Refresh string
}

// login logs in a demo user or a member built by newOrg: they share the
// password demo.Password.
func (e *env) login(email string) session {
	e.t.Helper()
	var d struct {
		Login struct{ AccessToken, RefreshToken string }
	}
	e.do("", loginMutation, map[string]any{"e": email, "p": demo.Password}).decode(e.t, &d)
	return session{d.Login.AccessToken, d.Login.RefreshToken}
}

// call runs a query that must succeed and decodes its data into out.
func (e *env) call(token, query string, vars map[string]any, out any) {
	e.t.Helper()
	e.do(token, query, vars).decode(e.t, out)
}

// id runs a mutation returning { id } under its single root field.
func (e *env) id(token, query string, vars map[string]any) string {
	e.t.Helper()
	var d map[string]struct{ ID string }
	e.call(token, query, vars, &d)
	for _, v := range d {
		return v.ID
	}
	e.t.Fatal("no id returned")
	return ""
}

// wsClient speaks graphql-transport-ws.
type wsClient struct {
	t    *testing.T
	conn *websocket.Conn
}

func (e *env) dialWS(base string, payload map[string]any) (*wsClient, error) {
	// What was written before this connection is not news to it.
	e.settle(base)
	return e.connectWS(base, payload)
}

// connectWS is dialWS without waiting for the replica to dispatch what was
// written before (for when the database is out of reach).
func (e *env) connectWS(base string, payload map[string]any) (*wsClient, error) {
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

// postAt sends a raw body to the replica at base, as token (none: anonymous)
// in lang, and returns the decoded answer with its HTTP status and headers.
func (e *env) postAt(base, token, lang string, body []byte) (*result, http.Header) {
	e.t.Helper()
	req, _ := http.NewRequest(http.MethodPost, base+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if lang != "" {
		req.Header.Set("Accept-Language", lang)
	}
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
	return &r, resp.Header
}
