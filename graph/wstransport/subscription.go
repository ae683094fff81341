package wstransport

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"log/slog"
	"sync/atomic"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/postprod/postprod/internal/platform/live"
)

// subscription is one operation of a connection. A live one (its resolver
// streamed from the broker through its Tap) has no goroutine while idle:
// each wake counts one event ready, and the first wake of a quiet
// subscription queues run on the transport's workers.
type subscription struct {
	c       *conn
	id      string
	ctx     context.Context
	cancel  context.CancelFunc
	respond graphql.ResponseHandler
	tap     *live.Tap
	// share identifies the results this subscription may share (same
	// document, variables and Share key); empty: not shared.
	share   string
	pending atomic.Int32 // events announced and not yet sent, +1 while starting
	stopped atomic.Bool  // the client completed it
	run     func()
}

func newSubscription(c *conn, id string) *subscription {
	s := &subscription{c: c, id: id}
	s.ctx, s.cancel = context.WithCancel(c.ctx)
	s.run = s.drain
	return s
}

// start prepares and dispatches the operation (on a goroutine of its own,
// which returns once a live subscription is waiting).
func (c *conn) start(s *subscription, payload json.RawMessage, read graphql.TraceTiming) {
	defer s.recover()
	ctx := graphql.StartOperationTrace(s.ctx)
	params := &graphql.RawParams{ReadTime: read}
	dec := json.NewDecoder(bytes.NewReader(payload))
	dec.UseNumber()
	if err := dec.Decode(params); err != nil {
		c.sendErrors(s, gqlerror.List{{Message: "invalid json"}})
		c.forget(s)
		return
	}
	oc, errs := c.exec.CreateOperationContext(ctx, params)
	if errs != nil {
		resp := c.exec.DispatchError(graphql.WithOperationContext(ctx, oc), errs)
		if errcode.GetErrorKind(errs) == errcode.KindProtocol {
			c.sendErrors(s, resp.Errors)
			c.forget(s)
			return
		}
		c.sendNext(s, resp)
		c.end(s)
		return
	}
	ctx = graphql.WithOperationContext(ctx, oc)
	if oc.Operation.Operation == ast.Subscription {
		s.tap = live.NewTap(s.wake)
		ctx = live.WithTap(ctx, s.tap)
		if c.t.Share != nil {
			if key, ok := c.t.Share(ctx, oc); ok {
				s.share = shareKey(key, oc)
			}
		}
	}
	s.pending.Store(1) // wakes wait until the handler is set
	respond, ctx := c.exec.DispatchOperation(ctx, oc)
	s.respond, s.ctx = respond, ctx
	if s.tap == nil || !s.tap.Claimed() {
		// A query, a mutation, an error, or a stream not from the broker:
		// answered on this goroutine, which waits for each response.
		for resp := respond(ctx); resp != nil; resp = respond(ctx) {
			c.sendNext(s, resp)
		}
		c.end(s)
		return
	}
	if s.pending.Add(-1) > 0 {
		s.drain()
	}
}

// wake announces one event (or the end) ready on the tap.
func (s *subscription) wake() {
	if s.pending.Add(1) == 1 {
		s.c.t.workers.submit(s.run)
	}
}

// drain sends the events announced, then returns: the next wake queues it
// again.
func (s *subscription) drain() {
	defer s.recover()
	for {
		s.step()
		if s.pending.Add(-1) == 0 {
			return
		}
	}
}

// step sends the next event, or ends the subscription when the stream is
// closed.
func (s *subscription) step() {
	ev, ok := <-s.tap.Events() // ready: a wake follows each send and the close
	if !ok {
		s.c.end(s)
		return
	}
	if s.ctx.Err() != nil {
		return // ending: the close follows
	}
	payload := s.c.t.results.get(s.share, ev.ID, func() ([]byte, bool) {
		s.tap.Feed(ev)
		resp := s.respond(s.ctx)
		if resp == nil {
			return nil, false
		}
		b, err := json.Marshal(resp)
		if err != nil {
			slog.ErrorContext(s.ctx, "websocket: encoding a response", "err", err)
			return nil, false
		}
		// Shared only if resolved whole: not cut short by this caller's end.
		return b, s.ctx.Err() == nil
	})
	if payload != nil {
		s.send(payload)
	}
}

func (s *subscription) send(payload []byte) {
	buf := framePool.Get().(*[]byte)
	*buf = appendMessage((*buf)[:0], s.id, "next", payload)
	_ = s.c.write(*buf)
	if cap(*buf) <= 64<<10 {
		framePool.Put(buf)
	}
}

func (c *conn) sendNext(s *subscription, resp *graphql.Response) {
	b, err := json.Marshal(resp)
	if err != nil {
		slog.ErrorContext(s.ctx, "websocket: encoding a response", "err", err)
		return
	}
	s.send(b)
}

func (c *conn) sendErrors(s *subscription, errs gqlerror.List) {
	b, _ := json.Marshal(errs)
	_ = c.write(appendMessage(nil, s.id, "error", b))
}

// forget ends a subscription that was answered with "error" (no complete).
func (c *conn) forget(s *subscription) {
	s.stopped.Store(true)
	c.end(s)
}

// recover turns a panic while resolving into an error for that
// subscription, which then ends.
func (s *subscription) recover() {
	r := recover()
	if r == nil {
		return
	}
	slog.ErrorContext(s.ctx, "panic in a websocket subscription", "panic", r)
	s.c.sendErrors(s, gqlerror.List{{Message: "internal panic"}})
	s.c.forget(s)
}

// shareKey is the key of the results of one document with its variables
// under the caller's Share key.
func shareKey(key string, oc *graphql.OperationContext) string {
	vars, _ := json.Marshal(oc.Variables) // map keys are sorted
	h := sha256.New()
	for _, part := range []string{key, oc.RawQuery, oc.OperationName, string(vars)} {
		h.Write([]byte(part))
		h.Write([]byte{0})
	}
	return string(h.Sum(nil))
}
