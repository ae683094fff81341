package server_test

import (
	"testing"
)

// A page of productions that does not ask totalCount is one statement
// (besides authentication); asking it adds the count.
func TestListCountsOnlyWhenAsked(t *testing.T) {
	e := newEnv(t)
	e.addProductions(30)
	counter := &queryCounter{}
	e.DB.AddQueryHook(counter)
	tok := e.login("coordinator@demo.test").Access
	auth := func() int64 {
		before := counter.n.Load()
		e.call(tok, `{ productions(first:0){ pageInfo { hasNextPage } } }`, nil, &struct{}{})
		return counter.n.Load() - before - 1
	}()
	type result struct {
		Productions struct {
			TotalCount int
			PageInfo   struct{ HasNextPage bool }
			Edges      []struct{}
		}
	}
	count := func(q string, n int) (int64, result) {
		before := counter.n.Load()
		var d result
		e.call(tok, q, map[string]any{"n": n}, &d)
		return counter.n.Load() - before - auth, d
	}
	plain, d := count(`query($n:Int!){ productions(first:$n){ pageInfo { hasNextPage } edges { node { id title status } } } }`, 10)
	if plain != 1 || len(d.Productions.Edges) != 10 || !d.Productions.PageInfo.HasNextPage {
		t.Fatalf("a page without totalCount: %d statements besides authentication, %+v", plain, d)
	}
	counted, d := count(`query($n:Int!){ productions(first:$n){ totalCount pageInfo { hasNextPage } edges { node { id } } } }`, 10)
	total := d.Productions.TotalCount
	if counted != 2 || total < 30 || !d.Productions.PageInfo.HasNextPage {
		t.Fatalf("a page with totalCount: %d statements besides authentication, %+v", counted, d)
	}
	last, d := count(`query($n:Int!){ productions(first:$n){ pageInfo { hasNextPage } edges { node { id } } } }`, 200)
	if last != 1 || d.Productions.PageInfo.HasNextPage || len(d.Productions.Edges) != total {
		t.Fatalf("the last page without totalCount: %d statements besides authentication, %+v", last, d)
	}
	t.Logf("authentication: %d statements; page: %d, with totalCount %d", auth, plain, counted)
}
