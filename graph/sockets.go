package graph

import (
	"context"
	"log/slog"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"github.com/99designs/gqlgen/graphql/handler/transport"

	"github.com/postprod/postprod/graph/wstransport"
	"github.com/postprod/postprod/internal/auth"
)

// CloseForbidden is the websocket close code of a connection refused at
// connection_init or whose access was withdrawn afterwards.
const CloseForbidden = 4403

// CloseTryAgainLater (1013, RFC 6455's "try again later") closes a
// connection whose credentials could not be checked because the database is
// out of reach: the client keeps its session and reconnects.
const CloseTryAgainLater = 1013

// Sockets is this replica's register of authenticated websockets, so that
// a withdrawn access (auth.Revocation, announced to every replica) closes
// the connections it reaches with 4403 at once, instead of when their
// token expires.
type Sockets struct {
	mu    sync.Mutex
	conns map[*socket]struct{}
}

type socket struct {
	p      *auth.Principal
	conn   *revocableConn // gqlgen's transport only, through Wrap
	cancel context.CancelCauseFunc
}

// errWithdrawn ends a connection whose access was withdrawn: our transport
// closes a connection with the code of its context's cause.
var errWithdrawn = &wstransport.CloseError{Code: CloseForbidden, Reason: "forbidden"}

func NewSockets() *Sockets { return &Sockets{conns: map[*socket]struct{}{}} }

// Len is the number of authenticated websockets of this replica.
func (s *Sockets) Len() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.conns)
}

// Revoke closes, with 4403, this replica's connections that r reaches.
func (s *Sockets) Revoke(r auth.Revocation) int {
	return s.closeWhere(func(p *auth.Principal) bool { return r.Reaches(p) })
}

// Recheck closes the connections whose caller valid no longer accepts:
// the safety net for revocations announced while this replica was not
// listening.
func (s *Sockets) Recheck(ctx context.Context, valid func(context.Context, *auth.Principal) (bool, error)) {
	seen := map[*auth.Principal]bool{}
	for _, sk := range s.snapshot() {
		if _, done := seen[sk.p]; done {
			continue
		}
		ok, err := valid(ctx, sk.p)
		if err != nil {
			slog.WarnContext(ctx, "sockets: re-checking a connection", "err", err)
			ok = true // keep it: the next resync checks again
		}
		seen[sk.p] = ok
	}
	s.closeWhere(func(p *auth.Principal) bool { ok, checked := seen[p]; return checked && !ok })
}

func (s *Sockets) snapshot() []*socket {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]*socket, 0, len(s.conns))
	for sk := range s.conns {
		out = append(out, sk)
	}
	return out
}

func (s *Sockets) closeWhere(match func(*auth.Principal) bool) int {
	s.mu.Lock()
	var hit []*socket
	for sk := range s.conns {
		if match(sk.p) {
			hit = append(hit, sk)
			delete(s.conns, sk)
		}
	}
	s.mu.Unlock()
	for _, sk := range hit {
		if sk.conn != nil {
			sk.conn.forbidden.Store(true)
		}
		sk.cancel(errWithdrawn) // a connection whose context ends is closed
	}
	return len(hit)
}

// register adds an authenticated connection; it leaves the register when
// the returned context ends (the connection closed, or Revoke).
func (s *Sockets) register(ctx context.Context, p *auth.Principal) context.Context {
	ctx, cancel := context.WithCancelCause(ctx)
	sk := &socket{p: p, cancel: cancel}
	if slot, ok := ctx.Value(slotKey{}).(*slot); ok {
		sk.conn = slot.conn.Load()
	}
	s.mu.Lock()
	s.conns[sk] = struct{}{}
	s.mu.Unlock()
	context.AfterFunc(ctx, func() {
		s.mu.Lock()
		delete(s.conns, sk)
		s.mu.Unlock()
	})
	return ctx
}

// Wrap prepares websocket upgrade requests so that their connection can be
// closed with 4403 later. Our transport reads the code from the context's
// cause; gqlgen's (the graphql-ws protocol) closes a connection whose
// context ends with 1000, so its connection is wrapped (revocableImpl) and
// reached through this slot in the request's context.
func (s *Sockets) Wrap(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Upgrade") != "" {
			r = r.WithContext(context.WithValue(r.Context(), slotKey{}, new(slot)))
		}
		next.ServeHTTP(w, r)
	})
}

type slotKey struct{}

type slot struct{ conn atomic.Pointer[revocableConn] }

// revocableImpl accepts websockets through inner and wraps each connection.
type revocableImpl struct {
	inner transport.WebsocketImplementation
}

func (i revocableImpl) Accept(w http.ResponseWriter, r *http.Request, o transport.WebsocketAcceptOptions) (transport.WebsocketConn, error) {
	c, err := i.inner.Accept(w, r, o)
	if err != nil {
		return nil, err
	}
	rc := &revocableConn{WebsocketConn: c}
	if sl, ok := r.Context().Value(slotKey{}).(*slot); ok {
		sl.conn.Store(rc)
	}
	return rc, nil
}

// revocableConn closes with 4403 instead of gqlgen's 1000 once its access
// was withdrawn.
type revocableConn struct {
	transport.WebsocketConn
	forbidden atomic.Bool
}

func (c *revocableConn) WriteClose(code int, msg string) error {
	if c.forbidden.Load() {
		code, msg = CloseForbidden, "forbidden"
	}
	return c.WebsocketConn.WriteClose(code, msg)
}

// The optional abilities gqlgen looks for are passed through.

func (c *revocableConn) SetReadLimit(n int64) {
	if l, ok := c.WebsocketConn.(transport.WebsocketReadLimiter); ok {
		l.SetReadLimit(n)
	}
}

func (c *revocableConn) SetReadDeadline(t time.Time) error {
	if d, ok := c.WebsocketConn.(transport.WebsocketReadDeadliner); ok {
		return d.SetReadDeadline(t)
	}
	return nil
}
