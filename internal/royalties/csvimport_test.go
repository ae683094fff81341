package royalties

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/kernel/apperr"
	"github.com/postprod/postprod/internal/kernel/dates"
	"github.com/postprod/postprod/internal/kernel/money"
)

// A valid ISAN and its canonical form.
const (
	testISAN      = "ISAN 0000-0000-D07A-0090-Q-0000-0000-X"
	testISANCanon = "0000-0000-D07A-0090-Q-0000-0000-X"
)

func d(s string) dates.Date { return *day(s) }

func TestParseStatementComma(t *testing.T) {
	in := "work_isan,work_ref,media,territory,period_start,period_end,amount,currency,rate_to_eur,reference,title\n" +
		testISAN + ",,tv,fr,2024-01-01,2024-06-30,1234.56,,,A-1,\"Le titre, avec virgule\"\n" +
		",CAT-7,SVOD,World,2024-01-01,2024-01-31,-10.05,usd,0.5,A-2,\n" +
		",CAT-7,non-theatrical,BE,2024-01-01,2024-01-31,\"1 000,5\",EUR,1,A-3,\n"
	rows, errs, err := ParseStatement(strings.NewReader(in))
	if err != nil || len(errs) != 0 {
		t.Fatalf("err %v, row errors %+v", err, errs)
	}
	want := []ImportRow{
		{Line: 2, WorkISAN: testISANCanon, Media: db.MediaTV, Territory: "FR", PeriodStart: d("2024-01-01"), PeriodEnd: d("2024-06-30"),
			Amount: 123456, Currency: "EUR", RateMicros: 1e6, AmountEUR: 123456, Reference: "A-1"},
		{Line: 3, WorkRef: "CAT-7", Media: db.MediaSVOD, Territory: World, PeriodStart: d("2024-01-01"), PeriodEnd: d("2024-01-31"),
			Amount: -1005, Currency: "USD", RateMicros: 500000, AmountEUR: -503, Reference: "A-2"}, // −5,025 rounds away from zero
		{Line: 4, WorkRef: "CAT-7", Media: db.MediaNonTheatrical, Territory: "BE", PeriodStart: d("2024-01-01"), PeriodEnd: d("2024-01-31"),
			Amount: 100050, Currency: "EUR", RateMicros: 1e6, AmountEUR: 100050, Reference: "A-3"},
	}
	if !slices.Equal(rows, want) {
		t.Errorf("rows\n%+v\nwant\n%+v", rows, want)
	}
}

func TestParseStatementSemicolonBOMFrench(t *testing.T) {
	in := "\uFEFFWORK_REF;Media;Territory;Period_Start;Period_End;Amount;Currency;Rate_To_EUR;Reference\r\n" +
		"CAT-1;TV;FR;01/01/2024;30/06/2024;12 345,67;;;R1\r\n" +
		"CAT-1;CINEMA;CH;1/7/2024;31/12/2024;-1000,5;CHF;1,043210;R2\r\n" +
		";;;;;;;;\r\n" + // a spreadsheet's empty row
		"\r\n" +
		"CAT-2;VIDEO;DE;2024-07-01;2024-12-31;0,01;;;R3"
	rows, errs, err := ParseStatement(strings.NewReader(in))
	if err != nil || len(errs) != 0 {
		t.Fatalf("err %v, row errors %+v", err, errs)
	}
	if len(rows) != 3 {
		t.Fatalf("%d rows: %+v", len(rows), rows)
	}
	r := rows[0]
	if r.WorkRef != "CAT-1" || r.PeriodStart != d("2024-01-01") || r.PeriodEnd != d("2024-06-30") || r.Amount != 1234567 || r.AmountEUR != 1234567 || r.Currency != "EUR" {
		t.Errorf("first row %+v", r)
	}
	r = rows[1]
	// −1 000,50 CHF × 1,04321 = −1 043,73 € (−1 043,72605)
	if r.Line != 3 || r.PeriodStart != d("2024-07-01") || r.Amount != -100050 || r.RateMicros != 1043210 || r.AmountEUR != -104373 || r.Currency != "CHF" {
		t.Errorf("second row %+v", r)
	}
	if rows[2].Line != 6 || rows[2].Amount != 1 {
		t.Errorf("third row %+v: the line number must count blank lines", rows[2])
	}
}

