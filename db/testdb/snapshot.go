package testdb

import (
	"context"
	"strings"
	"testing"

	"github.com/uptrace/bun"
)

// Snapshot returns every row of the named tables as text, in a stable order,
// so that a test can check that a refused change left them exactly as they
// were: compare a snapshot taken before with one taken after. With no table
// named it covers every table of the schema.
func Snapshot(t testing.TB, idb bun.IDB, tables ...string) string {
	t.Helper()
	ctx := context.Background()
	if len(tables) == 0 {
		if err := idb.NewRaw("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1").Scan(ctx, &tables); err != nil {
			t.Fatal(err)
		}
	}
	var b strings.Builder
	for _, table := range tables {
		var rows []string
		if err := idb.NewRaw("SELECT t::text FROM ? t ORDER BY 1", bun.Ident(table)).Scan(ctx, &rows); err != nil {
			t.Fatalf("snapshot of %s: %v", table, err)
		}
		b.WriteString("-- " + table + "\n")
		for _, r := range rows {
			b.WriteString(r + "\n")
		}
	}
	return b.String()
}
