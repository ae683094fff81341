package main

import (
	"bufio"
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"

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
type server struct {
	cmd *exec.Cmd
	url string
}

func startServer(ctx context.Context, bin, dir, dbURL string) (*server, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	addr := l.Addr().String()
	l.Close()
	logs, err := os.Create(filepath.Join(dir, "server.log"))
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(bin, "serve", "--demo")
	cmd.Env = append(os.Environ(), "POSTPROD_DATA_DIR="+dir, "POSTPROD_ADDR="+addr, "POSTPROD_ENV=development", "DATABASE_URL="+dbURL)
	cmd.Stdout, cmd.Stderr = logs, logs
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	s := &server{cmd: cmd, url: "http://" + addr}
	deadline := time.Now().Add(2 * time.Minute)
	for {
		resp, err := http.Get(s.url + "/readyz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return s, nil
			}
		}
		if time.Now().After(deadline) || ctx.Err() != nil {
			s.stop()
			return nil, fmt.Errorf("the server did not become ready; its log: %s", logs.Name())
		}
		time.Sleep(200 * time.Millisecond)
	}
}

func (s *server) stop() {
	_ = s.cmd.Process.Signal(syscall.SIGTERM)
	done := make(chan struct{})
	go func() { _ = s.cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		_ = s.cmd.Process.Kill()
		<-done
	}
}

// rssKB is the server's resident set (VmRSS) in kB.
func (s *server) rssKB() int64 {
	f, err := os.Open(fmt.Sprintf("/proc/%d/status", s.cmd.Process.Pid))
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "VmRSS:"); ok {
			n, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			return n
		}
	}
	return 0
}

// metric reads one unlabelled gauge of the server's /metrics.
func (s *server) metric(name string) float64 {
	resp, err := http.Get(s.url + "/metrics")
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

// cpu is the CPU time the server has used so far (user + system).
func (s *server) cpu() time.Duration {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", s.cmd.Process.Pid))
	if err != nil {
		return 0
	}
	i := bytes.LastIndexByte(b, ')')
	if i < 0 {
		return 0
	}
	var utime, stime int64
	f := bytes.Fields(b[i+2:])
	if len(f) > 12 {
		utime, _ = strconv.ParseInt(string(f[11]), 10, 64)
		stime, _ = strconv.ParseInt(string(f[12]), 10, 64)
	}
	return time.Duration(utime+stime) * (time.Second / 100)
}