// TestParseStatementOldMacLineEnds: a lone CR ends a line too.
func TestParseStatementOldMacLineEnds(t *testing.T) {
	in := "work_ref;media;territory;period_start;period_end;amount;reference\rW;TV;FR;2024-01-01;2024-01-31;1;X\rW;TV;FR;2024-01-01;2024-01-31;2;Y\r"
	rows, errs, err := ParseStatement(strings.NewReader(in))
	if err != nil || len(errs) != 0 || len(rows) != 2 || rows[1].Line != 3 {
		t.Fatalf("rows %+v, errors %+v, err %v", rows, errs, err)
	}
}

func TestParseStatementBadRows(t *testing.T) {
	const header = "work_isan;work_ref;media;territory;period_start;period_end;amount;currency;rate_to_eur;reference\n"
	const good = ";W1;TV;FR;2024-01-01;2024-06-30;100,00;;;"
	cases := []struct {
		name   string
		row    string
		fields []string
	}{
		{"no work", ";;TV;FR;2024-01-01;2024-06-30;1;;;R", []string{"work_isan"}},
		{"bad ISAN check character", "0000-0000-D07A-0090-R;;TV;FR;2024-01-01;2024-06-30;1;;;R", []string{"work_isan"}},
		{"work reference too long", ";" + strings.Repeat("x", 101) + ";TV;FR;2024-01-01;2024-06-30;1;;;R", []string{"work_ref"}},
		{"unknown media", ";W;RADIO;FR;2024-01-01;2024-06-30;1;;;R", []string{"media"}},
		{"French media label", ";W;TÉLÉVISION;FR;2024-01-01;2024-06-30;1;;;R", []string{"media"}},
		{"unknown territory", ";W;TV;XX;2024-01-01;2024-06-30;1;;;R", []string{"territory"}},
		{"UK is GB", ";W;TV;UK;2024-01-01;2024-06-30;1;;;R", []string{"territory"}},
		{"alpha-3 territory", ";W;TV;FRA;2024-01-01;2024-06-30;1;;;R", []string{"territory"}},
		{"missing territory", ";W;TV;;2024-01-01;2024-06-30;1;;;R", []string{"territory"}},
		{"bad start date", ";W;TV;FR;2024-02-30;2024-06-30;1;;;R", []string{"period_start"}},
		{"US date order", ";W;TV;FR;2024-01-01;06/30/2024;1;;;R", []string{"period_end"}},
		{"two-digit year", ";W;TV;FR;01/01/24;30/06/2024;1;;;R", []string{"period_start"}},
		{"year typo", ";W;TV;FR;0202-01-01;2024-06-30;1;;;R", []string{"period_start"}},
		{"end before start", ";W;TV;FR;2024-06-30;2024-01-01;1;;;R", []string{"period_end"}},
		{"three decimals", ";W;TV;FR;2024-01-01;2024-06-30;1,005;;;R", []string{"amount"}},
		{"not a number", ";W;TV;FR;2024-01-01;2024-06-30;douze;;;R", []string{"amount"}},
		{"thousands point", ";W;TV;FR;2024-01-01;2024-06-30;1.234,56;;;R", []string{"amount"}},
		{"misplaced space", ";W;TV;FR;2024-01-01;2024-06-30;12 34;;;R", []string{"amount"}},
		{"missing amount", ";W;TV;FR;2024-01-01;2024-06-30;;;;R", []string{"amount"}},
		{"currency not 3 letters", ";W;TV;FR;2024-01-01;2024-06-30;1;EURO;;R", []string{"currency"}},
		{"currency with a digit", ";W;TV;FR;2024-01-01;2024-06-30;1;US1;1;R", []string{"currency"}},
		{"rate missing", ";W;TV;FR;2024-01-01;2024-06-30;1;USD;;R", []string{"rate_to_eur"}},
		{"rate zero", ";W;TV;FR;2024-01-01;2024-06-30;1;USD;0;R", []string{"rate_to_eur"}},
		{"rate negative", ";W;TV;FR;2024-01-01;2024-06-30;1;USD;-0,9;R", []string{"rate_to_eur"}},
		{"rate seven decimals", ";W;TV;FR;2024-01-01;2024-06-30;1;USD;0,1234567;R", []string{"rate_to_eur"}},
		{"rate not 1 for EUR", ";W;TV;FR;2024-01-01;2024-06-30;1;EUR;1,1;R", []string{"rate_to_eur"}},
		{"conversion overflows", ";W;TV;FR;2024-01-01;2024-06-30;90000000000000000;JPY;999999;R", []string{"amount"}},
		{"missing reference", ";W;TV;FR;2024-01-01;2024-06-30;1;;;", []string{"reference"}},
		{"reference too long", ";W;TV;FR;2024-01-01;2024-06-30;1;;;" + strings.Repeat("r", 256), []string{"reference"}},
		{"duplicate reference", ";W;TV;FR;2024-01-01;2024-06-30;1;;;FIRST", []string{"reference"}},
		{"too few columns", ";W;TV;FR;2024-01-01", []string{"line"}},
		{"too many columns", ";W;TV;FR;2024-01-01;2024-06-30;1;;;R;extra", []string{"line"}},
		{"unclosed quote", ";W;\"TV;FR;2024-01-01;2024-06-30;1;;;R", []string{"line"}},
		{"text after a quote", ";W;\"TV\"x;FR;2024-01-01;2024-06-30;1;;;R", []string{"line"}},
		{"Latin-1 file", ";W;TV;FR;2024-01-01;2024-06-30;1;;;R\xe9f", []string{"line"}},
		{"everything wrong", ";;RADIO;XX;demain;hier;beaucoup;€;;", []string{"work_isan", "media", "territory", "period_start", "period_end", "amount", "currency", "reference"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			// The good row first, so the bad one is line 3 and the good one
			// still comes back.
			in := header + good + "FIRST\n" + c.row + "\n"
			rows, errs, err := ParseStatement(strings.NewReader(in))
			if err != nil {
				t.Fatal(err)
			}
			if len(rows) != 1 || rows[0].Line != 2 {
				t.Errorf("the good row should come back alone: %+v", rows)
			}
			var fields []string
			for _, e := range errs {
				if e.Line != 3 || e.MessageFR == "" || e.MessageEN == "" {
					t.Errorf("bad error %+v", e)
				}
				fields = append(fields, e.Field)
			}
			if !slices.Equal(fields, c.fields) {
				t.Errorf("errors on %v, want %v: %+v", fields, c.fields, errs)
			}
		})
	}
}

