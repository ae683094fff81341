// Package wave tells a request's dataloaders when to read: as soon as no
// field of the request that could still ask a key is running, every batch
// its fields wait for is read, at once, without a timer.
//
// A Wave counts the request's outstanding work: the fields that will start
// (announced by Expect before they exist, so that a goroutine that has not
// yet been scheduled is already counted) plus the fields running and not
// waiting on a loader. A field that finishes announces the fields its
// value will run (graph/waves.go counts them from the value and the
// selection), and a field that waits on a batch stops counting until the
// batch is read. When the count falls to zero and no batch of the wave is
// being read (its waiters, once woken, could still add keys), nothing can
// add a key to a queued batch any more: the queued batches are dispatched,
// each with every key of its wave, one statement per loader and level
// whatever the number of rows.
//
// If a count is ever wrong (a field announced that never starts: its
// arguments did not parse, its parent panicked), a fallback timer
// dispatches the queue once the wave has made no progress for Fallback
// while reading no batch, so a request is late, never stuck; Fallbacks
// counts those. A wave that is merely slow (a loaded machine, a slow
// statement) keeps moving or reading and is not cut short; only a resolver
// that runs its own statement for longer than Fallback while batches wait
// can have them read before it adds its keys.
package wave

import (
	"context"
	"sync"
	"sync/atomic"
	"time"
)

// Fallback is how long a wave with queued batches may stay still (no field
// ending, none starting to wait, no batch being read) before they are
// dispatched anyway. Long: on a saturated machine (the race detector,
// dozens of requests on two cores) a request's goroutines can all stand
// still for a tenth of a second, and a dispatch then splits batches.
const Fallback = time.Second

var fallbacks atomic.Int64

// Fallbacks is the number of dispatches made by the fallback timer since
// the process started: zero unless a count went wrong.
func Fallbacks() int64 { return fallbacks.Load() }

// Batch is a loader's batch waiting for its wave. Claim takes it from its
// loader for reading (false if it was already taken, e.g. full); Read
// reads it and ends with Finished.
type Batch interface {
	Claim() bool
	Read()
}

// Wave is one operation's count of outstanding work and its queue of
// batches.
type Wave struct {
	busy     atomic.Int64
	inflight atomic.Int64 // batches being read
	moves    atomic.Int64 // changes of busy, for the fallback
	mu       sync.Mutex
	queued   []Batch
	timer    *time.Timer // the fallback of the queued batches
	gen      uint64      // dispatches so far
}

// New starts a wave with n fields announced (a query's root fields).
func New(n int) *Wave {
	w := &Wave{}
	w.busy.Store(int64(n))
	return w
}

// Expect announces n fields that will start.
func (w *Wave) Expect(n int) { w.busy.Add(int64(n)) }

// Done ends a field whose value will run children fields.
func (w *Wave) Done(children int) { w.add(int64(children) - 1) }

// Block is called by a field that starts waiting on a batch.
func (w *Wave) Block() { w.add(-1) }

// Launch counts a batch read outside a dispatch (a full one).
func (w *Wave) Launch() { w.inflight.Add(1) }

// Resume is called by a batch once read, for its n waiters, before it
// wakes them (so that none of them is uncounted while the others run);
// Finished after.
func (w *Wave) Resume(n int) { w.busy.Add(int64(n)) }

// Finished ends a batch's read: if nothing runs any more, the next queue
// goes. (Each side changes its own count, then reads the other: one of
// the two last changes sees both at zero.)
func (w *Wave) Finished() {
	w.moves.Add(1)
	if w.inflight.Add(-1) <= 0 && w.busy.Load() <= 0 {
		w.dispatch(false)
	}
}

func (w *Wave) add(d int64) {
	w.moves.Add(1)
	if w.busy.Add(d) <= 0 && w.inflight.Load() <= 0 {
		w.dispatch(false)
	}
}

// Enqueue queues a new batch until the wave's work is all waiting. It is
// called by a running field (the count is above zero), which will either
// wait on the batch or finish, and so bring the count down itself.
func (w *Wave) Enqueue(b Batch) {
	w.mu.Lock()
	w.queued = append(w.queued, b)
	if w.timer == nil {
		gen, moves := w.gen, w.moves.Load()
		w.timer = time.AfterFunc(Fallback, func() { w.fallback(gen, &moves) })
	}
	w.mu.Unlock()
}

// fallback dispatches the queue of generation gen if the wave has not
// moved since the last look and reads no batch, and looks again later
// otherwise.
func (w *Wave) fallback(gen uint64, seen *int64) {
	w.mu.Lock()
	if w.gen != gen || len(w.queued) == 0 || w.timer == nil {
		w.mu.Unlock()
		return
	}
	if now := w.moves.Load(); now != *seen || w.inflight.Load() > 0 {
		*seen = now
		w.timer.Reset(Fallback)
		w.mu.Unlock()
		return
	}
	w.mu.Unlock()
	w.dispatch(true)
}

// dispatch reads every queued batch: all but the last in their own
// goroutine (they run in parallel on the pool), the last in the caller's,
// which is about to wait or has finished.
func (w *Wave) dispatch(late bool) {
	w.mu.Lock()
	q := w.queued
	if len(q) == 0 {
		w.mu.Unlock()
		return
	}
	w.queued = nil
	w.gen++
	if w.timer != nil {
		w.timer.Stop()
		w.timer = nil
	}
	w.mu.Unlock()
	if late {
		fallbacks.Add(1)
	}
	claimed := q[:0]
	for _, b := range q {
		if b.Claim() {
			claimed = append(claimed, b)
		}
	}
	if len(claimed) == 0 {
		return
	}
	w.inflight.Add(int64(len(claimed)))
	for _, b := range claimed[:len(claimed)-1] {
		go b.Read()
	}
	claimed[len(claimed)-1].Read()
}

type ctxKey struct{}

// With installs w for the loaders used under ctx.
func With(ctx context.Context, w *Wave) context.Context {
	return context.WithValue(ctx, ctxKey{}, w)
}

// From is the operation's wave, nil outside one (a subscription's shared
// loaders dispatch on a timer instead).
func From(ctx context.Context) *Wave {
	w, _ := ctx.Value(ctxKey{}).(*Wave)
	return w
}
