package graph

import (
	"context"
	"sync/atomic"
)

// A database outage is answered UNAVAILABLE with HTTP 503, so that clients
// and load balancers retry instead of treating it as a refusal. The error
// presenter runs before the transport writes the response: it raises a
// flag carried by the request's context, and the HTTP layer turns the
// status into 503 when the flag is up (graph/server's retryable).

type outageKey struct{}

// WatchOutage returns ctx carrying a fresh flag, and a function reporting
// whether an UNAVAILABLE error was presented since.
func WatchOutage(ctx context.Context) (context.Context, func() bool) {
	f := new(atomic.Bool)
	return context.WithValue(ctx, outageKey{}, f), f.Load
}

func noteOutage(ctx context.Context) {
	if f, ok := ctx.Value(outageKey{}).(*atomic.Bool); ok {
		f.Store(true)
	}
}
