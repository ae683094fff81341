package server_test

import (
	"context"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/isan"
	"github.com/postprod/postprod/internal/kernel/money"
)

func TestRunsAddUpToTheCent(t *testing.T) {
	e := newEnv(t)
	tok := e.login("coordinator@demo.test").Access
	var d struct {
		DistributionRuns struct {
			Edges []struct {
				Node struct {
					Status                                                  string
					Gross, Commission, Recouped, Net, Residual, Distributed string
					Statements                                              []struct{ Amount string }
					Works                                                   []struct {
						Gross, Commission, Recouped, Net string
						Explanation                      []string
					}
				}
			}
		}
	}
	e.call(tok, `{ distributionRuns { edges { node { status gross commission recouped net residual distributed statements { amount } works { gross commission recouped net explanation } } } } }`, nil, &d)
	if len(d.DistributionRuns.Edges) != 2 {
		t.Fatalf("the demo has %d runs", len(d.DistributionRuns.Edges))
	}
	c := func(s string) money.Cents {
		v, err := money.Parse(s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	for _, ed := range d.DistributionRuns.Edges {
		r := ed.Node
		if r.Status != "ISSUED" || c(r.Gross) <= 0 {
			t.Fatalf("run %+v", r)
		}
		if c(r.Gross) != c(r.Commission)+c(r.Recouped)+c(r.Net) {
			t.Errorf("gross %s ≠ commission %s + recouped %s + net %s", r.Gross, r.Commission, r.Recouped, r.Net)
		}
		var sum money.Cents
		for _, s := range r.Statements {
			sum += c(s.Amount)
		}
		if sum != c(r.Net) || c(r.Distributed) != c(r.Net) {
			t.Errorf("statements add up to %s, distributed %s, net %s", sum, r.Distributed, r.Net)
		}
		var wg money.Cents
		for _, w := range r.Works {
			wg += c(w.Gross)
			if len(w.Explanation) == 0 {
				t.Error("a work without explanation")
			}
		}
		if wg != c(r.Gross) {
			t.Errorf("works add up to %s, run gross %s", wg, r.Gross)
		}
	}
}

func TestHolderPortalScoping(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	holder := e.login("holder@demo.test").Access
	var mine struct {
		MyHolders []struct{ ID, Name string }
		Works     struct {
			TotalCount int
			Edges      []struct {
				Node struct {
					ID             string
					ResidualHolder struct{ ID string }
					Shares         []struct{ Holder struct{ ID string } }
				}
			}
		}
		Statements struct {
			Edges []struct{ Node struct{ ID string } }
		}
	}
	e.call(holder, `{ myHolders { id name } works(first:200) { totalCount edges { node { id residualHolder { id } shares { holder { id } } } } } statements { edges { node { id } } } }`, nil, &mine)
	if len(mine.MyHolders) != 1 || mine.Works.TotalCount == 0 || len(mine.Statements.Edges) == 0 {
		t.Fatalf("holder portal: %+v", mine)
	}
	me := mine.MyHolders[0].ID
	seen := map[string]bool{}
	for _, ed := range mine.Works.Edges {
		seen[ed.Node.ID] = true
		for _, sh := range ed.Node.Shares {
			if sh.Holder.ID != me {
				t.Fatalf("the holder sees another holder's share on %s", ed.Node.ID)
			}
		}
	}
	var allWorks, allStatements, allLines []string
	if err := e.DB.NewSelect().Model((*db.Work)(nil)).Column("id").Scan(ctx, &allWorks); err != nil {
		t.Fatal(err)
	}
	if err := e.DB.NewSelect().Model((*db.Statement)(nil)).Column("id").Where("holder_id <> ?", me).Scan(ctx, &allStatements); err != nil {
		t.Fatal(err)
	}
	if err := e.DB.NewSelect().Model((*db.RevenueLine)(nil)).Column("id").Limit(40).Scan(ctx, &allLines); err != nil {
		t.Fatal(err)
	}
	for _, id := range allWorks {
		if seen[id] {
			continue
		}
		if r := e.do(holder, `query($id:ID!){ work(id:$id){ title } }`, map[string]any{"id": id}); r.code() != "NOT_FOUND" {
			t.Fatalf("another holder's work: %+v", r.Errors)
		}
	}
	for _, id := range allStatements {
		if r := e.do(holder, `query($id:ID!){ statement(id:$id){ amount } }`, map[string]any{"id": id}); r.code() != "NOT_FOUND" {
			t.Fatalf("another holder's statement: %+v", r.Errors)
		}
		resp, err := http.Get(e.API.URL + "/documents/statements/" + id + ".pdf")
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		req, _ := http.NewRequest(http.MethodGet, e.API.URL+"/documents/statements/"+id+".pdf", nil)
		req.Header.Set("Authorization", "Bearer "+holder)
		resp, err = http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusNotFound {
			t.Fatalf("downloading another holder's statement: %d", resp.StatusCode)
		}
	}
	var lines struct {
		RevenueLines struct {
			Edges []struct {
				Node struct{ Work struct{ ID string } }
			}
		}
	}
	e.call(holder, `{ revenueLines(first:200){ edges { node { work { id } } } } }`, nil, &lines)
	for _, ed := range lines.RevenueLines.Edges {
		if !seen[ed.Node.Work.ID] {
			t.Fatal("the holder sees revenue of a work that is not theirs")
		}
	}
	if r := e.do(holder, `{ distributionRuns { totalCount } }`, nil); r.code() != "FORBIDDEN" {
		t.Fatalf("a holder listing runs: %+v", r.Errors)
	}
	if r := e.do(e.login("producer@demo.test").Access, `{ works { totalCount } }`, nil); r.code() != "FORBIDDEN" {
		t.Fatalf("a producer reading the catalogue: %+v", r.Errors)
	}
	// Their own statement downloads, as PDF and CSV.
	id := mine.Statements.Edges[0].Node.ID
	for _, ext := range []string{"pdf", "csv"} {
		req, _ := http.NewRequest(http.MethodGet, e.API.URL+"/documents/statements/"+id+"."+ext, nil)
		req.Header.Set("Authorization", "Bearer "+holder)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 || (ext == "pdf" && !strings.HasPrefix(string(body), "%PDF")) || (ext == "csv" && !strings.Contains(string(body), "TOTAL")) {
			t.Fatalf("own statement %s: %d %.80q", ext, resp.StatusCode, body)
		}
	}
}

func TestIssuedStatementsNeverChange(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	tok := e.login("coordinator@demo.test").Access
	var runID, stID string
	if err := e.DB.NewSelect().Model((*db.DistributionRun)(nil)).Column("id").Where("status = 'ISSUED'").Limit(1).Scan(ctx, &runID); err != nil {
		t.Fatal(err)
	}
	if err := e.DB.NewSelect().Model((*db.Statement)(nil)).Column("id").Where("run_id = ?", runID).Limit(1).Scan(ctx, &stID); err != nil {
		t.Fatal(err)
	}
	for _, m := range []string{"recomputeDistributionRun", "approveDistributionRun", "issueDistributionRun"} {
		if r := e.do(tok, `mutation($id:ID!){ `+m+`(id:$id){ id } }`, map[string]any{"id": runID}); r.code() != "VALIDATION" {
			t.Fatalf("%s on an issued run: %+v", m, r.Errors)
		}
	}
	if _, err := e.DB.NewUpdate().Model((*db.Statement)(nil)).Set("amount_cents = 1").Where("id = ?", stID).Exec(ctx); err == nil {
		t.Fatal("the database let an issued statement change")
	}
	// A correction is a new run over the same period, which shows what the
	// corrected one had given.
	var run struct {
		DistributionRun struct{ PeriodStart, PeriodEnd string }
	}
	e.call(tok, `query($id:ID!){ distributionRun(id:$id){ periodStart periodEnd } }`, map[string]any{"id": runID}, &run)
	var corr struct {
		CreateDistributionRun struct {
			Status     string
			Net        string
			Statements []struct{ Amount, PreviousAmount *string }
		}
	}
	e.call(tok, `mutation($s:Date!,$e:Date!,$c:ID){ createDistributionRun(periodStart:$s, periodEnd:$e, correctsRunId:$c){ status net statements { amount previousAmount } } }`,
		map[string]any{"s": run.DistributionRun.PeriodStart, "e": run.DistributionRun.PeriodEnd, "c": runID}, &corr)
	if corr.CreateDistributionRun.Status != "DRAFT" || len(corr.CreateDistributionRun.Statements) == 0 || corr.CreateDistributionRun.Statements[0].PreviousAmount == nil {
		t.Fatalf("correction run: %+v", corr.CreateDistributionRun)
	}
}

func TestSharesOver100PercentAreRefused(t *testing.T) {
	e := newEmptyEnv(t)
	fx := e.newOrg("Catalogue Post")
	tok := fx.as(db.RoleCoordinator)
	work := fx.work()
	holders := []string{fx.holderID, fx.holder()}
	before := e.snapshot("rights_shares")
	r := e.do(tok, `mutation($w:ID!,$s:[ShareInput!]!){ setShares(workId:$w, shares:$s){ id } }`, map[string]any{"w": work, "s": []any{
		map[string]any{"holderId": holders[0], "media": "ALL", "territory": "WORLD", "basisPoints": 6000},
		map[string]any{"holderId": holders[1], "media": "TV", "territory": "FR", "basisPoints": 5000, "validFrom": "2026-01-01"},
	}})
	if r.code() != "VALIDATION" || !strings.Contains(r.Errors[0].Message, "100 %") || !strings.Contains(r.Errors[0].Message, "TV") {
		t.Fatalf("over 100 %%: %+v", r.Errors)
	}
	if e.snapshot("rights_shares") != before {
		t.Fatal("the refused shares changed the data")
	}
	e.call(tok, `mutation($w:ID!,$s:[ShareInput!]!){ setShares(workId:$w, shares:$s){ id } }`, map[string]any{"w": work, "s": []any{
		map[string]any{"holderId": holders[0], "media": "ALL", "territory": "WORLD", "basisPoints": 6000},
		map[string]any{"holderId": holders[1], "media": "TV", "territory": "FR", "basisPoints": 4000},
	}}, &struct{}{})
}

func TestRevenueImportIsAllOrNothing(t *testing.T) {
	e := newEmptyEnv(t)
	ctx := context.Background()
	fx := e.newOrg("Catalogue Post")
	tok := fx.as(db.RoleCoordinator)
	fx.work("isan", isan.Make("00000002A0000000", ""))
	var w db.Work
	if err := e.DB.NewSelect().Model(&w).Where("isan <> ''").Limit(1).Scan(ctx); err != nil {
		t.Fatal(err)
	}
	good := "work_isan;media;territory;period_start;period_end;amount;currency;rate_to_eur;reference\n" +
		w.Isan + ";TV;FR;2026-01-01;2026-03-31;1234,56;EUR;;REF-1\n" +
		w.Isan + ";SVOD;WORLD;2026-01-01;2026-03-31;1000,00;USD;0,92;REF-2\n"
	bad := good + w.Isan + ";OPERA;FR;2026-01-01;2026-03-31;10;EUR;;REF-3\n"
	var pv struct {
		PreviewRevenueImport struct {
			Valid, Duplicates int
			Errors            []struct {
				Line           int
				Field, Message string
			}
			TotalEur string
		}
	}
	e.call(tok, `query($c:String!){ previewRevenueImport(source:"Chaîne", csv:$c){ valid duplicates errors { line field message } totalEur } }`, map[string]any{"c": bad}, &pv)
	if pv.PreviewRevenueImport.Valid != 2 || len(pv.PreviewRevenueImport.Errors) != 1 || pv.PreviewRevenueImport.Errors[0].Line != 4 || pv.PreviewRevenueImport.TotalEur != "2154.56" {
		t.Fatalf("preview: %+v", pv.PreviewRevenueImport)
	}
	before := e.snapshot("revenue_lines")
	if r := e.do(tok, `mutation($c:String!){ importRevenue(source:"Chaîne", csv:$c){ imported } }`, map[string]any{"c": bad}); r.code() != "VALIDATION" || !strings.Contains(r.Errors[0].Message, "4") {
		t.Fatalf("an invalid file: %+v", r.Errors)
	}
	if e.snapshot("revenue_lines") != before {
		t.Fatal("a refused import wrote lines")
	}
	var res struct {
		ImportRevenue struct{ Imported, Duplicates int }
	}
	e.call(tok, `mutation($c:String!){ importRevenue(source:"Chaîne", csv:$c){ imported duplicates } }`, map[string]any{"c": good}, &res)
	if res.ImportRevenue.Imported != 2 {
		t.Fatalf("import: %+v", res)
	}
	e.call(tok, `mutation($c:String!){ importRevenue(source:"Chaîne", csv:$c){ imported duplicates } }`, map[string]any{"c": good}, &res)
	if res.ImportRevenue.Imported != 0 || res.ImportRevenue.Duplicates != 2 {
		t.Fatalf("re-import: %+v", res)
	}
}

// The holder's earnings by quarter add up to their issued statements, to
// the cent, and fall in the quarters the receipts belong to.
func TestHolderRevenueAddsUpToStatements(t *testing.T) {
	e := newEnv(t)
	holder := e.login("holder@demo.test").Access
	var d struct {
		HolderRevenue []struct{ Period, Media, Amount string }
		Statements    struct {
			Edges []struct{ Node struct{ Amount string } }
		}
	}
	e.call(holder, `{ holderRevenue { period media amount } statements { edges { node { amount } } } }`, nil, &d)
	var byQuarter, byStatement money.Cents
	quarters := map[string]bool{}
	for _, p := range d.HolderRevenue {
		v, _ := money.Parse(p.Amount)
		byQuarter += v
		quarters[p.Period] = true
	}
	for _, ed := range d.Statements.Edges {
		v, _ := money.Parse(ed.Node.Amount)
		byStatement += v
	}
	if byQuarter != byStatement || byStatement == 0 {
		t.Fatalf("quarters add up to %s, statements to %s", byQuarter, byStatement)
	}
	// Two runs (2024, first half of 2025) over quarterly receipts: six quarters.
	if len(quarters) != 6 || !quarters["2024-T1"] || !quarters["2025-T2"] {
		t.Fatalf("quarters: %v", quarters)
	}
}
