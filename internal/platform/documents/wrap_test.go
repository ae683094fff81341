package documents

import (
	"encoding/xml"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

func TestWrapFitsTheCell(t *testing.T) {
	p := NewPDF()
	p.Header(Organisation{Name: "Atelier"}, "Relevé")
	p.Regular(8)
	room := 30 - 2*p.GetCellMargin()
	for _, s := range []string{
		"Vidéo à la demande par abonnement",
		"Anticonstitutionnellementissimementextraordinaire",
		"Une première ligne\nune seconde",
		"",
	} {
		lines := p.Wrap(s, 30)
		if len(lines) == 0 {
			t.Fatalf("%q: no line", s)
		}
		for _, l := range lines {
			if w := p.GetStringWidth(l); w > room+0.01 {
				t.Errorf("%q: line %q is %.1f mm wide, room %.1f", s, l, w, room)
			}
		}
		joined := strings.Join(lines, " ")
		if strings.Contains(s, " ") && strings.ReplaceAll(s, "\n", " ") != joined {
			t.Errorf("%q wrapped as %q", s, lines)
		}
		if !strings.Contains(s, " ") && !strings.Contains(s, "\n") && strings.Join(lines, "") != s {
			t.Errorf("%q wrapped as %q", s, lines)
		}
	}
	if got := p.Wrap("Vidéo à la demande par abonnement", 30); len(got) < 2 {
		t.Errorf("a long label on one line: %q", got)
	}
	// An amount is never cut between its figures and its sign.
	if got := p.Wrap("Montant dû "+Euros(123456789), 30); len(got) != 2 || got[1] != Euros(123456789) {
		t.Errorf("an amount wrapped: %q", got)
	}
}

// Rows of long labels: every word printed stays inside its column, rows
// never overlap, and a new page repeats the heading.
func TestWrapRowKeepsColumnsApart(t *testing.T) {
	pdftotext, err := exec.LookPath("pdftotext")
	if err != nil {
		t.Skip("pdftotext (poppler-utils) is not installed")
	}
	p := NewPDF()
	p.Header(Organisation{Name: "Atelier"}, "Relevé")
	table := Table{Size: 8, HeadH: 6, RowH: 4, Columns: []Column{
		{"Œuvre", 50, "L"}, {"Mode", 40, "L"}, {"Territoire", 40, "L"}, {"Montant", 60, "R"}}}
	p.Head(table)
	for i := 0; i < 60; i++ {
		y := p.GetY()
		p.WrapRow(table, "Brigade des marées — saison "+strconv.Itoa(i), "Vidéo à la demande par abonnement", "Îles mineures éloignées des États-Unis", Euros(123456))
		if p.GetY() <= y && p.PageNo() == 1 {
			t.Fatal("the row did not move down")
		}
	}
	b, err := p.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "t.pdf")
	if err := os.WriteFile(in, b, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(pdftotext, "-bbox", in, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Pages []struct {
			Words []struct {
				XMin float64 `xml:"xMin,attr"`
				XMax float64 `xml:"xMax,attr"`
				Text string  `xml:",chardata"`
			} `xml:"word"`
		} `xml:"body>doc>page"`
	}
	if err := xml.Unmarshal(out, &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Pages) < 2 {
		t.Fatalf("%d page(s)", len(doc.Pages))
	}
	const pt = 72 / 25.4 // points per millimetre
	bounds := []struct {
		words    string
		from, to float64
	}{{"Vidéo à la demande par abonnement", 60, 100}, {"Îles mineures éloignées des États-Unis", 100, 140}}
	for n, pg := range doc.Pages {
		heads := 0
		for _, w := range pg.Words {
			if w.Text == "Territoire" {
				heads++
			}
			for _, b := range bounds {
				if strings.Contains(b.words, w.Text) && len([]rune(w.Text)) > 3 && (w.XMin < b.from*pt-0.5 || w.XMax > b.to*pt+0.5) {
					t.Errorf("page %d: %q at %.0f–%.0f pt, outside its column %.0f–%.0f", n+1, w.Text, w.XMin, w.XMax, b.from*pt, b.to*pt)
				}
			}
		}
		if heads != 1 {
			t.Errorf("page %d has %d heading rows", n+1, heads)
		}
	}
}
