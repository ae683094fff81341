package server_test

import (
	"strings"
	"testing"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/isan"
)

// A statement under French headings imports like one under the code names,
// and the example file, offered to whoever imports revenue, shows the
// columns under those headings.
func TestRevenueImportTakesFrenchHeadings(t *testing.T) {
	e := newEmptyEnv(t)
	fx := e.newOrg("Import Français")
	tok := fx.as(db.RoleCoordinator)
	id := isan.Make("00000002A0000000", "")
	fx.work("isan", id, "title", "Le Phare des brumes")
	csv := "ISAN;Œuvre;MODE D’EXPLOITATION;territoire;Début de période;Fin de periode;Montant;Devise;Taux vers l'euro;Référence\n" +
		id + ";;TV;FR;01/01/2026;31/03/2026;1234,56;EUR;;FTV-1\n" +
		";Le Phare des brumes;SVOD;WORLD;2026-01-01;2026-03-31;1000,00;USD;0,92;PF-1\n"
	var res struct{ ImportRevenue struct{ Imported int } }
	e.call(tok, `mutation($c:String!){ importRevenue(source:"Chaîne", csv:$c){ imported } }`, map[string]any{"c": csv}, &res)
	if res.ImportRevenue.Imported != 2 {
		t.Fatalf("imported %d rows", res.ImportRevenue.Imported)
	}
	r := e.do(tok, `query($c:String!){ previewRevenueImport(source:"Chaîne", csv:$c){ valid } }`, map[string]any{"c": "Œuvre;Montant\nX;1\n"})
	if r.code() != "VALIDATION" || !strings.Contains(r.Errors[0].Message, "Mode d'exploitation (media)") {
		t.Fatalf("missing columns: %+v", r.Errors)
	}

	const path = "/documents/examples/revenue-import.csv"
	rows := downloadCSV(t, e, fx.as(db.RoleAccountant), path)
	if got := strings.Join(rows[0], ";"); got != "ISAN;Œuvre;Mode d'exploitation;Territoire;Début de période;Fin de période;Montant;Devise;Taux vers l'euro;Référence" || len(rows) < 3 {
		t.Fatalf("example: %q", rows)
	}
	code, h, body := download(t, e, tok, path)
	if code != 200 || h.Get("Content-Disposition") != `attachment; filename="exemple-import-recettes.csv"` {
		t.Fatalf("example: %d %v", code, h)
	}
	// The example is a file the import reads: its rows name works this
	// organisation may not have, but its columns are all understood.
	var pv struct {
		PreviewRevenueImport struct {
			Valid  int
			Errors []struct{ Field string }
		}
	}
	e.call(tok, `query($c:String!){ previewRevenueImport(source:"Exemple", csv:$c){ valid errors { field } } }`, map[string]any{"c": string(body)}, &pv)
	if n := pv.PreviewRevenueImport.Valid + len(pv.PreviewRevenueImport.Errors); n < len(rows)-1 {
		t.Fatalf("example previewed as %+v", pv.PreviewRevenueImport)
	}
	for _, c := range []struct {
		tok  string
		path string
		want int
	}{
		{fx.as(db.RoleRightsHolder), path, 403},
		{"", path, 401},
		{tok, "/documents/examples/other.csv", 404},
	} {
		if code, _, _ := download(t, e, c.tok, c.path); code != c.want {
			t.Errorf("%s: %d, want %d", c.path, code, c.want)
		}
	}
}

// A run over a period already distributed, with nothing new, is refused
// instead of making 0,00 € statements; so is a period without receipts.
func TestNothingNewToDistribute(t *testing.T) {
	e := newEmptyEnv(t)
	fx := e.newOrg("Rien de Neuf")
	tok := fx.as(db.RoleCoordinator)
	fx.revenue(fx.work())
	run := fx.run("2026-01-01", "2026-03-31")
	e.call(tok, `mutation($id:ID!){ approveDistributionRun(id:$id){ id } }`, map[string]any{"id": run}, &struct{}{})
	e.call(tok, `mutation($id:ID!){ issueDistributionRun(id:$id){ id } }`, map[string]any{"id": run}, &struct{}{})
	before := e.snapshot("distribution_runs") + e.snapshot("statements")
	const create = `mutation($s:Date!,$e:Date!){ createDistributionRun(periodStart:$s, periodEnd:$e){ id } }`
	r := e.do(tok, create, map[string]any{"s": "2026-01-01", "e": "2026-03-31"})
	if r.code() != "VALIDATION" || !strings.Contains(r.Errors[0].Message, "Rien de nouveau à répartir sur cette période") || !strings.Contains(r.Errors[0].Message, "déjà été réparties") {
		t.Fatalf("a run with nothing new: %+v", r.Errors)
	}
	r = e.do(tok, create, map[string]any{"s": "2030-01-01", "e": "2030-03-31"})
	if r.code() != "VALIDATION" || !strings.Contains(r.Errors[0].Message, "aucune recette") {
		t.Fatalf("a run over a period without receipts: %+v", r.Errors)
	}
	if e.snapshot("distribution_runs")+e.snapshot("statements") != before {
		t.Fatal("a refused run left rows")
	}
	// New receipts in the period make a run again.
	fx.revenue(fx.work(), "amount", "10.00")
	fx.run("2026-01-01", "2026-03-31")
}
