package backup

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"time"

	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/db/pgserver"
)

// ErrNotEmpty refuses to restore over data without --force.
var ErrNotEmpty = errors.New("will not restore over data")

// Restored describes a finished restore and where the schema stands.
type Restored struct {
	Tables   int
	Duration time.Duration
	// Pending are migrations this binary knows and the backup lacks: serve
	// (or `postprod migrate up`) applies them.
	Pending []string
	// Unknown are migrations the backup has and this binary does not know:
	// the backup comes from a newer postprod.
	Unknown []string
}

// Restore loads the backup file into the database at dbURL. The database
// must hold no table, unless force: then everything in its public schema is
// dropped first. Either way it happens in one transaction: a restore that
// fails leaves the database as it was, old data included.
func Restore(ctx context.Context, dbURL, file string, force bool) (Restored, error) {
	start := time.Now()
	if err := Check(ctx, file); err != nil {
		return Restored{}, err
	}
	pgRestore, err := pgserver.Tool("pg_restore")
	if err != nil {
		return Restored{}, err
	}
	psql, err := pgserver.Tool("psql")
	if err != nil {
		return Restored{}, err
	}
	conn, env, err := connection(dbURL)
	if err != nil {
		return Restored{}, err
	}
	tables, err := countTables(ctx, dbURL)
	if err != nil {
		return Restored{}, err
	}
	if tables > 0 && !force {
		return Restored{}, fmt.Errorf("%w: the database already holds %d tables; restore into an empty database, or pass --force to replace everything in it", ErrNotEmpty, tables)
	}

	// pg_restore turns the archive into SQL and psql runs it, after the
	// drop, inside a single transaction: pg_restore alone cannot drop the
	// schema in the transaction of the restore. Owners and grants are the
	// target's, so a backup restores under any role.
	toSQL := exec.CommandContext(ctx, pgRestore, "--no-owner", "--no-privileges", "--no-comments", "--file=-", file)
	args := []string{"--no-psqlrc", "--quiet", "--set=ON_ERROR_STOP=1", "--single-transaction"}
	if force {
		args = append(args,
			"--command=DROP SCHEMA IF EXISTS public CASCADE",
			"--command=CREATE SCHEMA public",
			"--command=GRANT USAGE ON SCHEMA public TO PUBLIC")
	}
	args = append(args, "--file=-", "--dbname="+conn)
	load := exec.CommandContext(ctx, psql, args...)
	if err := pipe(toSQL, load, env); err != nil {
		return Restored{}, err
	}

	out := Restored{}
	if out.Tables, err = countTables(ctx, dbURL); err != nil {
		return out, err
	}
	if out.Pending, out.Unknown, err = migrations(ctx, dbURL); err != nil {
		return out, err
	}
	out.Duration = time.Since(start)
	return out, nil
}

// pipe runs from | to, where to runs everything it reads in one
// transaction and commits at the end of its input. So that a from that
// fails half-way (a damaged archive) never lets to commit what it read so
// far, the end of the pipe stays open here until from has succeeded; when it
// fails, to is killed first, and PostgreSQL rolls its transaction back.
func pipe(from, to *exec.Cmd, env []string) error {
	var fromErr, toErr bytes.Buffer
	for _, c := range []*exec.Cmd{from, to} {
		c.Env = append(c.Environ(), env...)
		c.Env = append(c.Env, "LC_ALL=C", "PGOPTIONS=-c client_min_messages=warning")
	}
	from.Stderr, to.Stderr = &fromErr, &toErr
	r, w, err := os.Pipe()
	if err != nil {
		return err
	}
	from.Stdout, to.Stdin = w, r
	if err := to.Start(); err != nil {
		_, _ = r.Close(), w.Close()
		return failure(to, err, &toErr)
	}
	_ = r.Close()
	if err := from.Start(); err != nil {
		_ = to.Process.Kill()
		_ = w.Close()
		_ = to.Wait()
		return failure(from, err, &fromErr)
	}
	ferr := from.Wait()
	if ferr != nil {
		_ = to.Process.Kill()
	}
	_ = w.Close()
	terr := to.Wait()
	switch {
	case terr != nil && (ferr == nil || toErr.Len() > 0):
		// to stopped on an SQL error; from then met a closed pipe.
		return fmt.Errorf("restore rolled back, the database is unchanged: %w", failure(to, terr, &toErr))
	case ferr != nil:
		return fmt.Errorf("restore rolled back, the database is unchanged: %w", failure(from, ferr, &fromErr))
	}
	return nil
}

// countTables counts the tables outside PostgreSQL's own schemas.
func countTables(ctx context.Context, dbURL string) (int, error) {
	bdb, err := db.Open(ctx, dbURL)
	if err != nil {
		return 0, err
	}
	defer bdb.Close()
	var n int
	err = bdb.NewRaw(`SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
		WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
		AND n.nspname NOT LIKE 'pg\_toast%'`).Scan(ctx, &n)
	return n, err
}

// migrations compares the restored schema with the migrations this binary
// carries.
func migrations(ctx context.Context, dbURL string) (pending, unknown []string, err error) {
	bdb, err := db.Open(ctx, dbURL)
	if err != nil {
		return nil, nil, err
	}
	defer bdb.Close()
	st, err := db.Status(ctx, bdb)
	if err != nil {
		return nil, nil, err
	}
	known := make([]string, 0, len(st))
	for _, s := range st {
		known = append(known, s.Name)
		if !s.Applied {
			pending = append(pending, s.Name)
		}
	}
	err = bdb.NewRaw("SELECT name FROM bun_migrations WHERE name NOT IN (?) ORDER BY name", bun.In(known)).Scan(ctx, &unknown)
	return pending, unknown, err
}
