package live

import (
	"context"
	"log/slog"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
)

// Filter narrows a subscription inside one organisation.
type Filter struct {
	OrganisationID uuid.UUID
	ProductionID   *uuid.UUID
	Kinds          []string // prefixes, e.g. "production." ; empty: all
	// Keep, when set, passes on only the events it accepts (a holder's own
	// statements, a user's own notifications). It runs under the broker's
	// lock: it must only look at the event.
	Keep func(*db.Event) bool
}

func (f Filter) match(ev *db.Event) bool {
	if ev.OrganisationID != f.OrganisationID {
		return false
	}
	if f.ProductionID != nil && (ev.ProductionID == nil || *ev.ProductionID != *f.ProductionID) {
		return false
	}
	if f.Keep != nil && !f.Keep(ev) {
		return false
	}
	if len(f.Kinds) == 0 {
		return true
	}
	for _, k := range f.Kinds {
		if len(ev.Kind) >= len(k) && ev.Kind[:len(k)] == k {
			return true
		}
	}
	return false
}

func (f Filter) apply(q *bun.SelectQuery) *bun.SelectQuery {
	q = q.Where("organisation_id = ?", f.OrganisationID)
	if f.ProductionID != nil {
		q = q.Where("production_id = ?", *f.ProductionID)
	}
	if len(f.Kinds) > 0 {
		q = q.WhereGroup(" AND ", func(q *bun.SelectQuery) *bun.SelectQuery {
			for _, k := range f.Kinds {
				q = q.WhereOr("kind LIKE ?", k+"%")
			}
			return q
		})
	}
	return q
}

// buffer is how many events wait for a subscriber's websocket before it is
// marked behind and catches up from the outbox: events are rare for one
// subscriber, and each slot costs every idle subscriber.
const buffer = 8

// page bounds one read of the outbox when catching up.
const page = 1000

// A subscriber costs its channel and this struct: no goroutine while it is
// idle. The broker sends to c directly; only a subscriber that resumes
// (after) or falls behind gets a goroutine, for as long as it reads the
// outbox. The fields after c are guarded by Broker.mu.
type subscriber struct {
	ctx    context.Context
	filter Filter
	c      chan *db.Event
	last   int64 // highest id sent to c
	// catchingUp: a goroutine is sending from the outbox; the broker then
	// leaves c alone and only notes that it missed something.
	catchingUp, missed bool
	done               bool // ctx ended and the subscriber left the broker
	// wake, from a Tap, is told of each event put in c and of its close.
	wake func()
}

// sent is called after each event put in c, and after c is closed.
func (s *subscriber) sent() {
	if s.wake != nil {
		s.wake()
	}
}

// Broker fans events out to this process's subscribers. It is fed by the
// Listener; subscribers that fall behind re-read the outbox, so a slow
// websocket never blocks the others and never loses an event.
type Broker struct {
	DB   *bun.DB
	mu   sync.Mutex
	subs map[*subscriber]struct{}
	// seen is the highest event id the listener has handed out (or found
	// already there at start): events up to it reach every subscriber
	// registered before they were dispatched.
	seen atomic.Int64
	// gens counts the events published per organisation (uuid.UUID →
	// *atomic.Int64): what subscribers read for one event may be shared
	// until the next one (dataloaders.Live).
	gens sync.Map
}

func NewBroker(bdb *bun.DB) *Broker {
	return &Broker{DB: bdb, subs: map[*subscriber]struct{}{}}
}

// Generation counts the events published so far for an organisation. It
// moves before the event reaches any subscriber, so a read made for an
// event after its generation was taken is never older than the event.
func (b *Broker) Generation(org uuid.UUID) int64 {
	if g, ok := b.gens.Load(org); ok {
		return g.(*atomic.Int64).Load()
	}
	return 0
}

func (b *Broker) publish(ev *db.Event) {
	g, _ := b.gens.LoadOrStore(ev.OrganisationID, new(atomic.Int64))
	g.(*atomic.Int64).Add(1)
	b.mu.Lock()
	defer b.mu.Unlock()
	for s := range b.subs {
		if !s.filter.match(ev) {
			continue
		}
		if s.catchingUp {
			s.missed = true
			continue
		}
		if ev.ID <= s.last {
			continue
		}
		select {
		case s.c <- ev:
			s.last = ev.ID
			s.sent()
		default:
			// Behind: read the outbox from its last event on, off the lock.
			s.catchingUp, s.missed = true, true
			go b.catchUp(s, nil)
		}
	}
}

// Seen is the highest event id this replica has dispatched (for metrics,
// and for tests that must not subscribe while older events are in flight).
func (b *Broker) Seen() int64 { return b.seen.Load() }

