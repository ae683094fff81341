package server_test

import (
	"context"
	"encoding/json"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/uptrace/bun"

	"github.com/postprod/postprod/dataloaders/wave"
)

// requestCounter counts the statements of requests: not the replica's
// own reads of the outbox (its listener polls it), which may fall in the
// middle of a measure.
type requestCounter struct{ n atomic.Int64 }

func (c *requestCounter) BeforeQuery(ctx context.Context, q *bun.QueryEvent) context.Context {
	if !strings.Contains(q.Query, `FROM "events"`) {
		c.n.Add(1)
	}
	return ctx
}
func (c *requestCounter) AfterQuery(context.Context, *bun.QueryEvent) {}

// The loaders read as soon as every field of the request is done or
// waiting: no batch is split, whatever the rows, the nesting or the
// requests running beside it, and the fallback timer (there only for a
// miscount) never fires. Each request costs exactly its statements, on
// its first run, not the fewest of several.
func TestLoaderWavesNeverSplitABatch(t *testing.T) {
	e := newEnv(t)
	e.addProductions(30)
	e.addProductionWork()
	counter := &requestCounter{}
	e.DB.AddQueryHook(counter)
	tok := e.login("coordinator@demo.test").Access
	fallbacks := wave.Fallbacks()

	nested := `query($n:Int!){ productions(first:$n){ edges { node { id client { name } episodes { number } team { function technician { name } } } } } }`
	// spend runs q with n rows on `clients` requests at once and returns
	// the statements they cost in all.
	spend := func(q string, n, clients int) int64 {
		t.Helper()
		before := counter.n.Load()
		results := make([]*result, clients)
		var wg sync.WaitGroup
		for i := range clients {
			wg.Go(func() { results[i] = e.do(tok, q, map[string]any{"n": n}) })
		}
		wg.Wait()
		for _, r := range results {
			var d struct {
				Productions struct{ Edges []json.RawMessage }
			}
			r.decode(t, &d)
			if len(d.Productions.Edges) != n {
				t.Fatalf("asked %d productions, got %d", n, len(d.Productions.Edges))
			}
		}
		if d := wave.Fallbacks() - fallbacks; d != 0 {
			t.Fatalf("the fallback timer dispatched %d time(s): a wave was miscounted", d)
		}
		return counter.n.Load() - before
	}
	// The page, then one statement per relation: client, episodes, team,
	// technicians (the replica keeps the caller's membership).
	for _, n := range []int{3, 30} {
		if got := spend(nested, n, 1); got != 5 {
			t.Fatalf("nested, %d productions: %d statements, want 5", n, got)
		}
		if got := spend(nested, n, 8); got != 8*5 {
			t.Fatalf("nested, %d productions, 8 requests at once: %d statements, want %d", n, got, 8*5)
		}
	}
	// Every field, tracking included: the same for 3 and 30 rows, alone
	// or beside seven others.
	alone := spend(everyProductionField, 3, 1)
	for _, n := range []int{3, 30} {
		if got := spend(everyProductionField, n, 1); got != alone {
			t.Fatalf("every field, %d productions: %d statements, %d for 3", n, got, alone)
		}
		if got := spend(everyProductionField, n, 8); got != 8*alone {
			t.Fatalf("every field, %d productions, 8 requests at once: %d statements, want %d", n, got, 8*alone)
		}
	}
	// Shapes where fields wait behind others in their object (pageInfo
	// after edges, operations after tasks), aliases, directives, a root
	// field beside the list.
	for _, q := range []string{
		`query($n:Int!){ productions(first:$n){ edges { node { id client { name } } } pageInfo { hasNextPage } } }`,
		`query($n:Int!){ a: productions(first:$n){ edges { node { id c: client { name } client { id } } } } b: productions(first:2){ edges { node { __typename id episodes @include(if: true) { id } team @skip(if: true) { id } } } } }`,
		`query($n:Int!){ me { role } productions(first:$n){ edges { node { id tracking { summary { actualCost } tasks { production { id } } operations { operation { code } } } } } } }`,
	} {
		if r := e.do(tok, q, map[string]any{"n": 5}); len(r.Errors) > 0 {
			t.Fatalf("%s: %+v", q, r.Errors)
		}
	}
	if d := wave.Fallbacks() - fallbacks; d != 0 {
		t.Fatalf("the fallback timer dispatched %d time(s): a wave was miscounted", d)
	}
	t.Logf("statements: nested %d, every field %d", 5, alone)
}
