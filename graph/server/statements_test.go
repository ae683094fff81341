package server_test

import (
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/postprod/postprod/db"
)

// rawCode finds what must never reach a reader of a document: an enum or
// territory code, or the old CSV's column names and values.
var rawCode = regexp.MustCompile(`\b(ALL|CINEMA|TV|SVOD|AVOD|TVOD|VIDEO|NON_THEATRICAL|WORLD|MUSIC_CUE_SHEET|MINIMUM_GUARANTEE|DE|FR|BE)\b|quote_part|residuel|true|false`)

// download fetches a document over HTTP as the caller.
func download(t *testing.T, e *env, tok, path string) (int, http.Header, []byte) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, e.API.URL+path, nil)
	if tok != "" {
		req.Header.Set("Authorization", "Bearer "+tok)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, resp.Header, body
}

// pdfText is the text of a PDF as pdftotext lays it out, with the no-break
// spaces made ordinary; the test is skipped without poppler-utils. When
// POSTPROD_DOCUMENTS_OUT names a directory, the PDF is kept there as name,
// for people to look at.
func pdfText(t *testing.T, pdf []byte, name string) string {
	t.Helper()
	bin, err := exec.LookPath("pdftotext")
	if err != nil {
		t.Skip("pdftotext (poppler-utils) is not installed")
	}
	dir := t.TempDir()
	if out := os.Getenv("POSTPROD_DOCUMENTS_OUT"); out != "" {
		dir = out
	}
	in := filepath.Join(dir, name)
	if err := os.WriteFile(in, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(bin, "-layout", in, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	return strings.NewReplacer("\u00a0", " ", "\u202f", " ").Replace(string(out))
}

// A holder's statement as they read it: French labels and country names,
// long labels wrapped inside their column, lines at 0,00 € gathered in one
// sentence saying why; its CSV with French headings and human values; the
// yearly account likewise.
func TestStatementDocumentsReadAsFrench(t *testing.T) {
	e := newEmptyEnv(t)
	fx := e.newOrg("Relevés Lisibles")
	tok := fx.as(db.RoleCoordinator)
	me := fx.holderID
	producer := fx.holder("name", "Productions du Fleuve", "kind", "PRODUCER", "isCompany", true)
	share := func(work string, shares ...map[string]any) {
		list := make([]any, len(shares))
		for i, s := range shares {
			list[i] = s
		}
		e.call(tok, `mutation($w:ID!,$s:[ShareInput!]!){ setShares(workId:$w, shares:$s){ id } }`, map[string]any{"w": work, "s": list}, &struct{}{})
	}
	sh := func(media, territory string, bp int) map[string]any {
		return map[string]any{"holderId": me, "media": media, "territory": territory, "basisPoints": bp}
	}
	// A long title, shares on named media and territories.
	long := fx.work("title", "Les Enfants de l'aube — version restaurée et commentée pour la télévision", "residualHolderId", producer)
	share(long, sh("SVOD", "WORLD", 2500), sh("TV", "DE", 1000), sh("NON_THEATRICAL", "WORLD", 500))
	fx.revenue(long, "media", "SVOD", "territory", "WORLD", "amount", "1000.00")
	fx.revenue(long, "media", "TV", "territory", "DE", "amount", "500.00")
	fx.revenue(long, "media", "NON_THEATRICAL", "territory", "FR", "amount", "200.00")
	// Two works whose receipts all go to recoup a minimum guarantee.
	var recouping []string
	for _, title := range []string{"Le Phare des brumes", "La Forge"} {
		w := fx.work("title", title, "residualHolderId", producer)
		share(w, sh("ALL", "WORLD", 800))
		e.call(tok, `mutation($w:ID!,$in:ExpenseInput!){ addExpense(workId:$w, input:$in){ id } }`, map[string]any{"w": w,
			"in": map[string]any{"kind": "MINIMUM_GUARANTEE", "label": "Minimum garanti distributeur", "amount": "80000.00", "incurredOn": "2025-09-01"}}, &struct{}{})
		fx.revenue(w, "media", "CINEMA", "territory", "FR", "amount", "2000.00")
		recouping = append(recouping, title)
	}
	run := fx.run("2026-01-01", "2026-03-31")
	e.call(tok, `mutation($id:ID!){ approveDistributionRun(id:$id){ id } }`, map[string]any{"id": run}, &struct{}{})
	e.call(tok, `mutation($id:ID!){ issueDistributionRun(id:$id){ id } }`, map[string]any{"id": run}, &struct{}{})

	holder := fx.as(db.RoleRightsHolder)
	var d struct {
		Statements struct {
			Edges []struct{ Node struct{ ID string } }
		}
	}
	e.call(holder, `{ statements { edges { node { id } } } }`, nil, &d)
	if len(d.Statements.Edges) != 1 {
		t.Fatalf("%d statements for the holder", len(d.Statements.Edges))
	}
	id := d.Statements.Edges[0].Node.ID

	code, _, pdf := download(t, e, holder, "/documents/statements/"+id+".pdf")
	if code != 200 {
		t.Fatalf("statement PDF: %d", code)
	}
	text := pdfText(t, pdf, "releve.pdf")
	for _, want := range []string{
		"Relevé de redevances", "Vidéo à la demande par", "abonnement", "Monde", "Télévision", "Allemagne", "Non commercial", "France",
		"Sans somme due sur la période",
		"2 œuvres : les recettes de la période ont servi à récupérer les frais engagés (voir le détail du calcul)",
		"« La Forge »", "« Le Phare des brumes »",
		"Détail du calcul par œuvre",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the statement lacks %q:\n%s", want, text)
		}
	}
	if m := rawCode.FindAllString(text, -1); len(m) > 0 {
		t.Errorf("raw codes in the statement: %q\n%s", m, text)
	}
	// No row of the table at 0,00 €: those works are named in the sentence.
	for _, l := range strings.Split(text, "\n") {
		if strings.Contains(l, "%") && strings.HasSuffix(strings.TrimSpace(l), " 0,00 €") && !strings.Contains(l, ":") {
			t.Errorf("a 0,00 € row: %q", l)
		}
		for _, title := range recouping {
			if strings.HasPrefix(strings.TrimSpace(l), title) && strings.Contains(l, "€") {
				t.Errorf("a recouping work listed in the table: %q", l)
			}
		}
	}
	// The long media label wraps in its column: its second line starts
	// where the first did, under the heading.
	lines := strings.Split(text, "\n")
	at := slices.IndexFunc(lines, func(l string) bool { return strings.Contains(l, "Vidéo à la demande par") })
	if at < 0 || at+1 >= len(lines) {
		t.Fatal("no media label")
	}
	col := strings.Index(lines[at], "Vidéo")
	if next := strings.Index(lines[at+1], "abonnement"); next != col {
		t.Errorf("the wrapped label starts at column %d then %d:\n%s\n%s", col, next, lines[at], lines[at+1])
	}

	// The CSV: every line, French headings, human values.
	rows := downloadCSV(t, e, holder, "/documents/statements/"+id+".csv")
	if got := strings.Join(rows[0], ";"); got != "Œuvre;Mode d'exploitation;Territoire;Quote-part (%);Recettes brutes;Recettes nettes;Montant;Résiduel" {
		t.Errorf("CSV headings: %s", got)
	}
	var labels []string
	for _, r := range rows[1 : len(rows)-1] {
		labels = append(labels, r[1]+"/"+r[2]+"/"+r[3]+"/"+r[7])
		if m := rawCode.FindAllString(strings.Join(r, ";"), -1); len(m) > 0 {
			t.Errorf("raw codes in the CSV row %q: %q", r, m)
		}
	}
	for _, want := range []string{"Vidéo à la demande par abonnement/Monde/25,00/non", "Télévision/Allemagne/10,00/non", "Salles de cinéma/France/8,00/non"} {
		if !slices.Contains(labels, want) {
			t.Errorf("CSV rows %q lack %q", labels, want)
		}
	}
	if last := rows[len(rows)-1]; last[0] != "TOTAL" {
		t.Errorf("CSV last row %q", last)
	}

	// The yearly account, as PDF and CSV.
	code, _, annual := download(t, e, holder, "/documents/holders/"+me+"/annual/2026.pdf")
	if code != 200 {
		t.Fatalf("annual PDF: %d", code)
	}
	atext := pdfText(t, annual, "compte-annuel.pdf")
	for _, want := range []string{"Compte annuel des recettes 2026", "Vidéo à la demande par abonnement", "2 œuvres sans somme due cette année", "Total 2026"} {
		if !strings.Contains(atext, want) {
			t.Errorf("the yearly account lacks %q:\n%s", want, atext)
		}
	}
	if m := rawCode.FindAllString(atext, -1); len(m) > 0 {
		t.Errorf("raw codes in the yearly account: %q", m)
	}
	arows := downloadCSV(t, e, holder, "/documents/holders/"+me+"/annual/2026.csv")
	if got := strings.Join(arows[0], ";"); got != "Mode d'exploitation;Œuvre;Recettes brutes;Montant dû" || arows[len(arows)-1][0] != "TOTAL" {
		t.Errorf("yearly CSV: %q", arows)
	}
	if code, _, _ := download(t, e, holder, "/documents/holders/"+me+"/annual/2026"); code != 200 {
		t.Errorf("the yearly account without extension: %d", code)
	}
}