// Subscribers counts live subscriptions of this process (for metrics).
func (b *Broker) Subscribers() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return len(b.subs)
}

// Stream delivers the events matching f, in id order, until ctx ends. With
// after, it first replays the stored events after that id; when some of
// those were pruned (after is below the outbox's horizon), it refuses with
// RESYNC instead of replaying a stream with a hole. The returned channel
// is closed when ctx is done. With a Tap in ctx (see Tap), the events go
// to the Tap and the Tap's channel is returned.
func (b *Broker) Stream(ctx context.Context, f Filter, after *int64) (<-chan *db.Event, error) {
	s := &subscriber{ctx: ctx, filter: f, c: make(chan *db.Event, buffer)}
	tap := take(ctx)
	if tap != nil {
		s.wake = tap.wake
	}
	if after != nil {
		// Registered before the backlog is read, catching up: what is
		// published meanwhile is read from the outbox after the backlog.
		s.last, s.catchingUp = *after, true
	}
	b.mu.Lock()
	b.subs[s] = struct{}{}
	b.mu.Unlock()

	var backlog []*db.Event
	if after != nil {
		var err error
		if backlog, err = b.since(ctx, f, *after); err != nil {
			b.remove(s)
			return nil, err
		}
		// Read after the backlog: a prune committed before the backlog was
		// read is seen here, so no gap can pass unnoticed.
		horizon, err := Horizon(ctx, b.DB)
		if err == nil && *after < horizon {
			err = resyncErr()
		}
		if err != nil {
			b.remove(s)
			return nil, err
		}
		go b.catchUp(s, backlog)
	}
	context.AfterFunc(ctx, func() { b.end(s) })
	if tap != nil {
		tap.events, tap.exec = s.c, make(chan *db.Event, 1)
		tap.ok.Store(true)
		return tap.exec, nil
	}
	return s.c, nil
}

// catchUp sends evs, then what the outbox holds after the subscriber's last
// event, until nothing was missed meanwhile; then the broker sends to the
// subscriber again. It closes the channel if the subscriber ended meanwhile.
func (b *Broker) catchUp(s *subscriber, evs []*db.Event) {
	full := len(evs) >= page
	for {
		for _, ev := range evs {
			if ev.ID <= s.last || (s.filter.Keep != nil && !s.filter.Keep(ev)) {
				continue
			}
			select {
			case s.c <- ev:
				s.last = ev.ID
				s.sent()
			case <-s.ctx.Done():
				b.caughtUp(s)
				return
			}
		}
		b.mu.Lock()
		if !s.missed && !full {
			b.caughtUpLocked(s)
			b.mu.Unlock()
			return
		}
		s.missed = false
		b.mu.Unlock()
		var err error
		for evs, err = b.since(s.ctx, s.filter, s.last); err != nil; evs, err = b.since(s.ctx, s.filter, s.last) {
			if s.ctx.Err() == nil {
				slog.Warn("live: catch-up failed, retrying", "err", err)
			}
			select {
			case <-time.After(time.Second):
			case <-s.ctx.Done():
				b.caughtUp(s)
				return
			}
		}
		full = len(evs) >= page
	}
}

// caughtUp hands the subscriber back to the broker, in the same critical
// section as the check that nothing was missed; the channel is closed here
// when the subscriber ended while it caught up.
func (b *Broker) caughtUp(s *subscriber) {
	b.mu.Lock()
	b.caughtUpLocked(s)
	b.mu.Unlock()
}

func (b *Broker) caughtUpLocked(s *subscriber) {
	s.catchingUp = false
	if s.done {
		close(s.c)
		s.sent()
	}
}

// end takes an ended subscriber out; its channel is closed here unless a
// catch-up is sending to it (which then closes it).
func (b *Broker) end(s *subscriber) {
	b.mu.Lock()
	defer b.mu.Unlock()
	delete(b.subs, s)
	s.done = true
	if !s.catchingUp {
		close(s.c)
		s.sent()
	}
}

func (b *Broker) remove(s *subscriber) {
	b.mu.Lock()
	delete(b.subs, s)
	b.mu.Unlock()
}

func (b *Broker) since(ctx context.Context, f Filter, after int64) ([]*db.Event, error) {
	var evs []*db.Event
	err := f.apply(b.DB.NewSelect().Model(&evs)).Where("id > ?", after).Order("id").Limit(page).Scan(ctx)
	return evs, err
}

// ParseID reads an event id given back by a client.
func ParseID(s string) (int64, error) { return strconv.ParseInt(s, 10, 64) }
