package server_test

import (
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/kernel/dates"
)

// Quote numbers are gapless per organisation and year: twenty sends at
// once take 1..20, a send that fails gives its number back, and another
// organisation counts from 1.
func TestQuoteNumberingGapless(t *testing.T) {
	e := newEmptyEnv(t)
	fx := e.newOrg("Devis Numéros")
	coord := fx.as(db.RoleCoordinator)
	p := fx.production()
	ids := make([]string, 20)
	for i := range ids {
		ids[i] = fx.quote(p, qline())
	}
	var wg sync.WaitGroup
	start := make(chan struct{})
	numbers := make([]string, len(ids))
	for i, id := range ids {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			var s struct{ SendQuote struct{ Number string } }
			r := e.do(coord, sendMutation, map[string]any{"id": id})
			if len(r.Errors) > 0 {
				t.Errorf("send %d: %+v", i, r.Errors)
				return
			}
			r.decode(t, &s)
			numbers[i] = s.SendQuote.Number
		}()
	}
	close(start)
	wg.Wait()
	year := time.Now().In(dates.Paris).Year()
	slices.Sort(numbers)
	for i, n := range numbers {
		if want := fmt.Sprintf("D-%d-%05d", year, i+1); n != want {
			t.Fatalf("numbers %v: %d is %s, want %s", numbers, i, n, want)
		}
	}

	// A send that fails after taking its number rolls it back.
	e.unfrozen(t, `CREATE FUNCTION test_fail_send() RETURNS trigger AS $$ BEGIN
		IF NEW.status = 'SENT' AND NEW.title = 'boom' THEN RAISE EXCEPTION 'boom'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`)
	e.unfrozen(t, `CREATE TRIGGER test_fail_send BEFORE UPDATE ON quote_versions FOR EACH ROW EXECUTE FUNCTION test_fail_send()`)
	boom := fx.quote(p, qline())
	e.call(coord, updateMutation, map[string]any{"id": boom, "in": map[string]any{"title": "boom"}}, &struct{}{})
	e.wantCode(coord, sendMutation, map[string]any{"id": boom}, "INTERNAL")
	if q := e.readQuote(coord, boom); q.Status != "DRAFT" || q.Number != nil {
		t.Fatalf("a failed send left %+v", q)
	}
	var s struct{ SendQuote struct{ Number string } }
	e.call(coord, sendMutation, map[string]any{"id": fx.quote(p, qline())}, &s)
	if want := fmt.Sprintf("D-%d-00021", year); s.SendQuote.Number != want {
		t.Fatalf("after a failed send: %s, want %s", s.SendQuote.Number, want)
	}

	// A revision keeps the number; another organisation starts at 1.
	var rv struct{ ReviseQuote struct{ ID string } }
	e.call(coord, reviseMutation, map[string]any{"id": ids[0]}, &rv)
	e.call(coord, sendMutation, map[string]any{"id": rv.ReviseQuote.ID}, &s)
	first := e.readQuote(coord, ids[0])
	if s.SendQuote.Number != *first.Number || *e.readQuote(coord, rv.ReviseQuote.ID).Reference != *first.Number+" v2" {
		t.Fatalf("the revision is numbered %s, v1 %s", s.SendQuote.Number, *first.Number)
	}
	other := e.newOrg("Autre Maison")
	e.call(other.as(db.RoleCoordinator), sendMutation, map[string]any{"id": other.quote(other.production(), qline())}, &s)
	if want := fmt.Sprintf("D-%d-00001", year); s.SendQuote.Number != want {
		t.Fatalf("another organisation: %s", s.SendQuote.Number)
	}
}
