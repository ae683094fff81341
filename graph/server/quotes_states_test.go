package server_test

import (
	"fmt"
	"regexp"
	"sync"
	"testing"
	"time"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/kernel/dates"
)

var quoteTables = []string{"quotes", "quote_versions", "quote_lines", "document_sequences"}

// Every move of a version, allowed and refused; a sent version is frozen.
func TestQuoteStateMachine(t *testing.T) {
	e := newEmptyEnv(t)
	fx := e.newOrg("Devis États")
	coord, prod := fx.as(db.RoleCoordinator), fx.as(db.RoleProducer)
	p := fx.production()
	id := fx.quote(p)
	idv := map[string]any{"id": id}

	// A DRAFT: sending it empty is refused; edits are fine.
	e.wantCode(coord, sendMutation, idv, "VALIDATION")
	e.call(coord, updateMutation, map[string]any{"id": id, "in": map[string]any{"title": "Étalonnage", "lines": []any{qline()}}}, &struct{}{})
	e.wantCode(coord, updateMutation, map[string]any{"id": id, "in": map[string]any{"validUntil": dates.Today().AddDays(-1).String()}}, "VALIDATION")
	e.wantCode(prod, acceptMutation, map[string]any{"id": id, "n": "P", "m": "bon pour accord"}, "NOT_FOUND") // a producer sees no draft
	e.wantCode(coord, reviseMutation, idv, "CONFLICT")

	// DRAFT → SENT: numbered, frozen.
	var s struct {
		SendQuote struct{ ID, Status, Number, Reference string }
	}
	e.call(coord, sendMutation, idv, &s)
	year := time.Now().In(dates.Paris).Year()
	if s.SendQuote.Status != "SENT" || s.SendQuote.Number != fmt.Sprintf("D-%d-00001", year) || s.SendQuote.Reference != s.SendQuote.Number+" v1" {
		t.Fatalf("sent: %+v", s.SendQuote)
	}
	v1 := e.readQuote(coord, id)
	if v1.DocumentSha256 == nil || !regexp.MustCompile(`^[0-9a-f]{64}$`).MatchString(*v1.DocumentSha256) || v1.DocumentURL == nil {
		t.Fatalf("sent without its document: %+v", v1)
	}
	frozen := e.snapshot(quoteTables...)
	for _, m := range []struct {
		q    string
		vars map[string]any
	}{
		{updateMutation, map[string]any{"id": id, "in": map[string]any{"title": "Autre"}}},
		{updateMutation, map[string]any{"id": id, "in": map[string]any{"lines": []any{qline("unitPrice", "1")}}}},
		{sendMutation, idv},
		{`mutation($id:ID!){ discardQuote(id:$id) }`, idv},
	} {
		e.wantCode(coord, m.q, m.vars, "CONFLICT")
	}
	if e.snapshot(quoteTables...) != frozen {
		t.Fatal("a refused change of a sent version changed it")
	}
	// The database refuses too, whatever the path.
	if _, err := e.DB.ExecContext(t.Context(), "UPDATE quote_lines SET unit_price_cents = 1 WHERE version_id = ?", id); err == nil {
		t.Fatal("the trigger let a sent line change")
	}

	// SENT → SUPERSEDED by revision; the old version cannot be revised or answered.
	var r struct {
		ReviseQuote struct {
			ID, Status string
			Version    int
		}
	}
	e.call(coord, reviseMutation, idv, &r)
	v2 := r.ReviseQuote.ID
	if r.ReviseQuote.Version != 2 || r.ReviseQuote.Status != "DRAFT" || e.readQuote(coord, id).Status != "SUPERSEDED" {
		t.Fatalf("revision: %+v, v1 %s", r.ReviseQuote, e.readQuote(coord, id).Status)
	}
	e.wantCode(coord, reviseMutation, idv, "CONFLICT")
	e.wantCode(prod, acceptMutation, map[string]any{"id": id, "n": "P", "m": "bon pour accord"}, "CONFLICT")
	// The lines kept their keys: v2 changed from v1 line by line.
	e.call(coord, updateMutation, map[string]any{"id": v2, "in": map[string]any{"lines": []any{
		qline("key", v1.Lines[0].Key, "quantity", "3"), qline("kind", "FLAT", "unit", "FLAT", "quantity", "1")}}}, &struct{}{})
	var ch struct {
		Quote struct {
			Changes []struct {
				Kind   string
				Fields []string
			}
			Versions []struct{ Version int }
		}
	}
	e.call(coord, `query($id:ID!,$f:ID!){ quote(id:$id){ changes(from:$f){ kind fields } versions { version } } }`, map[string]any{"id": v2, "f": id}, &ch)
	if c := ch.Quote.Changes; len(c) != 2 || c[0].Kind != "CHANGED" || len(c[0].Fields) != 1 || c[0].Fields[0] != "quantity" || c[1].Kind != "ADDED" {
		t.Fatalf("changes %+v", c)
	}
	if len(ch.Quote.Versions) != 2 || ch.Quote.Versions[0].Version != 2 {
		t.Fatalf("versions %+v", ch.Quote.Versions)
	}
	var pv struct {
		Quote struct{ Versions []struct{ Version int } }
	}
	e.call(prod, `query($id:ID!){ quote(id:$id){ versions { version } } }`, idv, &pv)
	if len(pv.Quote.Versions) != 1 { // the draft v2 is not the producer's
		t.Fatalf("the producer sees versions %+v", pv.Quote.Versions)
	}

	// SENT → ACCEPTED by the producer, with the mention only.
	e.call(coord, sendMutation, map[string]any{"id": v2}, &struct{}{})
	e.wantCode(coord, acceptMutation, map[string]any{"id": v2, "n": "C", "m": "bon pour accord"}, "FORBIDDEN")
	r2 := e.wantCode(prod, acceptMutation, map[string]any{"id": v2, "n": "Paul", "m": "d'accord"}, "VALIDATION")
	if r2.Errors[0].Extensions["field"] != "mention" {
		t.Fatalf("mention refused on %v", r2.Errors[0].Extensions["field"])
	}
	e.call(prod, acceptMutation, map[string]any{"id": v2, "n": "Paul Producteur", "m": "  Bon  POUR accord "}, &struct{}{})
	acc := e.readQuote(coord, v2)
	sent := e.readQuote(coord, v2).DocumentSha256
	if acc.Status != "ACCEPTED" || acc.Acceptance == nil || acc.Acceptance.Name != "Paul Producteur" || acc.Acceptance.DocumentSha256 != *sent ||
		acc.Acceptance.Address == nil || *acc.Acceptance.Address == "" {
		t.Fatalf("accepted: %+v", acc)
	}
	if pa := e.readQuote(prod, v2).Acceptance; pa == nil || pa.Address != nil {
		t.Fatalf("the producer reads the acceptance as %+v", pa)
	}
	for _, m := range []struct {
		tok, q string
		vars   map[string]any
	}{
		{prod, acceptMutation, map[string]any{"id": v2, "n": "P", "m": "bon pour accord"}},
		{prod, refuseMutation, map[string]any{"id": v2, "r": "trop cher"}},
		{coord, reviseMutation, map[string]any{"id": v2}},
		{coord, updateMutation, map[string]any{"id": v2, "in": map[string]any{"title": "x"}}},
	} {
		e.wantCode(m.tok, m.q, m.vars, "CONFLICT")
	}

	// SENT → REFUSED, then a revision starts from it.
	q2 := fx.sentQuote(p)
	e.wantCode(prod, refuseMutation, map[string]any{"id": q2, "r": "  "}, "VALIDATION")
	e.call(prod, refuseMutation, map[string]any{"id": q2, "r": "Trop cher"}, &struct{}{})
	if got := e.readQuote(coord, q2); got.Status != "REFUSED" || got.Refusal == nil || got.Refusal.Reason != "Trop cher" {
		t.Fatalf("refused: %+v", got)
	}
	e.wantCode(prod, acceptMutation, map[string]any{"id": q2, "n": "P", "m": "bon pour accord"}, "CONFLICT")
	e.call(coord, reviseMutation, map[string]any{"id": q2}, &r)
	if r.ReviseQuote.Version != 2 || e.readQuote(coord, q2).Status != "REFUSED" {
		t.Fatalf("revision of a refused quote: %+v", r.ReviseQuote)
	}

	// A DRAFT is discarded, with its quote when it is the only version.
	q3 := fx.quote(p, qline())
	var disc struct{ DiscardQuote bool }
	e.call(coord, `mutation($id:ID!){ discardQuote(id:$id) }`, map[string]any{"id": q3}, &disc)
	e.wantCode(coord, `query($id:ID!){ quote(id:$id){ id } }`, map[string]any{"id": q3}, "NOT_FOUND")
}

