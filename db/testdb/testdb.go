// Package testdb gives each test its own migrated PostgreSQL database. The
// package's TestMain calls Main: with TEST_DATABASE_URL set it uses that
// server, otherwise it starts a throwaway cluster for the package. Each test
// then clones a migrated template, which takes milliseconds.
package testdb

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"strings"
	"testing"

	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/db/pgserver"
)

var (
	adminURL string
	template string
)

// Main prepares the server and the template, runs the tests, and cleans up.
func Main(m *testing.M) {
	os.Exit(run(m))
}

func run(m *testing.M) int {
	ctx := context.Background()
	adminURL = os.Getenv("TEST_DATABASE_URL")
	if adminURL == "" {
		dir, err := os.MkdirTemp("", "postprod-testpg-")
		if err != nil {
			fmt.Fprintln(os.Stderr, "testdb:", err)
			return 1
		}
		_ = os.Chmod(dir, 0o755)
		srv, err := pgserver.New(dir, pgserver.Options{Fast: true})
		if err == nil {
			err = srv.Start()
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "testdb:", err)
			return 1
		}
		defer os.RemoveAll(dir)
		defer srv.Stop() //nolint:errcheck
		adminURL = srv.URL("postgres")
	}
	template = "tpl_" + randomName()
	if err := createTemplate(ctx); err != nil {
		fmt.Fprintln(os.Stderr, "testdb: preparing the template database:", err)
		return 1
	}
	defer dropDatabase(ctx, template)
	return m.Run()
}

func randomName() string {
	b := make([]byte, 6)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

func withDB(raw, name string) string {
	u, err := url.Parse(raw)
	if err != nil {
		panic(err)
	}
	u.Path = "/" + name
	return u.String()
}

func createTemplate(ctx context.Context) error {
	admin, err := db.Open(ctx, adminURL)
	if err != nil {
		return err
	}
	defer admin.Close()
	if _, err := admin.ExecContext(ctx, "CREATE DATABASE "+template); err != nil {
		return err
	}
	tdb, err := db.Open(ctx, withDB(adminURL, template))
	if err != nil {
		return err
	}
	defer tdb.Close()
	_, err = db.Migrate(ctx, tdb)
	return err
}

func dropDatabase(ctx context.Context, name string) {
	admin, err := db.Open(ctx, adminURL)
	if err != nil {
		return
	}
	defer admin.Close()
	_, _ = admin.ExecContext(ctx, "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)")
}

// New returns a fresh migrated database for t and its URL; it is dropped
// when t ends.
func New(t testing.TB) (*bun.DB, string) {
	t.Helper()
	if template == "" {
		t.Fatal("testdb: call testdb.Main from TestMain")
	}
	ctx := context.Background()
	name := "t_" + strings.ToLower(randomName())
	admin, err := db.Open(ctx, adminURL)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close()
	if _, err := admin.ExecContext(ctx, "CREATE DATABASE "+name+" TEMPLATE "+template); err != nil {
		t.Fatal(err)
	}
	u := withDB(adminURL, name)
	bdb, err := db.Open(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		bdb.Close()
		dropDatabase(context.Background(), name)
	})
	return bdb, u
}
