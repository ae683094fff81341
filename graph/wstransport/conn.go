package wstransport

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/coder/websocket"
)

// conn is one websocket. Its only goroutine is the one reading it (serve);
// what it sends is written by whoever produced it (the reader, a worker,
// the ping timer), coder/websocket serialising the writes.
type conn struct {
	t        *Transport
	ws       *websocket.Conn
	exec     graphql.GraphExecutor
	idleWait func() // returns when there is something to read
	// base is the request's context, cancelled when serve returns; ctx is
	// the connection's once connection_init is accepted (acked).
	base       context.Context
	ctx        context.Context
	initDone   bool // a connection_init was received (reader only)
	acked      atomic.Bool
	closing    atomic.Bool
	unanswered atomic.Int32 // pings sent since the last pong
	mu         sync.Mutex
	subs       map[string]*subscription
}

func newConn(t *Transport, ws *websocket.Conn, r *http.Request, exec graphql.GraphExecutor) *conn {
	// The request's context ends when its handler returns: keep its values
	// (the caller authenticated by header, …), not its end.
	return &conn{t: t, ws: ws, exec: exec, base: context.WithoutCancel(r.Context())}
}

// message is a graphql-transport-ws message from the client.
type message struct {
	ID      string          `json:"id"`
	Type    string          `json:"type"`
	Payload json.RawMessage `json:"payload"`
}

func (c *conn) serve() {
	base, cancel := context.WithCancelCause(c.base)
	c.base = base
	initTimer := time.AfterFunc(c.t.InitTimeout, func() {
		if !c.acked.Load() {
			c.close(CloseInitTimeout, "Connection initialisation timeout")
		}
	})
	defer func() {
		initTimer.Stop()
		c.t.pinger.remove(c)
		cancel(nil) // ends the connection's context and its subscriptions
		if c.closing.CompareAndSwap(false, true) {
			_ = c.ws.CloseNow()
		}
	}()
	for {
		if c.idleWait != nil {
			c.idleWait()
		}
		_, data, err := c.ws.Read(context.Background())
		if err != nil {
			return
		}
		start := graphql.Now()
		if !c.handle(data, start) {
			return
		}
	}
}

// handle answers one message; false ends the connection.
func (c *conn) handle(data []byte, start time.Time) bool {
	var m message
	if err := json.Unmarshal(data, &m); err != nil {
		c.close(CloseBadRequest, "Invalid message received")
		return false
	}
	switch m.Type {
	case "connection_init":
		if c.initDone {
			c.close(CloseTooManyInitialise, "Too many initialisation requests")
			return false
		}
		c.initDone = true
		// Authentication reads the database: on a goroutine of its own, so
		// that this one's stack stays small for the connection's life.
		done := make(chan bool)
		go func() { done <- c.init(m.Payload) }()
		return <-done
	case "ping":
		return c.write(appendMessage(nil, "", "pong", m.Payload)) == nil
	case "pong":
		c.unanswered.Store(0)
		return true
	case "subscribe":
		if !c.acked.Load() {
			c.close(CloseUnauthorized, "Unauthorized")
			return false
		}
		if m.ID == "" || len(m.Payload) == 0 {
			c.close(CloseBadRequest, "Invalid message received")
			return false
		}
		s, ok := c.add(m.ID)
		if !ok {
			c.close(CloseSubscriberExists, "Subscriber for "+m.ID+" already exists")
			return false
		}
		go c.start(s, m.Payload, graphql.TraceTiming{Start: start, End: graphql.Now()})
		return true
	case "complete":
		c.stop(m.ID)
		return true
	default:
		c.close(CloseBadRequest, "Invalid message received")
		return false
	}
}

// init authenticates the connection; from then on it is pinged, and closed
// when its context ends (with the code its cause carries).
func (c *conn) init(raw json.RawMessage) bool {
	payload := transport.InitPayload{}
	if len(raw) > 0 && !bytes.Equal(raw, []byte("null")) {
		if err := json.Unmarshal(raw, &payload); err != nil {
			c.close(CloseBadRequest, "Invalid message received")
			return false
		}
	}
	ctx := c.base
	if c.t.Init != nil {
		var err error
		if ctx, err = c.t.Init(c.base, payload); err != nil {
			code, reason := CloseForbidden, "Forbidden"
			var ce *CloseError
			if errors.As(err, &ce) {
				code, reason = ce.Code, ce.Reason
			}
			c.close(code, reason)
			return false
		}
	}
	c.ctx = ctx
	if c.write(appendMessage(nil, "", "connection_ack", nil)) != nil {
		return false
	}
	c.acked.Store(true)
	c.t.pinger.add(c)
	context.AfterFunc(ctx, func() { c.close(closeCause(ctx)) })
	return true
}

// add registers a subscription under id, unless one runs under it.
func (c *conn) add(id string) (*subscription, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, dup := c.subs[id]; dup {
		return nil, false
	}
	if c.subs == nil {
		c.subs = map[string]*subscription{}
	}
	s := newSubscription(c, id)
	c.subs[id] = s
	return s, true
}

// stop ends a subscription the client completed; its id is free at once.
func (c *conn) stop(id string) {
	c.mu.Lock()
	s := c.subs[id]
	delete(c.subs, id)
	c.mu.Unlock()
	if s != nil {
		s.stopped.Store(true)
		s.cancel()
	}
}

// end takes a finished subscription out, telling the client unless it
// asked for the end itself or the connection is going away.
func (c *conn) end(s *subscription) {
	c.mu.Lock()
	if c.subs[s.id] == s {
		delete(c.subs, s.id)
	}
	c.mu.Unlock()
	s.cancel()
	if !s.stopped.Load() && c.ctx.Err() == nil {
		_ = c.write(appendMessage(nil, s.id, "complete", nil))
	}
}

// write sends one message.
func (c *conn) write(p []byte) error {
	ctx, cancel := context.WithTimeout(context.Background(), writeTimeout)
	defer cancel()
	return c.ws.Write(ctx, websocket.MessageText, p)
}

// close starts the closing handshake once; serve's read then ends.
func (c *conn) close(code int, reason string) {
	if !c.closing.CompareAndSwap(false, true) {
		return
	}
	// Close waits for the peer's close frame: not on the caller's goroutine.
	go func() { _ = c.ws.Close(websocket.StatusCode(code), reason) }()
}

// appendMessage appends a server message: {"id":…,"type":…,"payload":…}.
func appendMessage(b []byte, id, typ string, payload json.RawMessage) []byte {
	b = append(b, '{')
	if id != "" {
		b = append(b, `"id":`...)
		b = appendString(b, id)
		b = append(b, ',')
	}
	b = append(b, `"type":"`...)
	b = append(b, typ...)
	b = append(b, '"')
	if len(payload) > 0 {
		b = append(b, `,"payload":`...)
		b = append(b, payload...)
	}
	return append(b, '}')
}

func appendString(b []byte, s string) []byte {
	q, _ := json.Marshal(s)
	return append(b, q...)
}
