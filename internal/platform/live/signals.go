package live

import (
	"context"

	"github.com/jackc/pgx/v5/pgconn"
	"github.com/uptrace/bun"
)

// A Signal is a NOTIFY channel besides the outbox, for messages that are
// not events of the organisation's history (no subscriber replays them):
// "close the live connections of this caller". The replica's one LISTEN
// connection receives them too.
type Signal struct {
	Channel string
	// Handle receives each payload, on the listener's goroutine: keep it short.
	Handle func(payload string)
	// Resync runs after each (re)connection: notifications sent while this
	// replica was not listening are lost, so it re-checks what they would
	// have said.
	Resync func()
	// Lost runs when the connection is lost: until Resync, nothing sent on
	// the channel is heard.
	Lost func()
}

// Notify sends payload on channel from the caller's transaction: PostgreSQL
// delivers it only if that transaction commits.
func Notify(ctx context.Context, idb bun.IDB, channel, payload string) error {
	_, err := idb.ExecContext(ctx, "SELECT pg_notify(?, ?)", channel, payload)
	return err
}

func (l *Listener) listenSignals(ctx context.Context, conn interface {
	Exec(context.Context, string, ...any) (pgconn.CommandTag, error)
}) error {
	for _, s := range l.Signals {
		if _, err := conn.Exec(ctx, "LISTEN "+s.Channel); err != nil {
			return err
		}
	}
	for _, s := range l.Signals {
		if s.Resync != nil {
			s.Resync()
		}
	}
	return nil
}

// lost tells the signals the connection is gone.
func (l *Listener) lost() {
	for _, s := range l.Signals {
		if s.Lost != nil {
			s.Lost()
		}
	}
}

// route hands a notification of a signal's channel to it.
func (l *Listener) route(n *pgconn.Notification) {
	if n == nil || n.Channel == Channel {
		return
	}
	for _, s := range l.Signals {
		if s.Channel == n.Channel && s.Handle != nil {
			s.Handle(n.Payload)
		}
	}
}
