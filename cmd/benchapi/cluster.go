package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/postprod/postprod/cmd/internal/proc"
	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/db/pgserver"
	"github.com/postprod/postprod/internal/benchdata"
)

const (
	benchDB = "bench"
	// PostGraphile connects as a role of its own, with SELECT on every
	// table: pg_stat_statements then tells each server's statements apart
	// (postprod connects as postgres, the tables' owner).
	pgRole    = "bench_postgraphile"
	ownerRole = "postgres"
)

// cluster is the private PostgreSQL both servers read, with
// pg_stat_statements loaded so that statements can be counted per request.
// admin is a connection to the `postgres` database, so that reading the
// counters never counts itself in the bench database.
type cluster struct {
	pg    *pgserver.Server
	admin *pgx.Conn
}

func startCluster(ctx context.Context, dir string) (*cluster, error) {
	pg, err := pgserver.New(filepath.Join(dir, "pg"), pgserver.Options{Fast: true})
	if err != nil {
		return nil, err
	}
	if pg.Moved {
		fmt.Printf("PostgreSQL data in %s (the postgres user cannot reach %s)\n", pg.Dir, dir)
	}
	if err := pg.Start(); err != nil {
		return nil, err
	}
	c := &cluster{pg: pg}
	if err := c.connect(ctx); err != nil {
		return nil, err
	}
	var preload string
	if err := c.admin.QueryRow(ctx, "SHOW shared_preload_libraries").Scan(&preload); err != nil {
		return nil, err
	}
	if !strings.Contains(preload, "pg_stat_statements") {
		// pgserver takes no settings of its own: ALTER SYSTEM writes
		// them into the cluster, and a restart loads the library.
		if _, err := c.admin.Exec(ctx, "ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'"); err != nil {
			return nil, err
		}
		c.admin.Close(ctx)
		if err := pg.Stop(); err != nil {
			return nil, err
		}
		if err := pg.Start(); err != nil {
			return nil, err
		}
		if err := c.connect(ctx); err != nil {
			return nil, err
		}
	}
	if _, err := c.admin.Exec(ctx, "CREATE EXTENSION IF NOT EXISTS pg_stat_statements"); err != nil {
		return nil, fmt.Errorf("pg_stat_statements: %w", err)
	}
	return c, nil
}

func (c *cluster) connect(ctx context.Context) error {
	return pgserver.WaitReady(func() error {
		conn, err := pgx.Connect(ctx, c.pg.URL("postgres"))
		if err == nil {
			c.admin = conn
		}
		return err
	}, 30*time.Second)
}

func (c *cluster) stop() {
	if c.admin != nil {
		c.admin.Close(context.Background())
	}
	_ = c.pg.Stop()
}

// fill recreates the bench database, migrates it with the project's
// migrations and generates the data set.
func (c *cluster) fill(ctx context.Context, s benchdata.Sizes, seed uint64) (*benchdata.Result, error) {
	if _, err := c.admin.Exec(ctx, "DROP DATABASE IF EXISTS "+benchDB+" WITH (FORCE)"); err != nil {
		return nil, err
	}
	if _, err := c.admin.Exec(ctx, "CREATE DATABASE "+benchDB); err != nil {
		return nil, err
	}
	url := c.pg.URL(benchDB)
	bdb, err := db.Open(ctx, url)
	if err != nil {
		return nil, err
	}
	_, err = db.Migrate(ctx, bdb)
	bdb.Close()
	if err != nil {
		return nil, fmt.Errorf("migrating: %w", err)
	}
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		return nil, err
	}
	defer conn.Close(ctx)
	for _, q := range []string{
		"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + pgRole + "') THEN CREATE ROLE " + pgRole + " LOGIN; END IF; END $$",
		"GRANT USAGE ON SCHEMA public TO " + pgRole,
		"GRANT SELECT ON ALL TABLES IN SCHEMA public TO " + pgRole,
	} {
		if _, err := conn.Exec(ctx, q); err != nil {
			return nil, err
		}
	}
	return benchdata.Generate(ctx, conn, s, seed)
}

// dbCounters is what PostgreSQL did for the bench database so far.
type dbCounters struct {
	calls, selects int64 // statements executed; those reading data (SELECT/WITH)
	sessions       int64 // sessions opened
	cpu            time.Duration
}

// counters reads the statements of one role (one server) and the
// database's sessions and CPU (whoever caused them).
func (c *cluster) counters(ctx context.Context, role string) (dbCounters, error) {
	var k dbCounters
	err := c.admin.QueryRow(ctx, `
		SELECT coalesce(sum(s.calls), 0)::bigint,
		       coalesce(sum(s.calls) FILTER (WHERE s.query ~* '^\s*(select|with)\M'), 0)::bigint,
		       (SELECT sessions FROM pg_stat_database WHERE datname = $1)
		  FROM pg_stat_statements s
		 WHERE s.dbid = (SELECT oid FROM pg_database WHERE datname = $1)
		   AND s.userid = (SELECT oid FROM pg_roles WHERE rolname = $2)`, benchDB, role).Scan(&k.calls, &k.selects, &k.sessions)
	k.cpu = c.cpu()
	return k, err
}

func (a dbCounters) sub(b dbCounters) dbCounters {
	return dbCounters{a.calls - b.calls, a.selects - b.selects, a.sessions - b.sessions, a.cpu - b.cpu}
}

// statement is one normalised statement and how often it ran.
type statement struct {
	calls int64
	query string
}

// resetStatements clears pg_stat_statements, for a probe.
func (c *cluster) resetStatements(ctx context.Context) error {
	_, err := c.admin.Exec(ctx, "SELECT pg_stat_statements_reset()")
	return err
}

// statements lists what one role ran in the bench database since the last
// reset, most frequent first.
func (c *cluster) statements(ctx context.Context, role string) ([]statement, error) {
	rows, err := c.admin.Query(ctx, `
		SELECT calls, query FROM pg_stat_statements
		 WHERE dbid = (SELECT oid FROM pg_database WHERE datname = $1)
		   AND userid = (SELECT oid FROM pg_roles WHERE rolname = $2)
		 ORDER BY calls DESC, query`, benchDB, role)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (statement, error) {
		var s statement
		return s, r.Scan(&s.calls, &s.query)
	})
}

// cpu is the CPU time of the whole cluster: the postmaster, its live
// children (backends, workers) and the children it has already reaped
// (the backends of closed sessions), from /proc.
func (c *cluster) cpu() time.Duration {
	b, err := os.ReadFile(filepath.Join(c.pg.Dir, "postmaster.pid"))
	if err != nil {
		return 0
	}
	pid, err := strconv.Atoi(strings.TrimSpace(strings.SplitN(string(b), "\n", 2)[0]))
	if err != nil {
		return 0
	}
	total := proc.CPU(pid, true)
	entries, _ := os.ReadDir("/proc")
	for _, e := range entries {
		child, err := strconv.Atoi(e.Name())
		if err != nil || child == pid {
			continue
		}
		if proc.PPID(child) == pid {
			total += proc.CPU(child, false)
		}
	}
	return total
}
