package pgserver

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestClosedCheckoutMovesTheClusterWhenRoot(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("only root hands the cluster to the postgres user")
	}
	closed := t.TempDir()
	if err := os.Chmod(closed, 0o700); err != nil {
		t.Fatal(err)
	}
	s, err := New(filepath.Join(closed, "checkout", ".data", "pg"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !s.Moved || !strings.HasPrefix(s.Dir, os.TempDir()) || !strings.Contains(s.options, s.Dir) {
		t.Fatalf("cluster at %s (moved %v)", s.Dir, s.Moved)
	}
	open, err := os.MkdirTemp("", "postprod-open-")
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(open)
	_ = os.Chmod(open, 0o755)
	s, err = New(filepath.Join(open, ".data", "pg"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if s.Moved {
		t.Fatalf("a reachable directory was moved to %s", s.Dir)
	}
}

// The client programs are found like initdb; a pinned folder that lacks one
// says so rather than falling back to another version.
func TestToolIsFoundLikeInitdb(t *testing.T) {
	initdb, err := Tool("initdb")
	if err != nil {
		t.Skip("no PostgreSQL on this machine")
	}
	dump, err := Tool("pg_dump")
	if err != nil || filepath.Dir(dump) != filepath.Dir(initdb) {
		t.Fatalf("pg_dump at %q (%v), initdb in %s", dump, err, filepath.Dir(initdb))
	}
	t.Setenv("POSTPROD_PG_BIN", filepath.Dir(initdb))
	if p, err := Tool("pg_restore"); err != nil || p != filepath.Join(filepath.Dir(initdb), "pg_restore") {
		t.Fatalf("pinned pg_restore: %q %v", p, err)
	}
	empty := t.TempDir()
	t.Setenv("POSTPROD_PG_BIN", empty)
	if _, err := Tool("pg_restore"); err == nil || !strings.Contains(err.Error(), "no pg_restore in POSTPROD_PG_BIN="+empty) {
		t.Fatalf("a pinned folder without pg_restore: %v", err)
	}
}
