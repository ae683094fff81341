package graph

import (
	"encoding/json"
	"net/http"
	"runtime"
	"time"

	"github.com/postprod/postprod/internal/auth"
	"github.com/postprod/postprod/internal/kernel/apperr"
)

// anonymousGate lets a bounded number of anonymous HTTP requests run at
// once (half the cores by default); the others wait for their turn, then
// are refused with RATE_LIMITED (HTTP 429). Whatever anonymous clients
// send, the other cores stay free for signed-in users. Websocket upgrades
// pass: they are authenticated at connection_init.
type anonymousGate struct {
	next  http.Handler
	slots chan struct{}
	wait  time.Duration
}

func newAnonymousGate(next http.Handler, slots int, wait time.Duration) *anonymousGate {
	if slots <= 0 {
		slots = max(1, runtime.GOMAXPROCS(0)/2)
	}
	return &anonymousGate{next: next, slots: make(chan struct{}, slots), wait: wait}
}

func (g *anonymousGate) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if auth.FromContext(r.Context()) != nil || r.Header.Get("Upgrade") != "" {
		g.next.ServeHTTP(w, r)
		return
	}
	t := time.NewTimer(g.wait)
	defer t.Stop()
	select {
	case g.slots <- struct{}{}:
		defer func() { <-g.slots }()
		g.next.ServeHTTP(w, r)
	case <-t.C:
		refuseBusy(w, r)
	case <-r.Context().Done():
	}
}

func refuseBusy(w http.ResponseWriter, r *http.Request) {
	e := apperr.New(apperr.RateLimited, "", "Serveur occupé : réessayez dans un instant.", "Server busy: try again in a moment.")
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Retry-After", "1")
	w.WriteHeader(http.StatusTooManyRequests)
	_ = json.NewEncoder(w).Encode(map[string]any{"errors": []any{map[string]any{
		"message": e.Message(auth.Lang(r.Context())), "extensions": map[string]any{"code": string(e.Code)},
	}}})
}
