package server_test

import (
	"fmt"
	"slices"
	"testing"
)

// Helpers of the keyset tests: walk a list page by page through its
// cursors, as the app's "more" button does.

// idPage is any connection read as ids, whatever the list: the query
// aliases it as "list".
type idPage struct {
	List struct {
		TotalCount int
		PageInfo   struct {
			HasNextPage, HasPreviousPage bool
			EndCursor                    *string
		}
		Edges []struct {
			Cursor string
			Node   struct{ ID string }
		}
	}
}

func (p idPage) ids() []string {
	out := []string{}
	for _, e := range p.List.Edges {
		out = append(out, e.Node.ID)
	}
	return out
}

// listOf is a connection query over ids: field is the list with its own
// arguments, e.g. `productions(first:$n, after:$a, sort:TITLE)`.
func listOf(field string) string {
	return fmt.Sprintf(`query($n:Int,$a:String){ list: %s { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { id } } } }`, field)
}

// all reads a list in one page.
func (e *env) all(tok, query string) []string {
	e.t.Helper()
	var p idPage
	e.call(tok, query, map[string]any{"n": 200}, &p)
	if p.List.PageInfo.HasNextPage {
		e.t.Fatalf("%s: more than 200 rows", query)
	}
	return p.ids()
}

// walk reads a list n rows at a time to its end, calling between(page)
// after each page but the last, and checks each page's cursors: the last
// edge's cursor is endCursor, and starting after any edge's cursor gives
// the rows that follow it.
func (e *env) walk(tok, query string, n int, between func(page int)) []string {
	e.t.Helper()
	var got []string
	var after any
	for page := 1; ; page++ {
		if page > 200 {
			e.t.Fatalf("%s: more than 200 pages", query)
		}
		var p idPage
		e.call(tok, query, map[string]any{"n": n, "a": after}, &p)
		if p.List.PageInfo.HasPreviousPage != (page > 1) {
			e.t.Fatalf("%s page %d: hasPreviousPage %v", query, page, p.List.PageInfo.HasPreviousPage)
		}
		got = append(got, p.ids()...)
		if k := len(p.List.Edges); k > 0 && (p.List.PageInfo.EndCursor == nil || *p.List.PageInfo.EndCursor != p.List.Edges[k-1].Cursor) {
			e.t.Fatalf("%s page %d: endCursor %v is not the last edge's cursor", query, page, p.List.PageInfo.EndCursor)
		}
		if !p.List.PageInfo.HasNextPage {
			if len(p.List.Edges) > n {
				e.t.Fatalf("%s page %d: %d rows for first %d", query, page, len(p.List.Edges), n)
			}
			return got
		}
		if len(p.List.Edges) != n {
			e.t.Fatalf("%s page %d: %d rows for first %d, and more to come", query, page, len(p.List.Edges), n)
		}
		if between != nil {
			between(page)
		}
		after = *p.List.PageInfo.EndCursor
	}
}

// once checks that each of want appears exactly once in got, and that
// nothing in got is repeated.
func once(t *testing.T, what string, got, want []string) {
	t.Helper()
	seen := map[string]int{}
	for _, id := range got {
		seen[id]++
		if seen[id] == 2 {
			t.Errorf("%s: %s read twice", what, id)
		}
	}
	for _, id := range want {
		if seen[id] == 0 {
			t.Errorf("%s: %s skipped", what, id)
		}
	}
}

// sameOrder checks that the walked list is the list read whole.
func sameOrder(t *testing.T, what string, walked, whole []string) {
	t.Helper()
	if !slices.Equal(walked, whole) {
		t.Errorf("%s: walked %v\n  whole  %v", what, walked, whole)
	}
}
