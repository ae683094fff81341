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
