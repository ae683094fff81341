package testdb

import (
	"context"
	"fmt"
	"testing"

	"github.com/uptrace/bun"
)

// Fingerprint is, for every table of the schema, its row count and an md5
// of its rows in a stable order, and for every sequence its last value:
// what a restored copy must reproduce exactly. Cheaper to show than a
// Snapshot when a test only needs to say which table differs.
func Fingerprint(t testing.TB, idb bun.IDB) map[string]string {
	t.Helper()
	ctx := context.Background()
	var tables []string
	if err := idb.NewRaw("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1").Scan(ctx, &tables); err != nil {
		t.Fatal(err)
	}
	out := make(map[string]string, len(tables))
	for _, table := range tables {
		var n int
		var sum string
		err := idb.NewRaw("SELECT count(*), coalesce(md5(string_agg(t::text, E'\\n' ORDER BY t::text)), '') FROM ? t", bun.Ident(table)).Scan(ctx, &n, &sum)
		if err != nil {
			t.Fatalf("fingerprint of %s: %v", table, err)
		}
		out[table] = fmt.Sprintf("%d rows %s", n, sum)
	}
	var seqs []struct {
		Name string
		Last *int64
	}
	if err := idb.NewRaw("SELECT sequencename AS name, last_value AS last FROM pg_sequences WHERE schemaname = current_schema()").Scan(ctx, &seqs); err != nil {
		t.Fatal(err)
	}
	for _, s := range seqs {
		v := "unused"
		if s.Last != nil {
			v = fmt.Sprint(*s.Last)
		}
		out["sequence "+s.Name] = v
	}
	return out
}