func TestParseStatementCommaDecimalInCommaFile(t *testing.T) {
	in := "work_ref,media,territory,period_start,period_end,amount,reference\nW,TV,FR,2024-01-01,2024-06-30,12,50,R\n"
	_, errs, err := ParseStatement(strings.NewReader(in))
	if err != nil || len(errs) != 1 || errs[0].Field != "line" || !strings.Contains(errs[0].MessageFR, "virgule décimale") {
		t.Fatalf("errs %+v, err %v", errs, err)
	}
}

func TestParseStatementFileErrors(t *testing.T) {
	cases := []struct {
		name, in, want string
	}{
		{"empty", "", "empty"},
		{"blank lines only", "\n  \n\t\n", "empty"},
		{"no work column", "media;territory;period_start;period_end;amount;reference\n", "work_isan / work_ref"},
		{"missing columns", "work_ref;media;amount\n", "territory, period_start, period_end, reference"},
		{"duplicate column", "work_ref;media;Media;territory;period_start;period_end;amount;reference\n", "twice"},
		{"header with an unclosed quote", "\"work_ref;media\n", "Unreadable header"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rows, errs, err := ParseStatement(strings.NewReader(c.in))
			var ae *apperr.Error
			if !errors.As(err, &ae) || ae.Code != apperr.Validation || !strings.Contains(ae.EN, c.want) || ae.FR == "" {
				t.Errorf("err = %v, want a VALIDATION error mentioning %q", err, c.want)
			}
			if rows != nil || errs != nil {
				t.Errorf("a refused file gives no rows: %v %v", rows, errs)
			}
		})
	}

	_, _, err := ParseStatement(iotest.ErrReader(errors.New("disk on fire")))
	if err == nil || !strings.Contains(err.Error(), "disk on fire") {
		t.Errorf("a read error must come back: %v", err)
	}
}

func TestParseStatementRowLimit(t *testing.T) {
	var b strings.Builder
	b.WriteString("work_ref;media;territory;period_start;period_end;amount;reference\n")
	for i := range 4 {
		fmt.Fprintf(&b, "W;TV;FR;2024-01-01;2024-01-31;1;R%d\n\n", i)
	}
	if rows, _, err := parseStatement(strings.NewReader(b.String()), 4); err != nil || len(rows) != 4 {
		t.Fatalf("4 rows at a limit of 4: %d rows, %v", len(rows), err)
	}
	_, _, err := parseStatement(strings.NewReader(b.String()), 3)
	var ae *apperr.Error
	if !errors.As(err, &ae) || !strings.Contains(ae.FR, "3 lignes") {
		t.Fatalf("4 rows at a limit of 3: %v", err)
	}
	if MaxStatementRows != 200_000 {
		t.Error("the limit promised to users is 200 000 rows")
	}
}

