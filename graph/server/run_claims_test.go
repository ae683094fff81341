package server_test

import (
	"encoding/json"
	"strings"
	"sync"
	"testing"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/kernel/money"
)

// A run claims its revenue lines by rule (a number given to each line when
// recorded, the last one a run saw): a later run takes only what came
// after; two drafts over the same receipts cannot both be issued; a
// correction takes over the corrected run's lines; recomputing a draft
// takes in lines recorded since; and a holder's quarters still add up to
// their statements.
func TestRunsClaimEachLineOnce(t *testing.T) {
	e := newEmptyEnv(t)
	fx := e.newOrg("Une Fois Chacune")
	tok := fx.as(db.RoleCoordinator)
	work := fx.work()
	const q1s, q1e = "2026-01-01", "2026-03-31"
	type runOut struct {
		ID, Status, Gross string
		Statements        []struct{ Amount string }
	}
	create := func(corrects string) runOut {
		t.Helper()
		var out struct{ CreateDistributionRun runOut }
		vars := map[string]any{"s": q1s, "e": q1e}
		if corrects != "" {
			vars["c"] = corrects
		}
		e.call(tok, `mutation($s:Date!,$e:Date!,$c:ID){ createDistributionRun(periodStart:$s, periodEnd:$e, correctsRunId:$c){ id status gross statements { amount } } }`, vars, &out)
		return out.CreateDistributionRun
	}
	issue := func(id string) *result {
		t.Helper()
		e.call(tok, `mutation($id:ID!){ approveDistributionRun(id:$id){ id } }`, map[string]any{"id": id}, &struct{}{})
		return e.do(tok, `mutation($id:ID!){ issueDistributionRun(id:$id){ id status } }`, map[string]any{"id": id})
	}
	distributedBy := func() map[string]int {
		t.Helper()
		var lines []db.RevenueLine
		if err := e.DB.NewSelect().Model(&lines).Where("organisation_id = (SELECT organisation_id FROM works WHERE id = ?)", work).Scan(t.Context()); err != nil {
			t.Fatal(err)
		}
		out := map[string]int{}
		for _, l := range lines {
			k := ""
			if l.RunID != nil {
				k = l.RunID.String()
			}
			out[k]++
		}
		return out
	}

	fx.revenue(work, "amount", "1000.00")
	fx.revenue(work, "amount", "500.00")
	a, b := create(""), create("") // two drafts over the same two lines
	if a.Gross != "1500.00" || b.Gross != "1500.00" {
		t.Fatalf("drafts: %+v / %+v", a, b)
	}
	if r := issue(a.ID); len(r.Errors) > 0 {
		t.Fatalf("issuing the first: %+v", r.Errors)
	}
	before := e.snapshot("revenue_lines", "statements", "statement_lines")
	if r := issue(b.ID); r.code() != "VALIDATION" || !strings.Contains(r.Errors[0].Message, "réparties entre-temps") {
		t.Fatalf("issuing a second run over the same lines: %+v", r.Errors)
	}
	if e.snapshot("revenue_lines", "statements", "statement_lines") != before {
		t.Fatal("the refused issue changed the data")
	}
	if d := distributedBy(); d[a.ID] != 2 || len(d) != 1 {
		t.Fatalf("lines distributed: %v", d)
	}

	// Later receipts: a new run takes them and them only; a draft
	// recomputed takes in a line recorded since.
	fx.revenue(work, "amount", "200.00")
	c := create("")
	if c.Gross != "200.00" {
		t.Fatalf("a later run took %s, want the new 200.00", c.Gross)
	}
	fx.revenue(work, "amount", "30.00")
	var rc struct{ RecomputeDistributionRun runOut }
	e.call(tok, `mutation($id:ID!){ recomputeDistributionRun(id:$id){ id gross } }`, map[string]any{"id": c.ID}, &rc)
	if rc.RecomputeDistributionRun.Gross != "230.00" {
		t.Fatalf("recomputed: %s, want 230.00", rc.RecomputeDistributionRun.Gross)
	}
	if r := issue(c.ID); len(r.Errors) > 0 {
		t.Fatalf("issuing the later run: %+v", r.Errors)
	}

	// A correction of the first takes over its lines (and nothing else is
	// left to distribute).
	corr := create(a.ID)
	if corr.Gross != "1500.00" {
		t.Fatalf("correction gross %s, want the corrected run's 1500.00", corr.Gross)
	}
	if r := issue(corr.ID); len(r.Errors) > 0 {
		t.Fatalf("issuing the correction: %+v", r.Errors)
	}
	if d := distributedBy(); d[corr.ID] != 2 || d[c.ID] != 2 || len(d) != 2 {
		t.Fatalf("lines distributed: %v", d)
	}
	if r := e.do(tok, `mutation($s:Date!,$e:Date!){ createDistributionRun(periodStart:$s, periodEnd:$e){ id } }`, map[string]any{"s": q1s, "e": q1e}); r.code() != "VALIDATION" {
		t.Fatalf("a run with nothing new: %+v", r.Errors)
	}

	// Runs and recordings side by side: every line ends in exactly one
	// issued run, whatever the interleaving.
	var wg sync.WaitGroup
	for i := 0; i < 6; i++ {
		wg.Add(2)
		go func() {
			defer wg.Done()
			e.do(tok, `mutation($in:RevenueLineInput!){ addRevenueLine(input:$in){ id } }`, map[string]any{"in": map[string]any{"workId": work, "source": "Chaîne",
				"media": "TV", "territory": "FR", "periodStart": q1s, "periodEnd": q1e, "amount": "1.00", "externalReference": "PAR-" + string(rune('A'+i))}})
		}()
		go func() {
			defer wg.Done()
			r := e.do(tok, `mutation($s:Date!,$e:Date!){ createDistributionRun(periodStart:$s, periodEnd:$e){ id } }`, map[string]any{"s": q1s, "e": q1e})
			var out struct{ CreateDistributionRun struct{ ID string } }
			if len(r.Errors) == 0 && json.Unmarshal(r.Data, &out) == nil {
				issue(out.CreateDistributionRun.ID) // refused when another took its lines first
			}
		}()
	}
	wg.Wait()
	if d := distributedBy(); d[""] > 0 {
		// Lines recorded after the last run are left for the next one.
		last := create("")
		if r := issue(last.ID); len(r.Errors) > 0 {
			t.Fatalf("issuing the last run: %+v", r.Errors)
		}
	}
	var sums []struct {
		RunID string
		Gross money.Cents
		Lines money.Cents
	}
	if err := e.DB.NewRaw(`SELECT r.id AS run_id, r.gross_cents AS gross, COALESCE(sum(l.amount_eur_cents), 0) AS lines
		FROM distribution_runs r LEFT JOIN revenue_lines l ON l.run_id = r.id
		WHERE r.status = 'ISSUED' AND r.corrects_run_id IS NULL AND r.id <> ? GROUP BY r.id, r.gross_cents`, a.ID).Scan(t.Context(), &sums); err != nil {
		t.Fatal(err)
	}
	var total money.Cents
	for _, s := range sums {
		if s.Gross != s.Lines {
			t.Errorf("run %s: gross %d, its lines %d", s.RunID, s.Gross, s.Lines)
		}
		total += s.Gross
	}
	if total != 230_00+6_00 {
		t.Errorf("issued runs add up to %d cents, want %d", total, 236_00)
	}

	// The holder's quarters add up to their issued statements.
	holder := fx.as(db.RoleRightsHolder)
	var d struct {
		HolderRevenue []struct{ Amount string }
		Statements    struct {
			Edges []struct{ Node struct{ Amount string } }
		}
	}
	e.call(holder, `{ holderRevenue { amount } statements(first:100) { edges { node { amount } } } }`, nil, &d)
	var byQuarter, byStatement money.Cents
	for _, p := range d.HolderRevenue {
		v, _ := money.Parse(p.Amount)
		byQuarter += v
	}
	for _, ed := range d.Statements.Edges {
		v, _ := money.Parse(ed.Node.Amount)
		byStatement += v
	}
	if byQuarter != byStatement {
		t.Fatalf("quarters add up to %d, statements to %d", byQuarter, byStatement)
	}
}
