package live

import (
	"context"
	"errors"
	"log/slog"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/postprod/postprod/db"
)

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
		l.lost()
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
