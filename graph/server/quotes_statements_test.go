package server_test

import (
	"context"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
)

// A page of quotes with their lines, production, client, number, totals,
// versions and amendments costs the same statements for 3 quotes as for
// 30: every relation goes through a loader.
func TestQuoteListStatements(t *testing.T) {
	e := newEmptyEnv(t)
	fx := e.newOrg("Devis Requêtes")
	coord := fx.as(db.RoleCoordinator)
	// A client without users: no notice, no mail sent in the background
	// while statements are counted.
	p := fx.production("clientId", fx.client())
	ep := fx.episode(p, 1)
	for range 30 {
		fx.sentQuote(p)
	}
	for range 3 {
		fx.quote(p, qline("operationId", fx.op("GRADING"), "episodeId", ep), qline("vatRate", "0"))
	}
	e.settle(e.API.URL)
	counter := &queryCounter{}
	e.DB.AddQueryHook(counter)
	const q = `query($n:Int!){ quotes(first:$n){ totalCount edges { node { id number reference status expiresSoon
		production { title } client { name } totals { ht vat ttc byRate { rate vat } } depositAmount
		lines { net operation { code } episode { number } } versions { version } amendments { id } acceptance { name } documentUrl } } } }`
	count := func(n int) int64 {
		before := counter.n.Load()
		var d struct {
			Quotes struct {
				Edges []struct {
					Node struct{ Lines []struct{ Net string } }
				}
			}
		}
		e.call(coord, q, map[string]any{"n": n}, &d)
		if len(d.Quotes.Edges) != n {
			t.Fatalf("%d quotes, want %d", len(d.Quotes.Edges), n)
		}
		return counter.n.Load() - before
	}
	count(3) // warms what a first request reads once
	pdfs := &pdfReads{}
	e.DB.AddQueryHook(pdfs)
	small, large := count(3), count(30)
	if pdfs.n.Load() > 0 {
		t.Errorf("a list read %d PDFs", pdfs.n.Load())
	}
	if small != large {
		t.Fatalf("3 quotes: %d statements, 30 quotes: %d", small, large)
	}
	t.Logf("a page of quotes with their relations: %d statements (authentication included)", small)
}

// pdfReads counts the statements that select a frozen PDF.
type pdfReads struct{ n atomic.Int64 }

func (c *pdfReads) BeforeQuery(ctx context.Context, ev *bun.QueryEvent) context.Context {
	if strings.HasPrefix(ev.Query, "SELECT") && strings.Contains(ev.Query, `."document"`) {
		c.n.Add(1)
	}
	return ctx
}
func (c *pdfReads) AfterQuery(context.Context, *bun.QueryEvent) {}
