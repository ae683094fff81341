package royalties

import (
	"strings"
	"testing"
)

// FuzzParseStatement: whatever the file, the parser does not panic, and
// every data line is either a returned row or explained by at least one
// RowError with a message, never both.
//
//	go test -run '^$' -fuzz FuzzParseStatement -fuzztime 20s ./internal/royalties/
func FuzzParseStatement(f *testing.F) {
	for _, seed := range []string{
		"work_isan,work_ref,media,territory,period_start,period_end,amount,currency,rate_to_eur,reference\n" +
			testISAN + ",,TV,FR,2024-01-01,2024-06-30,1234.56,,,A-1\n" +
			",CAT-7,SVOD,WORLD,2024-01-01,2024-01-31,-10.05,USD,0.5,A-2\n",
		"\uFEFFwork_ref;media;territory;period_start;period_end;amount;currency;rate_to_eur;reference\r\n" +
			"CAT-1;TV;FR;01/01/2024;30/06/2024;12 345,67;;;R1\r\n" +
			"CAT-1;CINEMA;CH;1/7/2024;31/12/2024;-1000,5;CHF;1,043210;R2\r\n;;;;;;;;\r\n\r\n",
		"work_ref;media;territory;period_start;period_end;amount;reference\n" +
			"W;RADIO;XX;2024-02-30;hier;1,005;\n\"W;TV\";\"FR\"x;;;;R\nW;TV;FR;2024-01-01;2024-01-31;1;R\nW;TV;FR;2024-01-01;2024-01-31;1;R\n",
		"work_ref,media,territory,period_start,period_end,amount,reference\rW,TV,FR,2024-01-01,2024-06-30,12,50,R\r\"unclosed\r",
		"\n\n  work_ref , MEDIA ,territory,period_start,period_end,amount,reference,notes\nW,tv,be,2024-01-01,2024-12-31,\"1 000,00\",\"ref \"\"quoted\"\"\",\"a, b\"\n",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, in string) {
		rows, errs, err := ParseStatement(strings.NewReader(in))
		if err != nil {
			if rows != nil || errs != nil {
				t.Fatalf("a refused file returned rows or errors: %v %v", rows, errs)
			}
			return
		}

		// Lines as an editor numbers them, found independently of the parser.
		text := strings.TrimPrefix(in, "\uFEFF")
		text = strings.ReplaceAll(text, "\r\n", "\n")
		text = strings.ReplaceAll(text, "\r", "\n")
		lines := strings.Split(text, "\n")
		header := 0
		for header < len(lines) && strings.Trim(lines[header], " \t") == "" {
			header++
		}
		headerLine := header + 1
		if header == len(lines) {
			t.Fatal("a file without header was accepted")
		}
		sep := detectSeparator(lines[header])

		valid := map[int]bool{}
		for _, r := range rows {
			if r.Line <= headerLine || r.Line > len(lines) || valid[r.Line] {
				t.Fatalf("row with a bad or repeated line number %d (header line %d, %d lines)", r.Line, headerLine, len(lines))
			}
			valid[r.Line] = true
			if !r.Media.Valid() || !validTerritory(r.Territory) || r.Reference == "" || (r.WorkISAN == "" && r.WorkRef == "") ||
				compareDate(r.PeriodEnd, r.PeriodStart) < 0 || r.RateMicros <= 0 || len(r.Currency) != 3 ||
				(r.Currency == "EUR" && (r.RateMicros != 1e6 || r.AmountEUR != r.Amount)) {
				t.Fatalf("invalid row accepted: %+v", r)
			}
		}
		refs := map[string]bool{}
		for _, r := range rows {
			if refs[r.Reference] {
				t.Fatalf("reference %q accepted twice", r.Reference)
			}
			refs[r.Reference] = true
		}
		rejected := map[int]bool{}
		for _, e := range errs {
			if e.Line <= 1 || e.Line <= headerLine || e.Line > len(lines) {
				t.Fatalf("error with a bad line number: %+v (header line %d, %d lines)", e, headerLine, len(lines))
			}
			if e.Field == "" || strings.TrimSpace(e.MessageFR) == "" || strings.TrimSpace(e.MessageEN) == "" {
				t.Fatalf("unexplained error: %+v", e)
			}
			if valid[e.Line] {
				t.Fatalf("line %d both returned and rejected", e.Line)
			}
			rejected[e.Line] = true
		}

		// Every line with content is accounted for, and the parser's count
		// of data lines is exactly rows + rejected lines.
		data := 0
		for i := header + 1; i < len(lines); i++ {
			n := i + 1
			if strings.Trim(lines[i], " \t,;\"") != "" && !valid[n] && !rejected[n] {
				t.Fatalf("line %d %q is neither imported nor explained", n, lines[i])
			}
			if strings.Trim(lines[i], " \t") == "" {
				continue
			}
			if fields, err := splitFields(lines[i], sep, nil); err == nil && allBlank(fields) {
				continue
			}
			data++
		}
		if len(valid)+len(rejected) != data {
			t.Fatalf("%d rows + %d rejected lines for %d data lines", len(valid), len(rejected), data)
		}
	})
}