// Past its validity a sent version reads EXPIRED, cannot be accepted
// (VALIDATION on validUntil), is listed as EXPIRED, and may be revised.
func TestQuoteExpiry(t *testing.T) {
	e := newEmptyEnv(t)
	fx := e.newOrg("Devis Expiré")
	coord, prod := fx.as(db.RoleCoordinator), fx.as(db.RoleProducer)
	p := fx.production()
	id := fx.sentQuote(p)
	soon := fx.sentQuote(p)
	e.unfrozen(t, "UPDATE quote_versions SET valid_until = ? WHERE id = ?", dates.Today().AddDays(-1), id)
	e.unfrozen(t, "UPDATE quote_versions SET valid_until = ? WHERE id = ?", dates.Today().AddDays(3), soon)
	if q := e.readQuote(prod, id); q.Status != "EXPIRED" || q.ExpiresSoon {
		t.Fatalf("expired: %+v", q)
	}
	if q := e.readQuote(prod, soon); q.Status != "SENT" || !q.ExpiresSoon {
		t.Fatalf("expiring soon: %+v", q)
	}
	r := e.wantCode(prod, acceptMutation, map[string]any{"id": id, "n": "Paul", "m": "bon pour accord"}, "VALIDATION")
	if r.Errors[0].Extensions["field"] != "validUntil" {
		t.Fatalf("field %v", r.Errors[0].Extensions["field"])
	}
	list := func(filter map[string]any) []string {
		var d struct {
			Quotes struct {
				Edges []struct{ Node struct{ ID string } }
			}
		}
		e.call(coord, `query($f:QuoteFilter){ quotes(filter:$f){ edges { node { id } } } }`, map[string]any{"f": filter}, &d)
		var ids []string
		for _, ed := range d.Quotes.Edges {
			ids = append(ids, ed.Node.ID)
		}
		return ids
	}
	if got := list(map[string]any{"status": "EXPIRED"}); len(got) != 1 || got[0] != id {
		t.Fatalf("EXPIRED lists %v", got)
	}
	if got := list(map[string]any{"status": "SENT"}); len(got) != 1 || got[0] != soon {
		t.Fatalf("SENT lists %v", got)
	}
	if got := list(map[string]any{"expiringWithinDays": 7}); len(got) != 1 || got[0] != soon {
		t.Fatalf("expiring within 7 days lists %v", got)
	}
	var rv struct{ ReviseQuote struct{ ID string } }
	e.call(coord, reviseMutation, map[string]any{"id": id}, &rv)
	if q := e.readQuote(coord, id); q.Status != "SUPERSEDED" {
		t.Fatalf("the expired version after revision: %s", q.Status)
	}
	if q := e.readQuote(coord, rv.ReviseQuote.ID); q.ValidUntil == dates.Today().AddDays(-1).String() {
		t.Fatal("the revision kept a past validity")
	}
}

