package live

import (
	"context"
	"database/sql"
	"log/slog"
	"time"

	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/kernel/apperr"
)

// PruneLock names the advisory lock (transaction-scoped) that lets one replica
// at a time prune the outbox: the others skip their turn.
const PruneLock = "postprod:events:prune"

// Pruner deletes the outbox's events older than Retention, periodically,
// from one replica at a time. Ids are deleted as a prefix (every id up to
// the newest event older than the retention), and the highest id deleted
// is kept in events_horizon: a subscriber resuming from below it has
// missed events for good and is told so (RESYNC, see Broker.Stream).
type Pruner struct {
	DB        *bun.DB
	Retention time.Duration
	Every     time.Duration // 0: hourly
	Batch     int           // rows per deleting transaction; 0: 10,000
}

// Run prunes shortly after start (a server restarted often still prunes),
// then every Every, until ctx ends.
func (p *Pruner) Run(ctx context.Context) {
	every := p.Every
	if every <= 0 {
		every = time.Hour
	}
	t := time.NewTimer(min(every, time.Minute))
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		n, ran, err := p.Prune(ctx)
		switch {
		case err != nil && ctx.Err() == nil:
			slog.Warn("live: pruning the outbox", "err", err)
		case ran && n > 0:
			slog.Info("live: outbox pruned", "deleted", n, "retention", p.Retention.String())
		}
		t.Reset(every)
	}
}

// Prune deletes the events older than the retention, in batches, and
// returns how many; ran is false when another replica was pruning.
func (p *Pruner) Prune(ctx context.Context) (deleted int64, ran bool, err error) {
	batch := p.Batch
	if batch <= 0 {
		batch = 10000
	}
	cutoff := time.Now().Add(-p.Retention)
	for {
		var n int64
		locked := false
		err := db.InTx(ctx, p.DB, func(tx bun.Tx) error {
			if err := tx.NewRaw("SELECT pg_try_advisory_xact_lock(hashtextextended(?, 0))", PruneLock).Scan(ctx, &locked); err != nil || !locked {
				return err
			}
			// The newest event older than the retention bounds the prefix.
			var through sql.NullInt64
			err := tx.NewRaw("SELECT id FROM events WHERE created_at < ? ORDER BY created_at DESC, id DESC LIMIT 1", cutoff).Scan(ctx, &through)
			if apperr.NoRows(err) || (err == nil && !through.Valid) {
				return nil
			}
			if err != nil {
				return err
			}
			// Raised before (in the same transaction as) the deletion it covers.
			if _, err := tx.ExecContext(ctx, "UPDATE events_horizon SET pruned_through = greatest(pruned_through, ?)", through.Int64); err != nil {
				return err
			}
			res, err := tx.ExecContext(ctx, "DELETE FROM events WHERE id IN (SELECT id FROM events WHERE id <= ? ORDER BY id LIMIT ?)", through.Int64, batch)
			if err != nil {
				return err
			}
			n, err = res.RowsAffected()
			return err
		})
		if err != nil || !locked {
			return deleted, ran, err
		}
		ran = true
		deleted += n
		if n < int64(batch) {
			return deleted, true, nil
		}
	}
}

// Horizon is the highest event id pruned so far (0: none).
func Horizon(ctx context.Context, idb bun.IDB) (int64, error) {
	var h int64
	err := idb.NewRaw("SELECT pruned_through FROM events_horizon").Scan(ctx, &h)
	if apperr.NoRows(err) {
		return 0, nil
	}
	return h, err
}

// resyncErr tells a subscriber that the events after its `after` are no
// longer all kept: reload what it shows, then subscribe again without it.
func resyncErr() *apperr.Error {
	return apperr.New(apperr.Resync, "after",
		"Des événements trop anciens ne sont plus conservés : rechargez la page pour repartir de l'état actuel.",
		"Events that old are no longer kept: reload to start again from the current state.")
}
