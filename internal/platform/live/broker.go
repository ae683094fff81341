package live

import (
	"context"
	"errors"
	"log/slog"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/google/uuid"
	"github.com/jackc/pgx/v5"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
)

// Filter narrows a subscription inside one organisation.
type Filter struct {
	OrganisationID uuid.UUID
	ProductionID   *uuid.UUID
	Kinds          []string // prefixes, e.g. "production." ; empty: all
}

func (f Filter) match(ev *db.Event) bool {
	if ev.OrganisationID != f.OrganisationID {
		return false
	}
	if f.ProductionID != nil && (ev.ProductionID == nil || *ev.ProductionID != *f.ProductionID) {
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

type subscriber struct {
	filter Filter
	c      chan *db.Event
	lagged atomic.Bool // the buffer overflowed: catch up from the table
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
}

func NewBroker(bdb *bun.DB) *Broker {
	return &Broker{DB: bdb, subs: map[*subscriber]struct{}{}}
}

func (b *Broker) publish(ev *db.Event) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for s := range b.subs {
		if !s.filter.match(ev) {
			continue
		}
		select {
		case s.c <- ev:
		default:
			s.lagged.Store(true)
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
// is closed when ctx is done.
func (b *Broker) Stream(ctx context.Context, f Filter, after *int64) (<-chan *db.Event, error) {
	s := &subscriber{filter: f, c: make(chan *db.Event, 64)}
	b.mu.Lock()
	b.subs[s] = struct{}{}
	b.mu.Unlock()

	var backlog []*db.Event
	last := int64(0)
	if after != nil {
		last = *after
		var err error
		if backlog, err = b.since(ctx, f, last); err != nil {
			b.remove(s)
			return nil, err
		}
		// Read after the backlog: a prune committed before the backlog was
		// read is seen here, so no gap can pass unnoticed.
		horizon, err := Horizon(ctx, b.DB)
		if err == nil && last < horizon {
			err = resyncErr()
		}
		if err != nil {
			b.remove(s)
			return nil, err
		}
	}
	out := make(chan *db.Event)
	go func() {
		defer close(out)
		defer b.remove(s)
		send := func(ev *db.Event) bool {
			if ev.ID <= last {
				return true
			}
			select {
			case out <- ev:
				last = ev.ID
				return true
			case <-ctx.Done():
				return false
			}
		}
		for _, ev := range backlog {
			if !send(ev) {
				return
			}
		}
		for {
			select {
			case <-ctx.Done():
				return
			case ev := <-s.c:
				if !send(ev) {
					return
				}
				if s.lagged.Swap(false) {
					missed, err := b.since(ctx, f, last)
					if err != nil {
						slog.Warn("live: catch-up failed", "err", err)
						continue
					}
					for _, m := range missed {
						if !send(m) {
							return
						}
					}
				}
			}
		}
	}()
	return out, nil
}

func (b *Broker) remove(s *subscriber) {
	b.mu.Lock()
	delete(b.subs, s)
	b.mu.Unlock()
}

func (b *Broker) since(ctx context.Context, f Filter, after int64) ([]*db.Event, error) {
	var evs []*db.Event
	err := f.apply(b.DB.NewSelect().Model(&evs)).Where("id > ?", after).Order("id").Limit(1000).Scan(ctx)
	return evs, err
}

// Listener holds this process's one LISTEN connection and feeds the broker.
type Listener struct {
	URL    string
	Broker *Broker
	// Poll is a safety net: events are read at least this often even if a
	// notification is lost while reconnecting.
	Poll time.Duration
	// Signals are the other channels this connection listens to.
	Signals []Signal

	last      int64
	start     int64 // events up to here existed before this process: not news
	delivered map[int64]struct{}
}

// lookback re-reads a window below the highest id seen: ids are assigned at
// insert but become visible at commit, so a smaller id can appear later.
const lookback = 200

// Run listens until ctx ends, reconnecting with backoff.
func (l *Listener) Run(ctx context.Context) {
	if l.Poll == 0 {
		l.Poll = 2 * time.Second
	}
	l.delivered = map[int64]struct{}{}
	if err := l.Broker.DB.NewSelect().Model((*db.Event)(nil)).ColumnExpr("COALESCE(max(id), 0)").Scan(ctx, &l.last); err != nil && ctx.Err() == nil {
		slog.Error("live: reading the last event id", "err", err)
	}
	l.start = l.last
	l.Broker.seen.Store(l.last)
	backoff := 100 * time.Millisecond
	for ctx.Err() == nil {
		err := l.listen(ctx)
		if ctx.Err() != nil {
			return
		}
		slog.Warn("live: listener disconnected, retrying", "err", err, "in", backoff)
		select {
		case <-time.After(backoff):
		case <-ctx.Done():
			return
		}
		backoff = min(backoff*2, 5*time.Second)
	}
}

func (l *Listener) listen(ctx context.Context) error {
	conn, err := pgx.Connect(ctx, l.URL)
	if err != nil {
		return err
	}
	defer conn.Close(context.Background())
	if _, err := conn.Exec(ctx, "LISTEN "+Channel); err != nil {
		return err
	}
	if err := l.listenSignals(ctx, conn); err != nil {
		return err
	}
	for {
		if err := l.dispatch(ctx); err != nil {
			return err
		}
		wctx, cancel := context.WithTimeout(ctx, l.Poll)
		n, err := conn.WaitForNotification(wctx)
		cancel()
		l.route(n)
		if err != nil && !errors.Is(err, context.DeadlineExceeded) {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			if !conn.IsClosed() && errors.Is(wctx.Err(), context.DeadlineExceeded) {
				continue
			}
			return err
		}
	}
}

func (l *Listener) dispatch(ctx context.Context) error {
	floor := max(l.last-lookback, 0)
	var evs []*db.Event
	if err := l.Broker.DB.NewSelect().Model(&evs).Where("id > ?", floor).Order("id").Limit(2000).Scan(ctx); err != nil {
		return err
	}
	for _, ev := range evs {
		if _, seen := l.delivered[ev.ID]; seen || ev.ID <= floor || ev.ID <= l.start {
			continue
		}
		l.delivered[ev.ID] = struct{}{}
		l.last = max(l.last, ev.ID)
		l.Broker.publish(ev)
	}
	l.Broker.seen.Store(l.last)
	for id := range l.delivered {
		if id <= max(l.last-lookback, 0) {
			delete(l.delivered, id)
		}
	}
	return nil
}

// ParseID reads an event id given back by a client.
func ParseID(s string) (int64, error) { return strconv.ParseInt(s, 10, 64) }

// Only passes on the events keep accepts; used where a subscriber may see
// only some of a stream (a holder, their own statements).
func Only(ctx context.Context, in <-chan *db.Event, keep func(*db.Event) bool) <-chan *db.Event {
	out := make(chan *db.Event)
	go func() {
		defer close(out)
		for ev := range in {
			if !keep(ev) {
				continue
			}
			select {
			case out <- ev:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}
