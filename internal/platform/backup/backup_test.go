package backup_test

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/db/testdb"
	"github.com/postprod/postprod/internal/demo"
	"github.com/postprod/postprod/internal/platform/backup"
)

func TestMain(m *testing.M) { testdb.Main(m) }

func seeded(t *testing.T) (*bun.DB, string) {
	t.Helper()
	bdb, url := testdb.New(t)
	ctx := context.Background()
	if err := db.InTx(ctx, bdb, func(tx bun.Tx) error { _, err := demo.Seed(ctx, tx); return err }); err != nil {
		t.Fatal(err)
	}
	return bdb, url
}

func diff(t *testing.T, what string, got, want map[string]string) {
	t.Helper()
	for k, w := range want {
		if got[k] != w {
			t.Errorf("%s: %s is %q, want %q", what, k, got[k], w)
		}
	}
	for k := range got {
		if _, ok := want[k]; !ok {
			t.Errorf("%s: unexpected %s", what, k)
		}
	}
}

// --force replaces whatever the database holds with the backup, extra
// tables included; and a restore that fails half-way (a damaged archive)
// leaves the database exactly as it was, even with --force.
func TestForcedRestoreReplacesAndAFailedOneChangesNothing(t *testing.T) {
	ctx := context.Background()
	bdb, url := seeded(t)
	want := testdb.Fingerprint(t, bdb)
	file := filepath.Join(t.TempDir(), "demo.dump")
	if _, err := backup.Dump(ctx, url, file, false); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"DELETE FROM slips", "UPDATE productions SET title = 'changed'", "CREATE TABLE stray (id int)"} {
		if _, err := bdb.ExecContext(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	changed := testdb.Fingerprint(t, bdb)

	raw, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	// Past the table of contents, so that the archive lists fine and breaks
	// in the middle of the data.
	damaged := filepath.Join(t.TempDir(), "damaged.dump")
	if err := os.WriteFile(damaged, raw[:len(raw)*2/3], 0o600); err != nil {
		t.Fatal(err)
	}
	if err := backup.Check(ctx, damaged); err != nil {
		t.Fatalf("the damaged copy should list fine: %v", err)
	}
	_, err = backup.Restore(ctx, url, damaged, true)
	if err == nil || !strings.Contains(err.Error(), "unchanged") {
		t.Fatalf("restoring a damaged backup: %v", err)
	}
	diff(t, "after a failed restore", testdb.Fingerprint(t, bdb), changed)

	if _, err := backup.Restore(ctx, url, file, false); !errors.Is(err, backup.ErrNotEmpty) {
		t.Fatalf("restoring over data without --force: %v", err)
	}
	r, err := backup.Restore(ctx, url, file, true)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Pending)+len(r.Unknown) > 0 {
		t.Fatalf("migrations after restore: pending %v, unknown %v", r.Pending, r.Unknown)
	}
	diff(t, "after restore --force", testdb.Fingerprint(t, bdb), want)
}

func TestDumpWritesAtomicallyAndRefusesToOverwrite(t *testing.T) {
	ctx := context.Background()
	_, url := seeded(t)
	dir := t.TempDir()
	file := filepath.Join(dir, "b.dump")
	w, err := backup.Dump(ctx, url, file, false)
	if err != nil {
		t.Fatal(err)
	}
	st, err := os.Stat(file)
	if err != nil || st.Size() != w.Size || st.Mode().Perm() != 0o600 {
		t.Fatalf("backup file %v (%v), written %+v", st, err, w)
	}
	if _, err := backup.Dump(ctx, url, file, false); !errors.Is(err, backup.ErrExists) {
		t.Fatalf("overwriting without --force: %v", err)
	}
	if _, err := backup.Dump(ctx, url, file, true); err != nil {
		t.Fatal(err)
	}
	// A dump that fails leaves neither a file nor a temporary one.
	_, err = backup.Dump(ctx, strings.Replace(url, "/t_", "/missing_", 1), filepath.Join(dir, "c.dump"), false)
	if err == nil || !strings.Contains(err.Error(), "pg_dump failed") {
		t.Fatalf("dumping a missing database: %v", err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Fatalf("left behind: %v", entries)
	}
}

func TestNamesAreParisTime(t *testing.T) {
	winter := time.Date(2026, 1, 15, 2, 30, 0, 0, time.UTC)
	summer := time.Date(2026, 7, 14, 22, 5, 9, 0, time.UTC)
	if got := backup.Name(winter); got != "postprod-20260115-033000+0100.dump" {
		t.Errorf("winter: %s", got)
	}
	if got := backup.Name(summer); got != "postprod-20260715-000509+0200.dump" {
		t.Errorf("summer: %s", got)
	}
}

// Two replicas with the schedule on: only one makes backups, it keeps the
// newest Keep of its own files and leaves other files alone; when it stops,
// the other takes over.
func TestScheduleRunsOnOneReplicaAndKeepsTheNewest(t *testing.T) {
	bdb, url := seeded(t)
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	dirs := []string{t.TempDir(), t.TempDir()}
	old := backup.Name(time.Now().Add(-48 * time.Hour))
	for _, d := range dirs {
		for _, f := range []string{old, "manual.dump"} {
			if err := os.WriteFile(filepath.Join(d, f), []byte("x"), 0o600); err != nil {
				t.Fatal(err)
			}
		}
	}
	cancels := make([]context.CancelFunc, 2)
	done := make([]chan struct{}, 2)
	for i, d := range dirs {
		ctx, cancel := context.WithCancel(context.Background())
		cancels[i], done[i] = cancel, make(chan struct{})
		s := &backup.Schedule{DB: bdb, URL: url, Dir: d, Every: 1200 * time.Millisecond, Keep: 2, Retry: 100 * time.Millisecond, Log: quiet}
		go func() { s.Run(ctx); close(done[i]) }()
		if i == 0 {
			waitFor(t, func() bool { return len(scheduled(t, d)) >= 2 })
		}
	}
	defer func() {
		for i := range cancels {
			cancels[i]()
			<-done[i]
		}
	}()
	// The leader's first backup was immediate (the last one is 48 h old);
	// wait for its second, past the period.
	waitFor(t, func() bool { return !slices.Contains(scheduled(t, dirs[0]), old) && len(scheduled(t, dirs[0])) == 2 })
	if got := scheduled(t, dirs[1]); !reflect.DeepEqual(got, []string{old}) {
		t.Fatalf("the second replica wrote backups too: %v", got)
	}
	if _, err := os.Stat(filepath.Join(dirs[0], "manual.dump")); err != nil {
		t.Fatal("a file not named by the schedule was removed")
	}
	cancels[0]()
	<-done[0]
	waitFor(t, func() bool { return len(scheduled(t, dirs[1])) == 2 })
}

func scheduled(t *testing.T, dir string) []string {
	t.Helper()
	m, err := filepath.Glob(filepath.Join(dir, "postprod-*.dump"))
	if err != nil {
		t.Fatal(err)
	}
	for i := range m {
		m[i] = filepath.Base(m[i])
	}
	return m
}

func waitFor(t *testing.T, ok func() bool) {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for !ok() {
		if time.Now().After(deadline) {
			t.Fatal("timed out")
		}
		time.Sleep(20 * time.Millisecond)
	}
}
