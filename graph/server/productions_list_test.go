package server_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/postprod/postprod/db"
)

// The productions working list: search, filters, sort and pages are all
// applied by the server, so a house with thousands of productions never
// sends them all to the app.

const listQuery = `query($f:ProductionFilter,$s:ProductionSort,$d:Boolean,$n:Int,$a:String){
  productions(first:$n, after:$a, filter:$f, sort:$s, descending:$d){ totalCount pageInfo { hasNextPage endCursor } edges { node { title } } } }`

type titlesPage struct {
	Productions struct {
		TotalCount int
		PageInfo   struct {
			HasNextPage bool
			EndCursor   string
		}
		Edges []struct{ Node struct{ Title string } }
	}
}

func (p titlesPage) titles() []string {
	out := []string{}
	for _, e := range p.Productions.Edges {
		out = append(out, e.Node.Title)
	}
	return out
}

func TestProductionListSearchesFiltersAndSorts(t *testing.T) {
	e := newEmptyEnv(t)
	fx := e.newOrg("Liste Post")
	tok := fx.as(db.RoleCoordinator)
	zephyr := fx.client("name", "Zéphyr Films", "legalName", "Zéphyr Films SAS")
	atelier := fx.client("name", "Atelier Nord")
	fx.production("title", "Bravo", "kind", "DOCUMENTARY", "clientId", zephyr, "director", "Agnès Roux", "status", "IN_POST", "deliveryDeadline", "2026-09-10")
	fx.production("title", "alpha", "kind", "FEATURE_FILM", "clientId", atelier, "director", "Jean Lenoir", "status", "PREPARATION", "deliveryDeadline", "2026-06-01")
	fx.production("title", "Charlie", "kind", "TV_SERIES", "clientId", atelier, "status", "CLOSED", "deliveryDeadline", "2026-03-15")
	fx.production("title", "Delta", "kind", "DOCUMENTARY", "clientId", zephyr, "status", "DELIVERED")

	list := func(vars map[string]any) []string {
		t.Helper()
		var p titlesPage
		e.call(tok, listQuery, vars, &p)
		if p.Productions.TotalCount != len(p.Productions.Edges) {
			t.Fatalf("%v: totalCount %d for %d rows", vars, p.Productions.TotalCount, len(p.Productions.Edges))
		}
		return p.titles()
	}
	cases := []struct {
		name string
		vars map[string]any
		want []string
	}{
		{"by title", map[string]any{"s": "TITLE"}, []string{"alpha", "Bravo", "Charlie", "Delta"}},
		{"by title, descending", map[string]any{"s": "TITLE", "d": true}, []string{"Delta", "Charlie", "Bravo", "alpha"}},
		{"by deadline, none last", map[string]any{"s": "DEADLINE"}, []string{"Charlie", "alpha", "Bravo", "Delta"}},
		{"by deadline descending, none still last", map[string]any{"s": "DEADLINE", "d": true}, []string{"Bravo", "alpha", "Charlie", "Delta"}},
		{"by client, then title", map[string]any{"s": "CLIENT"}, []string{"alpha", "Charlie", "Bravo", "Delta"}},
		{"by status in the life order", map[string]any{"s": "STATUS"}, []string{"alpha", "Bravo", "Delta", "Charlie"}},
		{"most recent first by default", nil, []string{"Delta", "Charlie", "alpha", "Bravo"}},
		{"search on the client's name", map[string]any{"f": map[string]any{"search": "zéphyr"}, "s": "TITLE"}, []string{"Bravo", "Delta"}},
		{"search on the client's legal name", map[string]any{"f": map[string]any{"search": "SAS"}, "s": "TITLE"}, []string{"Bravo", "Delta"}},
		{"search on the director", map[string]any{"f": map[string]any{"search": "lenoir"}}, []string{"alpha"}},
		{"search on the title", map[string]any{"f": map[string]any{"search": "ARL"}}, []string{"Charlie"}},
		{"kind", map[string]any{"f": map[string]any{"kind": "DOCUMENTARY"}, "s": "TITLE"}, []string{"Bravo", "Delta"}},
		{"client", map[string]any{"f": map[string]any{"clientId": atelier}, "s": "TITLE"}, []string{"alpha", "Charlie"}},
		{"open statuses", map[string]any{"f": map[string]any{"statuses": []string{"PREPARATION", "IN_POST", "DELIVERED"}}, "s": "TITLE"}, []string{"alpha", "Bravo", "Delta"}},
		{"deadline from", map[string]any{"f": map[string]any{"deadlineFrom": "2026-06-01"}, "s": "DEADLINE"}, []string{"alpha", "Bravo"}},
		{"deadline to", map[string]any{"f": map[string]any{"deadlineTo": "2026-06-01"}, "s": "DEADLINE"}, []string{"Charlie", "alpha"}},
		{"deadline range and kind", map[string]any{"f": map[string]any{"deadlineFrom": "2026-01-01", "deadlineTo": "2026-12-31", "kind": "DOCUMENTARY"}}, []string{"Bravo"}},
		{"nothing matches", map[string]any{"f": map[string]any{"search": "%"}}, []string{}},
	}
	for _, c := range cases {
		if got := list(c.vars); !slices.Equal(got, c.want) {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
	}

	// Pages follow the sort: two pages of two by title give the four in order.
	var first, second titlesPage
	e.call(tok, listQuery, map[string]any{"s": "TITLE", "n": 2}, &first)
	e.call(tok, listQuery, map[string]any{"s": "TITLE", "n": 2, "a": first.Productions.PageInfo.EndCursor}, &second)
	if got := append(first.titles(), second.titles()...); !slices.Equal(got, []string{"alpha", "Bravo", "Charlie", "Delta"}) || !first.Productions.PageInfo.HasNextPage || second.Productions.PageInfo.HasNextPage {
		t.Errorf("two pages by title: %v (more after the first: %v, after the second: %v)", got, first.Productions.PageInfo.HasNextPage, second.Productions.PageInfo.HasNextPage)
	}

	// A range that ends before it starts is named on its field.
	r := e.do(tok, listQuery, map[string]any{"f": map[string]any{"deadlineFrom": "2026-06-02", "deadlineTo": "2026-06-01"}})
	if r.code() != "VALIDATION" || r.Errors[0].Extensions["field"] != "deadlineTo" {
		t.Errorf("reversed range: %+v", r.Errors)
	}
	if r := e.do(tok, listQuery, map[string]any{"s": "PRICE"}); r.code() != "VALIDATION" {
		t.Errorf("unknown sort: %+v", r.Errors)
	}

	// The producer searches within their own client's productions only.
	var own titlesPage
	e.call(fx.as(db.RoleProducer), listQuery, map[string]any{"f": map[string]any{"search": "a"}}, &own)
	if own.Productions.TotalCount != 0 {
		t.Errorf("the producer of another client found %v", own.titles())
	}
}

// A filtered, sorted page costs the same number of statements for 5 or 55
// productions: the client sort and search are subqueries of the page's
// statement, not one query per row.
func TestFilteredProductionListQueriesAreConstant(t *testing.T) {
	e := newEnv(t)
	counter := &queryCounter{}
	e.DB.AddQueryHook(counter)
	tok := e.login("coordinator@demo.test").Access
	e.addProductions(60)
	q := `query($n:Int!){ productions(first:$n, sort: CLIENT, descending: true, filter: { search: "série", statuses: [IN_POST], deadlineTo: null }){
	  totalCount edges { node { id title status client { name } episodes { number } team { technician { name } } } } } }`
	count := func(n int) int64 {
		before := counter.n.Load()
		var d prodList
		e.call(tok, q, map[string]any{"n": n}, &d)
		if len(d.Productions.Edges) != n {
			t.Fatalf("asked %d productions, got %d", n, len(d.Productions.Edges))
		}
		return counter.n.Load() - before
	}
	few, many := count(5), count(55)
	t.Logf("SQL statements: %d for 5 productions, %d for 55", few, many)
	if few > 10 || many > 10 {
		t.Fatalf("SQL statements: %d for 5 productions, %d for 55", few, many)
	}
}

func TestAddEpisodesAtOnceAllOrNothing(t *testing.T) {
	e := newEmptyEnv(t)
	fx := e.newOrg("Épisodes Post")
	tok := fx.as(db.RoleCoordinator)
	prod := fx.production("kind", "TV_SERIES")
	fx.episode(prod, 1, "title", "Pilote")
	add := `mutation($p:ID!,$n:Int!,$t:String,$m:Int){ addEpisodes(productionId:$p, count:$n, titlePrefix:$t, runtimeMinutes:$m){ number title runtimeMinutes } }`
	var d struct {
		AddEpisodes []struct {
			Number         int
			Title          string
			RuntimeMinutes *int
		}
	}
	e.call(tok, add, map[string]any{"p": prod, "n": 3, "t": "Épisode", "m": 52}, &d)
	var got []string
	for _, ep := range d.AddEpisodes {
		if ep.RuntimeMinutes == nil || *ep.RuntimeMinutes != 52 {
			t.Errorf("episode %d: runtime %v", ep.Number, ep.RuntimeMinutes)
		}
		got = append(got, ep.Title)
	}
	if !slices.Equal(got, []string{"Épisode 2", "Épisode 3", "Épisode 4"}) {
		t.Fatalf("added %v", got)
	}
	// Without a prefix, untitled, after the last.
	e.call(tok, add, map[string]any{"p": prod, "n": 2}, &d)
	if len(d.AddEpisodes) != 2 || d.AddEpisodes[0].Number != 5 || d.AddEpisodes[1].Title != "" {
		t.Fatalf("added %+v", d.AddEpisodes)
	}

	before := e.snapshot(productionTables...)
	refused := []struct {
		name, token, code, field string
		vars                     map[string]any
	}{
		{"none", tok, "VALIDATION", "count", map[string]any{"p": prod, "n": 0}},
		{"too many at once", tok, "VALIDATION", "count", map[string]any{"p": prod, "n": 201}},
		{"negative runtime", tok, "VALIDATION", "runtimeMinutes", map[string]any{"p": prod, "n": 2, "m": -1}},
		{"long prefix", tok, "VALIDATION", "titlePrefix", map[string]any{"p": prod, "n": 2, "t": strings.Repeat("x", 191)}},
		{"unknown production", tok, "NOT_FOUND", "", map[string]any{"p": "00000000-0000-4000-8000-000000000000", "n": 2}},
		{"a technician", fx.as(db.RoleTechnician), "FORBIDDEN", "", map[string]any{"p": prod, "n": 2}},
		{"a producer", fx.as(db.RoleProducer), "FORBIDDEN", "", map[string]any{"p": prod, "n": 2}},
	}
	for _, c := range refused {
		r := e.do(c.token, add, c.vars)
		if r.code() != c.code || (c.field != "" && r.Errors[0].Extensions["field"] != c.field) {
			t.Errorf("%s: %+v", c.name, r.Errors)
		}
	}
	if e.snapshot(productionTables...) != before {
		t.Fatal("a refused addEpisodes changed the data")
	}
	// Past the last number allowed: refused whole, not the first few written.
	fx.episode(prod, 9998)
	before = e.snapshot(productionTables...)
	if r := e.do(tok, add, map[string]any{"p": prod, "n": 5}); r.code() != "VALIDATION" {
		t.Errorf("past 10000: %+v", r.Errors)
	}
	if e.snapshot(productionTables...) != before {
		t.Fatal("a refused addEpisodes changed the data")
	}
}
