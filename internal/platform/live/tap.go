package live

import (
	"context"
	"sync/atomic"

	"github.com/postprod/postprod/db"
)

// A Tap lets a websocket transport read a stream without a goroutine
// waiting on its channel: Stream, finding a Tap in its context, calls Wake
// after each event it puts in the stream (and after closing it), and
// returns the Tap's own channel, which the transport fills one event at a
// time when it wants the GraphQL executor to resolve that event. The
// transport reads the events first (Events), so it can answer an event
// whose result it already has without resolving it again.
//
// A resolver that reads the stream itself instead of returning its channel
// (notificationEvents) must pass WithoutTap(ctx) to Stream.
type Tap struct {
	wake  func()
	taken atomic.Bool // a Stream took it (at most one per Tap)
	ok    atomic.Bool // that Stream succeeded: events and exec are set
	// events is the broker's channel of the subscriber; exec is what the
	// resolver returned to the executor.
	events <-chan *db.Event
	exec   chan *db.Event
}

// NewTap returns a Tap whose wake is called once per event put in the
// stream and once when the stream closes. wake runs under the broker's
// lock: it must only schedule work.
func NewTap(wake func()) *Tap { return &Tap{wake: wake} }

type tapKey struct{}

// WithTap hands t to the next Stream called with the returned context.
func WithTap(ctx context.Context, t *Tap) context.Context {
	return context.WithValue(ctx, tapKey{}, t)
}

// WithoutTap hides a Tap from Stream: its channel is then read as usual.
func WithoutTap(ctx context.Context) context.Context {
	if _, ok := ctx.Value(tapKey{}).(*Tap); !ok {
		return ctx
	}
	return context.WithValue(ctx, tapKey{}, (*Tap)(nil))
}

// Claimed reports whether a Stream took the Tap and succeeded: only then
// do Events, Feed and the wake calls mean anything.
func (t *Tap) Claimed() bool { return t.ok.Load() }

// Events is the stream as the broker fills it; each wake announces one
// event (or the close) ready on it.
func (t *Tap) Events() <-chan *db.Event { return t.events }

// Feed passes ev to the channel the resolver returned, for the executor's
// next response. The transport calls it once before each response it
// asks for, never twice in a row.
func (t *Tap) Feed(ev *db.Event) { t.exec <- ev }

// take returns the context's Tap if no Stream has taken it yet.
func take(ctx context.Context) *Tap {
	t, _ := ctx.Value(tapKey{}).(*Tap)
	if t == nil || !t.taken.CompareAndSwap(false, true) {
		return nil
	}
	return t
}