func TestParseAmountAndRate(t *testing.T) {
	for in, want := range map[string]money.Cents{
		"1234": 123400, "1234,5": 123450, "-0,01": -1, "1 234 567,89": 123456789, "1\u00a0234,00": 123400,
		"1\u202f234.00": 123400, "\u22125": -500, "-1 000": -100000,
	} {
		if got, err := parseAmount(in); err != nil || got != want {
			t.Errorf("parseAmount(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, in := range []string{"1 2345", "12 34", " ", "1234 567", "1  234", "+5", "1e3", "--5", "5-"} {
		if got, err := parseAmount(in); err == nil {
			t.Errorf("parseAmount(%q) = %d, want an error", in, got)
		}
	}
	for in, want := range map[string]int64{"1": 1e6, "0,000001": 1, "1.5": 1500000, "123456789012.123456": 123456789012123456} {
		if got, err := parseMicros(in); err != nil || got != want {
			t.Errorf("parseMicros(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, in := range []string{"0", "0,0000001", "-1", "+1", "1,", ",5", "1.2.3", "1 000", "1234567890123"} {
		if got, err := parseMicros(in); err == nil {
			t.Errorf("parseMicros(%q) = %d, want an error", in, got)
		}
	}
}

// The count of the codes (249 assigned + XK) is held in
// documents.TestCountryNames, where the table now lives.
func TestTerritories(t *testing.T) {
	for _, c := range []string{"FR", "BE", "CH", "LU", "MC", "DE", "GB", "US", "CA", "JP", "CN", "IN", "BR", "AU", "XK", "RE", "NC", World} {
		if !validTerritory(c) {
			t.Errorf("%s should be valid", c)
		}
	}
	for _, c := range []string{"fr", "UK", "EU", "XX", "", "F", "FRA", "F R"} {
		if validTerritory(c) {
			t.Errorf("%q should be invalid", c)
		}
	}
}

// French headings, in any case, with or without accents, are the columns
// of their code names; the example file offered for download parses
// without an error.
func TestParseStatementFrenchHeadings(t *testing.T) {
	for _, header := range []string{
		"ISAN;Œuvre;Mode d'exploitation;Territoire;Début de période;Fin de période;Montant;Devise;Taux vers l'euro;Référence",
		"isan;OEUVRE;Mode d’exploitation;TERRITOIRE;debut de periode;Fin_de_période;montant;devise;taux de change;reference",
		"ISAN de l'œuvre;Référence de l'œuvre;MODE;Pays;Date de début;Date de fin;Recettes;Monnaie;Taux de change vers l’euro;Référence externe",
	} {
		in := header + "\n" + testISAN + ";;TV;FR;01/01/2026;31/03/2026;12,50;EUR;;R-1\n"
		rows, errs, err := ParseStatement(strings.NewReader(in))
		if err != nil || len(errs) != 0 || len(rows) != 1 || rows[0].Amount != 1250 || rows[0].Territory != "FR" {
			t.Errorf("%s: rows %+v, row errors %+v, err %v", header, rows, errs, err)
		}
	}
	_, _, err := ParseStatement(strings.NewReader("Œuvre;Mode d'exploitation;Montant\n"))
	var ae *apperr.Error
	if !errors.As(err, &ae) || !strings.Contains(ae.FR, "Territoire (territory), Début de période (period_start)") || !strings.Contains(ae.FR, "exemple") {
		t.Errorf("missing French columns: %v", err)
	}
	_, _, err = ParseStatement(strings.NewReader("Montant;amount;Œuvre\n"))
	if !errors.As(err, &ae) || !strings.Contains(ae.EN, "twice") {
		t.Errorf("a column under its two names: %v", err)
	}
	example, err := importExample()
	if err != nil {
		t.Fatal(err)
	}
	rows, errs, err := ParseStatement(bytes.NewReader(example))
	if err != nil || len(errs) != 0 || len(rows) != len(exampleRows) {
		t.Fatalf("the example file: %d rows, %+v, %v", len(rows), errs, err)
	}
	if !strings.HasPrefix(string(example), "\ufeffISAN;Œuvre;Mode d'exploitation;Territoire;") {
		t.Errorf("example header: %.80q", example)
	}
}
