package wstransport

import (
	"sync"
	"time"
)

// results holds, for a short while, the payload resolved for an event under
// a share key, so that the subscriptions of that key resolve each event
// once: the first to come resolves it, the others wait for its bytes.
// A payload is kept only if its resolution was not cut short.
type results struct {
	mu    sync.Mutex
	m     map[resultKey]*result
	swept time.Time
}

type resultKey struct {
	share string
	event int64
}

type result struct {
	done    chan struct{}
	payload []byte
	at      time.Time // when resolved; guarded by results.mu
}

// resultTTL is how long a resolved payload serves late subscribers of the
// same event (one catching up from the outbox); after that they resolve
// the event again, which is never older than the event.
const resultTTL = 30 * time.Second

func newResults() *results { return &results{m: map[resultKey]*result{}} }

// get returns the payload of event under share, resolving it with resolve
// if no other subscription did; ok from resolve says it may be shared.
func (r *results) get(share string, event int64, resolve func() ([]byte, bool)) []byte {
	if share == "" {
		b, _ := resolve()
		return b
	}
	k := resultKey{share, event}
	for {
		r.mu.Lock()
		e := r.m[k]
		if e == nil {
			break // with the lock: this caller resolves
		}
		r.mu.Unlock()
		<-e.done
		if e.payload != nil {
			return e.payload
		}
		// Its resolver could not share: take over (the entry is gone).
	}
	e := &result{done: make(chan struct{})}
	r.m[k] = e
	r.sweepLocked(time.Now())
	r.mu.Unlock()

	var b []byte
	shared := false
	defer func() {
		r.mu.Lock()
		if shared {
			e.payload, e.at = b, time.Now()
		} else {
			delete(r.m, k)
		}
		r.mu.Unlock()
		close(e.done)
	}()
	b, shared = resolve()
	shared = shared && b != nil
	return b
}

func (r *results) sweepLocked(now time.Time) {
	if now.Sub(r.swept) < time.Second {
		return
	}
	r.swept = now
	for k, e := range r.m {
		if !e.at.IsZero() && now.Sub(e.at) > resultTTL {
			delete(r.m, k)
		}
	}
}