// Two producers answering at the same moment: one ACCEPTED at most, the
// other gets CONFLICT; the same for two versions of one quote.
func TestQuoteConcurrentAccepts(t *testing.T) {
	e := newEmptyEnv(t)
	fx := e.newOrg("Devis Concurrence")
	coord := fx.as(db.RoleCoordinator)
	prods := []string{fx.as(db.RoleProducer), fx.producer(fx.clientID, "second@devis-concurrence.test")}
	p := fx.production()
	race := func(ids []string) []string {
		var wg sync.WaitGroup
		start := make(chan struct{})
		codes := make([]string, 2)
		for i := range 2 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				<-start
				codes[i] = e.do(prods[i], acceptMutation, map[string]any{"id": ids[i], "n": "Producteur", "m": "bon pour accord"}).code()
			}()
		}
		close(start)
		wg.Wait()
		return codes
	}
	same := fx.sentQuote(p)
	if c := race([]string{same, same}); !((c[0] == "" && c[1] == "CONFLICT") || (c[0] == "CONFLICT" && c[1] == "")) {
		t.Fatalf("one version, two answers: %v", c)
	}
	v1 := fx.sentQuote(p)
	var rv struct{ ReviseQuote struct{ ID string } }
	e.call(coord, reviseMutation, map[string]any{"id": v1}, &rv)
	v2 := rv.ReviseQuote.ID
	e.call(coord, sendMutation, map[string]any{"id": v2}, &struct{}{})
	if c := race([]string{v1, v2}); c[0] != "CONFLICT" || c[1] != "" {
		t.Fatalf("two versions, two answers: %v", c)
	}
	var n int
	if err := e.DB.NewSelect().Table("quote_versions").ColumnExpr("count(*)").Where("status = 'ACCEPTED'").
		Where("quote_id IN (SELECT quote_id FROM quote_versions WHERE id IN (?, ?))", same, v1).Scan(t.Context(), &n); err != nil {
		t.Fatal(err)
	}
	if n != 2 { // one per quote
		t.Fatalf("%d accepted versions for two quotes", n)
	}
}
