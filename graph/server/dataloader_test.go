package server_test

import (
	"context"
	"fmt"
	"sync/atomic"
	"testing"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
)

type queryCounter struct{ n atomic.Int64 }

func (c *queryCounter) BeforeQuery(ctx context.Context, _ *bun.QueryEvent) context.Context {
	c.n.Add(1)
	return ctx
}
func (c *queryCounter) AfterQuery(context.Context, *bun.QueryEvent) {}

// addProductions inserts n productions, each with two episodes and a team of
// three, for the demo organisation.
func (e *env) addProductions(n int) {
	e.t.Helper()
	ctx := context.Background()
	org := e.membership("coordinator@demo.test").OrganisationID
	var clients, techs []uuid.UUID
	if err := e.DB.NewSelect().Model((*db.Client)(nil)).Column("id").Scan(ctx, &clients); err != nil {
		e.t.Fatal(err)
	}
	if err := e.DB.NewSelect().Model((*db.Technician)(nil)).Column("id").Scan(ctx, &techs); err != nil {
		e.t.Fatal(err)
	}
	var prods []db.Production
	var eps []db.Episode
	var team []db.TeamMember
	for i := range n {
		p := db.Production{ID: uuid.New(), OrganisationID: org, ClientID: clients[i%len(clients)], Title: fmt.Sprintf("Série %03d", i), Kind: "TV_SERIES", Status: "IN_POST"}
		prods = append(prods, p)
		for k := 1; k <= 2; k++ {
			eps = append(eps, db.Episode{OrganisationID: org, ProductionID: p.ID, Number: k})
		}
		for k := range 3 {
			team = append(team, db.TeamMember{OrganisationID: org, ProductionID: p.ID, TechnicianID: techs[(i+k)%len(techs)], Function: "Monteur", DailyRate: 40000})
		}
	}
	for _, rows := range []any{&prods, &eps, &team} {
		if _, err := e.DB.NewInsert().Model(rows).Exec(ctx); err != nil {
			e.t.Fatal(err)
		}
	}
}

// The number of SQL statements of a request does not grow with the rows:
// every relation goes through a dataloader.
func TestProductionListQueriesAreConstant(t *testing.T) {
	e := newEnv(t)
	counter := &queryCounter{}
	e.DB.AddQueryHook(counter)
	tok := e.login("coordinator@demo.test").Access
	q := `query($n:Int!){ productions(first:$n){ totalCount edges { node { id title client { name } episodes { number } team { function technician { name } } } } } }`
	count := func(n int) int64 {
		before := counter.n.Load()
		var d prodList
		e.do(tok, q, map[string]any{"n": n}).decode(t, &d)
		if len(d.Productions.Edges) != n {
			t.Fatalf("asked %d productions, got %d", n, len(d.Productions.Edges))
		}
		return counter.n.Load() - before
	}
	e.addProductions(60)
	few, many := count(5), count(55)
	t.Logf("SQL statements: %d for 5 productions, %d for 55", few, many)
	// Authentication, page and count, then one query per relation: clients,
	// episodes, team, technicians. A loader's batch window may close early
	// on a loaded machine and split a batch in two, hence the margin; a
	// query per row would give 55 or more.
	if few > 10 || many > 10 {
		t.Fatalf("SQL statements: %d for 5 productions, %d for 55", few, many)
	}
}

// The catalogue too: a page of works with their production, residual
// holder and shares costs the same number of statements for 5 or 30 works.
func TestWorkListQueriesAreConstant(t *testing.T) {
	e := newEnv(t)
	counter := &queryCounter{}
	e.DB.AddQueryHook(counter)
	tok := e.login("coordinator@demo.test").Access
	q := `query($n:Int!){ works(first:$n){ edges { node { title production { title } residualHolder { name } shares { holder { name } } commissions { media } expenses { remaining } } } } }`
	count := func(n int) int64 {
		before := counter.n.Load()
		var d struct{ Works struct{ Edges []struct{} } }
		e.call(tok, q, map[string]any{"n": n}, &d)
		if len(d.Works.Edges) != n {
			t.Fatalf("asked %d works, got %d", n, len(d.Works.Edges))
		}
		return counter.n.Load() - before
	}
	few, many := count(5), count(30)
	t.Logf("SQL statements: %d for 5 works, %d for 30", few, many)
	if few > 12 || many > 12 {
		t.Fatalf("SQL statements: %d for 5 works, %d for 30", few, many)
	}
}
