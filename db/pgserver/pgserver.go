// Package pgserver runs a private PostgreSQL cluster from the machine's own
// initdb/pg_ctl binaries. It backs `make run` (under ./.data) and the test
// harness (under a temporary directory), so neither needs a server installed
// as a service. The cluster listens only on a Unix socket inside its own
// directory: parallel clusters never fight over a TCP port.
package pgserver

import (
	"bytes"
	"crypto/sha1"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// Server is a cluster directory and the socket it listens on.
type Server struct {
	Dir     string // data directory
	Moved   bool   // Dir is not where asked: the postgres user could not reach it
	binDir  string
	asUser  *syscall.Credential // set when running as root: initdb refuses root
	options string
}

// Options tune a cluster; Fast turns durability off for throwaway test data.
type Options struct {
	Fast bool
}

// New prepares (but does not start) a cluster under dir.
func New(dir string, opts Options) (*Server, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	bin, err := findBinDir()
	if err != nil {
		return nil, err
	}
	s := &Server{Dir: abs, binDir: bin}
	if os.Geteuid() == 0 {
		u, err := user.Lookup("postgres")
		if err != nil {
			return nil, errors.New("pgserver: running as root needs a 'postgres' system user to own the cluster")
		}
		uid, _ := strconv.Atoi(u.Uid)
		gid, _ := strconv.Atoi(u.Gid)
		s.asUser = &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid)}
		// A checkout under /root is closed to the postgres user: keep the
		// cluster where it can live, one per checkout.
		if !reachable(filepath.Dir(filepath.Dir(abs))) {
			sum := sha1.Sum([]byte(abs))
			s.Dir = filepath.Join(os.TempDir(), "postprod-pg-"+hex.EncodeToString(sum[:6]))
			s.Moved = true
		}
	}
	s.options = fmt.Sprintf("-c listen_addresses='' -c unix_socket_directories='%s' -c max_connections=200", s.Dir)
	if opts.Fast {
		s.options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
	}
	return s, nil
}

// reachable reports whether other users may traverse every directory from
// the root down to dir.
func reachable(dir string) bool {
	for d := dir; ; d = filepath.Dir(d) {
		st, err := os.Stat(d)
		if err == nil && st.Mode().Perm()&0o001 == 0 {
			return false
		}
		if d == filepath.Dir(d) {
			return true
		}
	}
}

func findBinDir() (string, error) {
	p, err := Tool("initdb")
	if err != nil {
		return "", err
	}
	return filepath.Dir(p), nil
}

// Tool finds one of the machine's PostgreSQL programs (initdb, pg_ctl,
// pg_dump, pg_restore, psql) the way the private cluster does: in
// POSTPROD_PG_BIN when set (and only there, so a pinned version is never
// silently replaced), else in the newest /usr/lib/postgresql/*/bin, else on
// PATH. The newest version first because pg_dump refuses a newer server.
func Tool(name string) (string, error) {
	if d := os.Getenv("POSTPROD_PG_BIN"); d != "" {
		p := filepath.Join(d, name)
		if st, err := os.Stat(p); err != nil || st.IsDir() {
			return "", fmt.Errorf("pgserver: no %s in POSTPROD_PG_BIN=%s", name, d)
		}
		return p, nil
	}
	for _, v := range []string{"17", "16", "15", "14"} {
		p := "/usr/lib/postgresql/" + v + "/bin/" + name
		if _, err := os.Stat(p); err == nil {
			return p, nil
		}
	}
	if p, err := exec.LookPath(name); err == nil {
		return p, nil
	}
	if name == "initdb" || name == "pg_ctl" {
		return "", fmt.Errorf("pgserver: no %s found; install PostgreSQL (apt-get install postgresql) or set DATABASE_URL", name)
	}
	return "", fmt.Errorf("pgserver: no %s found; install the PostgreSQL client programs (apt-get install postgresql-client) or set POSTPROD_PG_BIN to their folder", name)
}

// URL is the connection string of the cluster's default database.
func (s *Server) URL(dbname string) string {
	return fmt.Sprintf("postgres://postgres@/%s?host=%s&sslmode=disable", dbname, s.Dir)
}

func (s *Server) run(name string, args ...string) error {
	cmd := exec.Command(filepath.Join(s.binDir, name), args...)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	cmd.Env = append(os.Environ(), "LC_ALL=C")
	if s.asUser != nil {
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: s.asUser}
		cmd.Dir = "/"
	}
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("pgserver: %s %s: %w\n%s", name, strings.Join(args, " "), err, out.String())
	}
	return nil
}

// Start initialises the cluster when it does not exist yet and starts it
// unless it is already running.
func (s *Server) Start() error {
	if err := os.MkdirAll(s.Dir, 0o700); err != nil {
		return err
	}
	if s.asUser != nil {
		if err := os.Chown(s.Dir, int(s.asUser.Uid), int(s.asUser.Gid)); err != nil {
			return err
		}
		// The postgres user must reach the cluster: open the data folder
		// that holds it (e.g. ./.data or a mktemp directory) for traversal.
		parent := filepath.Dir(s.Dir)
		if st, err := os.Stat(parent); err == nil && st.Mode().Perm()&0o001 == 0 {
			if err := os.Chmod(parent, st.Mode().Perm()|0o711); err != nil {
				return err
			}
		}
	}
	if _, err := os.Stat(filepath.Join(s.Dir, "PG_VERSION")); errors.Is(err, os.ErrNotExist) {
		if err := s.run("initdb", "-D", s.Dir, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"); err != nil {
			return err
		}
	}
	if s.Running() {
		return nil
	}
	logFile := filepath.Join(s.Dir, "server.log")
	if err := s.run("pg_ctl", "start", "-w", "-t", "60", "-D", s.Dir, "-l", logFile, "-o", s.options); err != nil {
		return err
	}
	return nil
}

// Running reports whether a postmaster serves this directory.
func (s *Server) Running() bool {
	return s.run("pg_ctl", "status", "-D", s.Dir) == nil
}

// Stop shuts the cluster down quickly (open sessions are disconnected).
func (s *Server) Stop() error {
	if !s.Running() {
		return nil
	}
	return s.run("pg_ctl", "stop", "-w", "-t", "30", "-m", "fast", "-D", s.Dir)
}

// WaitReady is a guard for callers that connect right after Start.
func WaitReady(ping func() error, timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	for {
		err := ping()
		if err == nil || time.Now().After(deadline) {
			return err
		}
		time.Sleep(50 * time.Millisecond)
	}
}
