package main

import (
	"bufio"
	"bytes"
	"context"
	"database/sql"
	"net/http"
	"path/filepath"
	"strconv"
	"syscall"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"

	"github.com/postprod/postprod/cmd/internal/devserver"
	"github.com/postprod/postprod/cmd/internal/proc"
	"github.com/postprod/postprod/db/pgserver"
)

// raiseOpenFiles lifts this process's open-file limit to its hard limit;
// the server started afterwards inherits it (each subscriber is a socket
// on both sides).
func raiseOpenFiles() uint64 {
	var l syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_NOFILE, &l); err != nil {
		return 0
	}
	l.Cur = l.Max
	_ = syscall.Setrlimit(syscall.RLIMIT_NOFILE, &l)
	_ = syscall.Getrlimit(syscall.RLIMIT_NOFILE, &l)
	return l.Cur
}

// cluster is the private PostgreSQL of the run, with pg_stat_statements
// loaded so the statements the server runs can be counted.
type cluster struct {
	pg  *pgserver.Server
	url string
	sql *sql.DB
}

func startCluster(dir string) (*cluster, error) {
	pg, err := pgserver.New(filepath.Join(dir, "pg"), pgserver.Options{Fast: true})
	if err != nil {
		return nil, err
	}
	if err := pg.Start(); err != nil {
		return nil, err
	}
	// pg_stat_statements must be preloaded: set it, then restart once.
	admin, err := sql.Open("pgx", pg.URL("postgres"))
	if err != nil {
		return nil, err
	}
	if _, err := admin.Exec("ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'"); err != nil {
		admin.Close()
		return nil, err
	}
	admin.Close()
	if err := pg.Stop(); err != nil {
		return nil, err
	}
	if err := pg.Start(); err != nil {
		return nil, err
	}
	admin, err = sql.Open("pgx", pg.URL("postgres"))
	if err != nil {
		return nil, err
	}
	defer admin.Close()
	if _, err := admin.Exec("CREATE DATABASE postprod"); err != nil {
		return nil, err
	}
	c := &cluster{pg: pg, url: pg.URL("postprod")}
	if c.sql, err = sql.Open("pgx", c.url); err != nil {
		return nil, err
	}
	if _, err := c.sql.Exec("CREATE EXTENSION IF NOT EXISTS pg_stat_statements"); err != nil {
		return nil, err
	}
	return c, nil
}

func (c *cluster) stop() {
	if c.sql != nil {
		c.sql.Close()
	}
	_ = c.pg.Stop()
}

// statements counts the statements run so far on the cluster (all of them,
// and those that read the productions table), leaving out this program's
// own look-ups.
type statements struct{ all, productions int64 }

func (c *cluster) statements(ctx context.Context) (statements, error) {
	var s statements
	err := c.sql.QueryRowContext(ctx, `SELECT COALESCE(sum(calls), 0)::bigint,
		COALESCE(sum(calls) FILTER (WHERE query ILIKE 'SELECT%FROM "productions"%'), 0)::bigint
		FROM pg_stat_statements WHERE query NOT ILIKE '%pg_stat_statements%'`).Scan(&s.all, &s.productions)
	return s, err
}

// server is the postprod process under test.
type server struct{ *devserver.Server }

func startServer(ctx context.Context, bin, dir, dbURL string) (*server, error) {
	s, err := devserver.Start(ctx, bin, dir, "DATABASE_URL="+dbURL)
	if err != nil {
		return nil, err
	}
	return &server{s}, nil
}

func (s *server) stop() { s.Stop() }

// rssKB is the server's resident set (VmRSS) in kB.
func (s *server) rssKB() int64 { return proc.RSSKB(s.PID()) }

// cpu is the CPU time the server has used so far (user + system).
func (s *server) cpu() time.Duration { return proc.CPU(s.PID(), false) }

// metric reads one unlabelled gauge of the server's /metrics.
func (s *server) metric(name string) float64 {
	resp, err := http.Get(s.URL + "/metrics")
	if err != nil {
		return 0
	}
	defer resp.Body.Close()
	sc := bufio.NewScanner(resp.Body)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		line := sc.Bytes()
		if rest, ok := bytes.CutPrefix(line, []byte(name+" ")); ok {
			v, _ := strconv.ParseFloat(string(rest), 64)
			return v
		}
	}
	return 0
}
