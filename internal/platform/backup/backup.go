// Package backup dumps the database to a file and restores it, with the
// machine's own pg_dump, pg_restore and psql (found like the private
// cluster's initdb: see pgserver.Tool), and schedules dumps from one replica
// at a time (schedule.go).
//
// A backup is a pg_dump custom-format archive: compressed, restorable with
// the standard tools even without postprod, and taken in one snapshot, so
// it is consistent while the server keeps writing.
package backup

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/postprod/postprod/db/pgserver"
)

// magic opens every pg_dump custom-format archive.
const magic = "PGDMP"

// ErrExists refuses to replace a file without --force.
var ErrExists = errors.New("will not overwrite")

// Written describes a finished dump.
type Written struct {
	File     string
	Size     int64
	Duration time.Duration
}

// Dump writes a consistent dump of the database at dbURL to file. It writes a
// temporary file beside it and renames it into place once pg_dump succeeded
// and the archive reads back, so file is never left half-written: a crash
// or a full disk leaves the previous backup (or nothing) under that name.
// An existing file is replaced only with force.
func Dump(ctx context.Context, dbURL, file string, force bool) (Written, error) {
	start := time.Now()
	if !force {
		if _, err := os.Lstat(file); err == nil {
			return Written{}, fmt.Errorf("%w: %s already exists; pass --force to replace it", ErrExists, file)
		}
	}
	pgDump, err := pgserver.Tool("pg_dump")
	if err != nil {
		return Written{}, err
	}
	conn, env, err := connection(dbURL)
	if err != nil {
		return Written{}, err
	}
	// CreateTemp makes the file 0600: a backup holds the whole accounts.
	tmp, err := os.CreateTemp(filepath.Dir(file), "."+filepath.Base(file)+".part-*")
	if err != nil {
		return Written{}, fmt.Errorf("writing the backup: %w", err)
	}
	done := false
	defer func() {
		if !done {
			_ = tmp.Close()
			_ = os.Remove(tmp.Name())
		}
	}()
	// pg_dump writes to our file descriptor rather than opening the path
	// itself, so the file belongs to whoever runs postprod.
	cmd := exec.CommandContext(ctx, pgDump, "--format=custom", "--lock-wait-timeout=60000", "--dbname="+conn)
	cmd.Stdout = tmp
	if err := run(cmd, env); err != nil {
		return Written{}, err
	}
	if err := tmp.Sync(); err != nil {
		return Written{}, fmt.Errorf("writing the backup: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return Written{}, fmt.Errorf("writing the backup: %w", err)
	}
	if err := Check(ctx, tmp.Name()); err != nil {
		return Written{}, fmt.Errorf("the new backup does not read back: %w", err)
	}
	st, err := os.Stat(tmp.Name())
	if err != nil {
		return Written{}, err
	}
	if err := os.Rename(tmp.Name(), file); err != nil {
		return Written{}, fmt.Errorf("writing the backup: %w", err)
	}
	done = true
	syncDir(filepath.Dir(file))
	return Written{File: file, Size: st.Size(), Duration: time.Since(start)}, nil
}

// Check tells whether file is a readable postprod backup, with a message
// that says what is wrong with it.
func Check(ctx context.Context, file string) error {
	f, err := os.Open(file)
	if errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("backup file %s does not exist", file)
	}
	if err != nil {
		return fmt.Errorf("backup file: %w", err)
	}
	head := make([]byte, len(magic))
	_, err = io.ReadFull(f, head)
	_ = f.Close()
	if err != nil || string(head) != magic {
		if st, serr := os.Stat(file); serr == nil && st.IsDir() {
			return fmt.Errorf("%s is a folder, not a backup file", file)
		}
		return fmt.Errorf("%s is not a postprod backup (a pg_dump custom-format archive, as `postprod backup` writes)", file)
	}
	pgRestore, err := pgserver.Tool("pg_restore")
	if err != nil {
		return err
	}
	// Listing reads the whole table of contents: a truncated copy fails here.
	if err := run(exec.CommandContext(ctx, pgRestore, "--list", file), nil); err != nil {
		return fmt.Errorf("%s is damaged or truncated: %w", file, err)
	}
	return nil
}

// connection turns a DATABASE_URL into what libpq programs accept: the
// password moves to PGPASSWORD (never on a command line that `ps` shows),
// and the pgx-only pool settings, which libpq refuses, are dropped.
func connection(dbURL string) (conn string, env []string, err error) {
	u, err := url.Parse(dbURL)
	if err != nil || (u.Scheme != "postgres" && u.Scheme != "postgresql") {
		return "", nil, errors.New("the database URL must be a postgres:// URL")
	}
	q := u.Query()
	if pw, ok := u.User.Password(); ok {
		env = append(env, "PGPASSWORD="+pw)
		u.User = url.User(u.User.Username())
	}
	if pw := q.Get("password"); pw != "" {
		env = append(env, "PGPASSWORD="+pw)
	}
	for k := range q {
		if k == "password" || strings.HasPrefix(k, "pool_") || pgxOnly[k] {
			q.Del(k)
		}
	}
	u.RawQuery = q.Encode()
	return u.String(), env, nil
}

var pgxOnly = map[string]bool{
	"statement_cache_capacity":   true,
	"description_cache_capacity": true,
	"default_query_exec_mode":    true,
}

// run runs a PostgreSQL program and turns a failure into an error that
// carries the program's own explanation (its last lines on stderr).
func run(cmd *exec.Cmd, env []string) error {
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	cmd.Env = append(os.Environ(), env...)
	cmd.Env = append(cmd.Env, "LC_ALL=C", "PGOPTIONS=-c client_min_messages=warning")
	if err := cmd.Run(); err != nil {
		return failure(cmd, err, &stderr)
	}
	return nil
}

func failure(cmd *exec.Cmd, err error, stderr *bytes.Buffer) error {
	msg := lastLines(stderr.String(), 6)
	if msg == "" {
		msg = err.Error()
	}
	return fmt.Errorf("%s failed: %s", filepath.Base(cmd.Path), msg)
}

func lastLines(s string, n int) string {
	var lines []string
	sc := bufio.NewScanner(strings.NewReader(s))
	for sc.Scan() {
		if l := strings.TrimSpace(sc.Text()); l != "" {
			lines = append(lines, l)
		}
	}
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n  ")
}

// syncDir makes a rename durable; failures only weaken that guarantee.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		_ = d.Close()
	}
}
