// Package db holds the bun models, the connection and transaction helpers and
// the migrations runner. Of ours it imports only the kernel (internal/kernel).
package db

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"
	"github.com/uptrace/bun"
	"github.com/uptrace/bun/dialect/pgdialect"
	"github.com/uptrace/bun/migrate"

	"github.com/postprod/postprod/db/migrations"
)

// DefaultPool is how many PostgreSQL sessions one replica keeps. Beyond a
// few per core PostgreSQL only switches between them: 16 lets a request's
// loaders of one level run side by side under load without making a
// 2-core machine that also runs PostgreSQL thrash; callers wait for a
// session rather than open more.
const DefaultPool = 16

// Open connects bun to PostgreSQL through pgx and checks the connection,
// with the default pool.
func Open(ctx context.Context, url string) (*bun.DB, error) { return OpenPool(ctx, url, DefaultPool) }

// OpenPool is Open with a pool of size sessions (DefaultPool when size < 1).
// As many stay idle as may be open: a pool that keeps fewer idle than it
// opens closes a session whenever a burst ends and opens a new one (a
// PostgreSQL process, with its authentication) at the next.
func OpenPool(ctx context.Context, url string, size int) (*bun.DB, error) {
	cfg, err := pgx.ParseConfig(url)
	if err != nil {
		return nil, fmt.Errorf("DATABASE_URL: %w", err)
	}
	if size < 1 {
		size = DefaultPool
	}
	sqldb := stdlib.OpenDB(*cfg)
	sqldb.SetMaxOpenConns(size)
	sqldb.SetMaxIdleConns(size)
	sqldb.SetConnMaxIdleTime(5 * time.Minute)
	bdb := bun.NewDB(sqldb, pgdialect.New())
	pctx, cancel := context.WithTimeout(ctx, 15*time.Second)
	defer cancel()
	if err := sqldb.PingContext(pctx); err != nil {
		_ = bdb.Close()
		return nil, fmt.Errorf("database unreachable: %w", err)
	}
	return bdb, nil
}

// InTx runs fn in one transaction: committed when fn returns nil, rolled back
// otherwise, so a failing mutation leaves nothing half-written.
func InTx(ctx context.Context, idb bun.IDB, fn func(tx bun.Tx) error) error {
	return idb.RunInTx(ctx, &sql.TxOptions{}, func(ctx context.Context, tx bun.Tx) error {
		return fn(tx)
	})
}

func migrator(bdb *bun.DB) (*migrate.Migrator, error) {
	ms := migrate.NewMigrations()
	if err := ms.Discover(migrations.FS); err != nil {
		return nil, err
	}
	return migrate.NewMigrator(bdb, ms, migrate.WithMarkAppliedOnSuccess(true)), nil
}

// Migrate applies every pending migration under the migrator's lock.
func Migrate(ctx context.Context, bdb *bun.DB) ([]string, error) {
	m, err := migrator(bdb)
	if err != nil {
		return nil, err
	}
	if err := m.Init(ctx); err != nil {
		return nil, err
	}
	if err := m.Lock(ctx); err != nil {
		return nil, err
	}
	defer m.Unlock(ctx) //nolint:errcheck
	g, err := m.Migrate(ctx)
	if err != nil {
		return nil, err
	}
	var names []string
	for _, mg := range g.Migrations {
		names = append(names, mg.Name)
	}
	return names, nil
}

// Rollback reverts the last group of migrations.
func Rollback(ctx context.Context, bdb *bun.DB) ([]string, error) {
	m, err := migrator(bdb)
	if err != nil {
		return nil, err
	}
	if err := m.Init(ctx); err != nil {
		return nil, err
	}
	if err := m.Lock(ctx); err != nil {
		return nil, err
	}
	defer m.Unlock(ctx) //nolint:errcheck
	g, err := m.Rollback(ctx)
	if err != nil {
		return nil, err
	}
	var names []string
	for _, mg := range g.Migrations {
		names = append(names, mg.Name)
	}
	return names, nil
}

// MigrationStatus lists every known migration and whether it is applied.
type MigrationStatus struct {
	Name    string
	Applied bool
}

// Status reports the applied and pending migrations.
func Status(ctx context.Context, bdb *bun.DB) ([]MigrationStatus, error) {
	m, err := migrator(bdb)
	if err != nil {
		return nil, err
	}
	if err := m.Init(ctx); err != nil {
		return nil, err
	}
	ms, err := m.MigrationsWithStatus(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]MigrationStatus, 0, len(ms))
	for _, mg := range ms {
		out = append(out, MigrationStatus{Name: mg.Name, Applied: mg.IsApplied()})
	}
	return out, nil
}

// Pending counts migrations not applied yet; /readyz is not ready while > 0.
func Pending(ctx context.Context, bdb *bun.DB) (int, error) {
	st, err := Status(ctx, bdb)
	if err != nil {
		return 0, err
	}
	n := 0
	for _, s := range st {
		if !s.Applied {
			n++
		}
	}
	return n, nil
}
