package backup

import (
	"context"
	"database/sql/driver"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/uptrace/bun"

	"github.com/postprod/postprod/internal/kernel/dates"
)

// Scheduled backups are named by their Europe/Paris time with its offset,
// so that names are unambiguous across the autumn clock change.
const (
	namePrefix = "postprod-"
	nameSuffix = ".dump"
	nameLayout = "20060102-150405-0700"
)

// lockKey is the session advisory lock the replica that makes the backups
// holds: one replica at a time, and another takes over when it goes away.
const lockKey = "postprod:backup"

// Name is the file name of a scheduled backup taken at t.
func Name(t time.Time) string {
	return namePrefix + t.In(dates.Paris).Format(nameLayout) + nameSuffix
}

// Schedule writes a backup into Dir every Every and keeps the newest Keep.
type Schedule struct {
	DB    *bun.DB // holds the lock
	URL   string  // what pg_dump dumps
	Dir   string
	Every time.Duration
	Keep  int
	// Retry is how often a replica that does not make the backups checks
	// whether the one that did went away (default a minute).
	Retry time.Duration
	Log   *slog.Logger
}

// Run makes backups until ctx ends, whenever this replica holds the lock.
func (s *Schedule) Run(ctx context.Context) {
	if s.Retry == 0 {
		s.Retry = time.Minute
	}
	if s.Log == nil {
		s.Log = slog.Default()
	}
	s.Keep = max(s.Keep, 1)
	for {
		if conn, ok := s.lead(ctx); ok {
			s.Log.Info("scheduled backups: this replica makes them", "dir", s.Dir, "every", s.Every.String(), "keep", s.Keep)
			s.serve(ctx, conn)
			// Dropping the session releases the lock for sure, even when a
			// connection broken mid-way cannot run pg_advisory_unlock.
			_ = conn.Raw(func(any) error { return driver.ErrBadConn })
			_ = conn.Close()
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(s.Retry):
		}
	}
}

// lead takes the lock on a connection of its own, kept while leading.
func (s *Schedule) lead(ctx context.Context) (bun.Conn, bool) {
	conn, err := s.DB.Conn(ctx)
	if err != nil {
		return bun.Conn{}, false
	}
	var got bool
	err = conn.NewRaw("SELECT pg_try_advisory_lock(hashtextextended(?, 0))", lockKey).Scan(ctx, &got)
	if err != nil || !got {
		_ = conn.Close()
		return bun.Conn{}, false
	}
	return conn, true
}

// serve makes the backups while the lock's session lives.
func (s *Schedule) serve(ctx context.Context, conn bun.Conn) {
	next := time.Now()
	if last, ok := s.newest(); ok && last.Add(s.Every).After(next) {
		next = last.Add(s.Every) // a restart does not add a backup
	}
	for {
		select {
		case <-ctx.Done():
			return
		case <-time.After(time.Until(next)):
		}
		if err := conn.PingContext(ctx); err != nil {
			if ctx.Err() == nil {
				s.Log.Warn("scheduled backups: lost the lock's connection; another replica may take over", "err", err)
			}
			return
		}
		next = time.Now().Add(s.Every)
		w, err := Dump(ctx, s.URL, filepath.Join(s.Dir, Name(time.Now())), false)
		if err != nil {
			if ctx.Err() != nil {
				return
			}
			s.Log.Error("scheduled backup failed", "dir", s.Dir, "err", err)
			// Try again soon rather than leave a whole period uncovered.
			next = time.Now().Add(min(s.Every, 15*time.Minute))
			continue
		}
		s.Log.Info("scheduled backup written", "file", w.File, "bytes", w.Size, "duration_ms", w.Duration.Milliseconds())
		if removed, err := s.prune(); err != nil {
			s.Log.Error("scheduled backups: removing old backups failed", "dir", s.Dir, "err", err)
		} else if len(removed) > 0 {
			s.Log.Info("scheduled backups: old backups removed", "files", removed)
		}
	}
}

type dated struct {
	name string
	at   time.Time
}

// list returns the scheduled backups in Dir, newest first. Files named
// otherwise (a manual backup, a copy) are not ours to count or remove.
func (s *Schedule) list() ([]dated, error) {
	entries, err := os.ReadDir(s.Dir)
	if err != nil {
		return nil, err
	}
	var out []dated
	for _, e := range entries {
		stamp, ok := strings.CutPrefix(e.Name(), namePrefix)
		stamp, ok2 := strings.CutSuffix(stamp, nameSuffix)
		if !ok || !ok2 || !e.Type().IsRegular() {
			continue
		}
		if at, err := time.Parse(nameLayout, stamp); err == nil {
			out = append(out, dated{e.Name(), at})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].at.After(out[j].at) })
	return out, nil
}

func (s *Schedule) newest() (time.Time, bool) {
	l, err := s.list()
	if err != nil || len(l) == 0 {
		return time.Time{}, false
	}
	return l[0].at, true
}

// prune removes all but the newest Keep scheduled backups.
func (s *Schedule) prune() ([]string, error) {
	l, err := s.list()
	if err != nil {
		return nil, err
	}
	var removed []string
	for i := s.Keep; i < len(l); i++ {
		if err := os.Remove(filepath.Join(s.Dir, l[i].name)); err != nil {
			return removed, fmt.Errorf("removing %s: %w", l[i].name, err)
		}
		removed = append(removed, l[i].name)
	}
	return removed, nil
}
