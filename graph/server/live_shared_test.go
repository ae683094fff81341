package server_test

import (
	"context"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
)

// productionReads counts the server's statements, and those that read the
// productions table.
type productionReads struct{ all, productions atomic.Int64 }

func (c *productionReads) BeforeQuery(ctx context.Context, q *bun.QueryEvent) context.Context {
	c.all.Add(1)
	if strings.HasPrefix(q.Query, "SELECT") && strings.Contains(q.Query, `FROM "productions"`) {
		c.productions.Add(1)
	}
	return ctx
}
func (c *productionReads) AfterQuery(context.Context, *bun.QueryEvent) {}

// An event reaches several subscribers with one read of its production
// (they share the event's loaders), and each subscriber still gets only
// what it may see: a technician taken off the team since subscribing gets
// a null production while the coordinators get the new title.
func TestProductionEventIsReadOnceForAllItsSubscribers(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	coord := e.login("coordinator@demo.test")
	tech := e.login("tech@demo.test")
	techID := e.membership("tech@demo.test").TechnicianID
	prod := new(db.Production)
	if err := e.DB.NewSelect().Model(prod).
		Where("id IN (SELECT production_id FROM team_members WHERE technician_id = ?)", techID).
		OrderExpr("title").Limit(1).Scan(ctx); err != nil {
		t.Fatal(err)
	}
	id, client := prod.ID.String(), prod.ClientID.String()
	counter := &productionReads{}
	e.DB.AddQueryHook(counter)

	// What the mutation reads by itself, with nobody listening.
	e.settle(e.API.URL)
	before := counter.productions.Load()
	e.rename(e.API.URL, coord.Access, id, client, "Sans abonnés")
	e.settle(e.API.URL)
	alone := counter.productions.Load() - before

	const coordinators = 5
	var subs []*wsClient
	for range coordinators {
		ws, err := e.dialWS(e.API.URL, map[string]any{"Authorization": "Bearer " + coord.Access})
		if err != nil {
			t.Fatal(err)
		}
		ws.subscribe("1", eventsSub, map[string]any{"id": id})
		subs = append(subs, ws)
	}
	tws, err := e.dialWS(e.API.URL, map[string]any{"Authorization": "Bearer " + tech.Access})
	if err != nil {
		t.Fatal(err)
	}
	tws.subscribe("1", eventsSub, map[string]any{"id": id})
	e.waitSubscribers(e.API.URL, coordinators+1)
	// Off the team without an event: the subscription stays open.
	if _, err := e.DB.NewDelete().Model((*db.TeamMember)(nil)).Where("production_id = ? AND technician_id = ?", prod.ID, techID).Exec(ctx); err != nil {
		t.Fatal(err)
	}

	before, all := counter.productions.Load(), counter.all.Load()
	e.rename(e.API.URL, coord.Access, id, client, "Vue par tous")
	for i, ws := range subs {
		ev := ws.next(10 * time.Second)["productionEvents"].(map[string]any)
		if p, _ := ev["production"].(map[string]any); p == nil || p["title"] != "Vue par tous" {
			t.Fatalf("coordinator %d received %v", i, ev)
		}
	}
	if ev := tws.next(10 * time.Second)["productionEvents"].(map[string]any); ev["production"] != nil {
		t.Fatalf("the technician off the team still sees the production: %v", ev)
	}
	reads := counter.productions.Load() - before
	t.Logf("production reads: %d by the mutation alone, %d with %d subscribers (%d statements in all)", alone, reads, coordinators+1, counter.all.Load()-all)
	if reads != alone+1 {
		t.Fatalf("the event's production was read %d times for %d subscribers, want once", reads-alone, coordinators+1)
	}
}
