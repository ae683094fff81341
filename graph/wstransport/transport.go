// Package wstransport serves GraphQL over websockets with the
// graphql-transport-ws protocol (the graphql-ws library's, which the app
// speaks), built to hold many idle subscribers cheaply and to answer one
// event to all of them quickly:
//
//   - an idle connection costs one goroutine, the one reading it (the HTTP
//     server's, which accepted it); keep-alive pings come from one timer
//     for all connections, the close on a cancelled context from
//     context.AfterFunc, and an idle subscription waits with no goroutine:
//     the live broker wakes it through a live.Tap, and a small pool of
//     workers resolves and sends its events;
//   - subscriptions that provably receive the same bytes for an event (the
//     same document and variables, and the same Share key: see
//     Transport.Share) resolve it once; the others send those bytes.
//
// It implements gqlgen's graphql.Transport over gqlgen's executor, so the
// schema's extensions (limits, persisted queries, complexity, the error
// presenter, AroundOperations) apply as on HTTP.
package wstransport

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/coder/websocket"
)

// Subprotocol is the only protocol this transport speaks.
const Subprotocol = "graphql-transport-ws"

// Close codes of graphql-transport-ws (and RFC 6455's) this transport uses.
const (
	CloseNormal            = 1000
	CloseBadRequest        = 4400 // an invalid message
	CloseUnauthorized      = 4401 // subscribe before connection_ack
	CloseForbidden         = 4403 // refused at connection_init, or access withdrawn
	CloseInitTimeout       = 4408 // no connection_init in time
	CloseSubscriberExists  = 4409 // a subscribe reusing a running id
	CloseTooManyInitialise = 4429 // a second connection_init
	CloseInternal          = 4500
)

// CloseError ends a connection with Code: InitFunc returns it to refuse a
// connection with a given code, and a connection's context cancelled with
// a CloseError as its cause (context.WithCancelCause) closes with it.
type CloseError struct {
	Code   int
	Reason string
	Err    error // what to tell the client at connection_init, if anything
}

func (e *CloseError) Error() string {
	if e.Err != nil {
		return e.Err.Error()
	}
	return e.Reason
}

func (e *CloseError) Unwrap() error { return e.Err }

// InitFunc authenticates a connection from its connection_init payload and
// returns the connection's context. A *CloseError chooses the close code;
// any other error closes with 4403.
type InitFunc func(ctx context.Context, payload transport.InitPayload) (context.Context, error)

// ShareFunc returns the key under which a subscription's results may be
// shared with every other subscription of the same document and variables
// and the same key, or false when they may not. The key must hold
// everything of the caller the results depend on (organisation, role,
// language, own records…).
type ShareFunc func(ctx context.Context, oc *graphql.OperationContext) (key string, ok bool)

// Transport is the graphql-transport-ws transport. Build it with New.
type Transport struct {
	// Accept checks origins (OriginPatterns) and the like; the subprotocol
	// and compression are set by the transport.
	Accept       websocket.AcceptOptions
	Init         InitFunc
	InitTimeout  time.Duration // default 10 s
	PingInterval time.Duration // default 20 s; a connection that leaves two pings unanswered is closed
	ReadLimit    int64         // bytes per message; default 1 MiB
	Share        ShareFunc     // optional

	workers *pool
	pinger  *pinger
	results *results
}

// New starts the transport's shared machinery (workers, the ping timer),
// which lives as long as the process.
func New(t Transport) *Transport {
	if t.InitTimeout == 0 {
		t.InitTimeout = 10 * time.Second
	}
	if t.PingInterval == 0 {
		t.PingInterval = 20 * time.Second
	}
	if t.ReadLimit == 0 {
		t.ReadLimit = 1 << 20
	}
	t.Accept.Subprotocols = []string{Subprotocol}
	t.Accept.CompressionMode = websocket.CompressionDisabled
	t.workers = newPool(workers)
	t.pinger = newPinger(t.PingInterval)
	t.results = newResults()
	return &t
}

// workers resolve and send events; a few more than cores, so that a slow
// socket does not hold everyone back while its write times out.
const workers = 16

// writeTimeout bounds one message's write: a peer that reads nothing for
// that long is dropped.
const writeTimeout = 10 * time.Second

var _ graphql.Transport = (*Transport)(nil)

// Supports the upgrade requests that offer graphql-transport-ws; others
// (the older graphql-ws protocol) are left to the next transport.
func (t *Transport) Supports(r *http.Request) bool {
	if r.Header.Get("Upgrade") == "" {
		return false
	}
	for _, h := range r.Header.Values("Sec-WebSocket-Protocol") {
		for p := range strings.SplitSeq(h, ",") {
			if strings.TrimSpace(p) == Subprotocol {
				return true
			}
		}
	}
	return false
}

// Do accepts the connection and returns: a goroutine of its own reads it
// from then on. The HTTP server's goroutine would keep its deep stack and
// its request buffers for as long as the connection lives; a fresh one
// holds only what reading needs (its stack shrinks to a few kB).
func (t *Transport) Do(w http.ResponseWriter, r *http.Request, exec graphql.GraphExecutor) {
	sb := &smallBuffers{ResponseWriter: w}
	ws, err := websocket.Accept(sb, r, &t.Accept)
	if err != nil {
		return // Accept answered the request
	}
	if ws.Subprotocol() != Subprotocol {
		_ = ws.Close(websocket.StatusProtocolError, "graphql-transport-ws only")
		return
	}
	ws.SetReadLimit(t.ReadLimit)
	c := newConn(t, ws, r, exec)
	if sb.idle.conn != nil {
		c.idleWait = sb.idle.wait
	}
	go c.serve()
}

// closeCause is the close code and reason for a connection whose context
// ended.
func closeCause(ctx context.Context) (int, string) {
	var ce *CloseError
	if errors.As(context.Cause(ctx), &ce) {
		return ce.Code, ce.Reason
	}
	return CloseNormal, "terminated"
}
