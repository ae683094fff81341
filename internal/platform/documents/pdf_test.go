package documents

import (
	"strings"
	"testing"
)

func TestPDFHeaderTableAndFooter(t *testing.T) {
	p := NewPDF()
	p.Footer("Atelier Lumière — SIRET 123 456 789 00012")
	p.Header(Organisation{Name: "Atelier", LegalName: "Atelier Lumière SAS", Address: "12 rue de l’Œuvre, 75011 Paris",
		Siret: "12345678900012", VatNumber: "FR12123456789", Extra: []string{"RCS Paris 123 456 789"}}, "Facture F-2026-00042")
	table := Table{Columns: []Column{{"Désignation", 120, "L"}, {"Montant HT", 40, "R"}}, Size: 8, HeadH: 6, RowH: 5}
	p.Head(table)
	for i := 0; i < 120; i++ { // enough rows for a second page
		p.Row(table, "Étalonnage « jour »", Euros(123456))
	}
	p.Total(120, 40, 7, "T", "Total HT", Euros(123456*120))
	p.Paragraph(4, "Pas d’escompte pour paiement anticipé.")
	b, err := p.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(b), "%PDF") {
		t.Fatal("not a PDF")
	}
	if p.PageCount() < 2 {
		t.Fatalf("%d page(s)", p.PageCount())
	}
}
