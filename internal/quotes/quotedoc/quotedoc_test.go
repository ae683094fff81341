package quotedoc

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/kernel/dates"
	"github.com/postprod/postprod/internal/kernel/money"
	"github.com/postprod/postprod/internal/kernel/pricing"
	"github.com/postprod/postprod/internal/platform/documents"
)

func TestWords(t *testing.T) {
	pct := func(r money.Rate) *money.Rate { return &r }
	amt := func(c money.Cents) *money.Cents { return &c }
	for _, c := range []struct{ got, want string }{
		{Quantity(2500, db.QuoteUnitDay, 8), "2,5 jours de 8 h"},
		{Quantity(1500, db.QuoteUnitDay, 10), "1,5 jour de 10 h"},
		{Quantity(1000, db.QuoteUnitHalfDay, 8), "½ journée"},
		{Quantity(3000, db.QuoteUnitHalfDay, 8), "3 demi-journées"},
		{Quantity(1000, db.QuoteUnitHour, 8), "1 heure"},
		{Quantity(12250, db.QuoteUnitHour, 8), "12,25 heures"},
		{Quantity(1000, db.QuoteUnitFlat, 8), "forfait"},
		{Quantity(2000, db.QuoteUnitFlat, 8), "2 forfaits"},
		{Quantity(4000, db.QuoteUnitTB, 8), "4 To"},
		{Quantity(1000, db.QuoteUnitUnit, 8), "1 unité"},
		{Quantity(1200000, db.QuoteUnitUnit, 8), "1 200 unités"},
		{UnitLabel(db.QuoteUnitDay, 8), "jour de 8 h"},
		{UnitLabel(db.QuoteUnitTB, 8), "To"},
		{Rate(2000), "20 %"},
		{Rate(550), "5,5 %"},
		{Rate(0), "0 %"},
		{Majoration(2500), "+25 %"},
		{Discount(pct(1000), nil), "10 %"},
		{Discount(nil, amt(15000)), "−150,00 €"},
		{Discount(nil, nil), ""},
		{PaymentTerms(30, false), "30 jours"},
		{PaymentTerms(45, true), "45 jours fin de mois"},
		{PaymentTerms(0, false), "à réception de facture"},
		{runtime(52), "52 min"},
		{runtime(90), "1 h 30 (90 min)"},
	} {
		got := strings.NewReplacer("\u00a0", " ", "\u202f", " ").Replace(c.got)
		if got != c.want {
			t.Errorf("%q, want %q", got, c.want)
		}
	}
}

// Sample is a quote of n lines over the three stages, with long
// descriptions, discounts, a 0 % line and episodes.
func sample(n int) Document {
	ops := []struct{ stage, op string }{
		{"Image", "Montage image offline"}, {"Image", "Étalonnage"}, {"Image", "Effets spéciaux / VFX"},
		{"Son", "Montage son"}, {"Son", "Mixage"}, {"Autres prestations", "Masterisation PAD"},
	}
	units := []db.QuoteUnit{db.QuoteUnitDay, db.QuoteUnitHalfDay, db.QuoteUnitHour, db.QuoteUnitFlat, db.QuoteUnitTB, db.QuoteUnitUnit}
	ten := money.Rate(1000)
	var ls []Line
	var priced []pricing.Line
	for i := range n {
		o := ops[i*len(ops)/n]
		l := Line{Stage: o.stage, Operation: o.op, Kind: db.LineRoomWithOperator,
			Quantity: money.Quantity(1000 + 500*(i%5)), Unit: units[i%len(units)], HoursPerDay: 8,
			UnitPrice: money.Cents(45000 + 1000*i), VatRate: 2000}
		if i%7 == 3 {
			l.Description = "Salle d'étalonnage DaVinci Resolve avec coloriste senior, projection 4K DCI calibrée, conformation comprise, rendu des masters intermédiaires pour chaque épisode et sauvegardes"
		}
		if i%4 == 1 {
			l.Episode = fmt.Sprintf("Épisode %d — Les Fantômes de la rue Oberkampf", i%8+1)
		}
		if i%6 == 2 {
			l.DiscountPercent = &ten
		}
		if i == n-1 {
			l.VatRate = 0
			l.Description = "Livraison export (autoliquidation)"
		}
		p := pricing.Line{Quantity: l.Quantity, UnitPrice: l.UnitPrice, DiscountPercent: l.DiscountPercent, VatRate: l.VatRate}
		l.Net = p.Net()
		ls = append(ls, l)
		priced = append(priced, p)
	}
	rt, eps := 52, 8
	d := Document{
		Reference: "D-2026-00012 v2", Title: "Post-production saison 1",
		Production: "Les Fantômes de la rue Oberkampf", IssueDate: dates.Date{Year: 2026, Month: 1, Day: 12}, ValidUntil: dates.Date{Year: 2026, Month: 2, Day: 11},
		Seller:        documents.Organisation{Name: "Studio Lumière", LegalName: "Studio Lumière Post-production SAS", Address: "12 rue des Vinaigriers, 75010 Paris", Siret: "812 345 678 00021", VatNumber: "FR12812345678"},
		Client:        Party{Name: "Productions du Fleuve", LegalName: "Productions du Fleuve SARL", Address: "3 quai de la Loire, 75019 Paris", Siret: "532 111 222 00014", VatNumber: "FR45532111222"},
		PurchaseOrder: "BC-2026-118", SpecRuntimeMinutes: &rt, SpecEpisodes: &eps, SpecDeliverables: "PAD HD 1080i25 stéréo et 5.1, M&E, sous-titres SME",
		Lines: ls, Totals: pricing.Sum(priced), DepositPercent: 3000, PaymentDays: 45, PaymentEndOfMonth: true,
		Overtime: 2500, Night: 5000, Weekend: 10000, Notes: "Les rushes sont livrés sur disque par la production.",
	}
	d.DepositAmount = d.DepositPercent.Of(d.Totals.HT)
	return d
}

// The document says everything a producer signs, the same bytes each time;
// POSTPROD_DOCUMENTS_OUT keeps the PDF (and its pages as PNG when
// pdftoppm is there) for people to look at.
func TestRender(t *testing.T) {
	d := sample(40)
	pdf, err := Render(d)
	if err != nil {
		t.Fatal(err)
	}
	again, _ := Render(d)
	if !bytes.Equal(pdf, again) {
		t.Error("the same document renders different bytes")
	}
	text := pdfText(t, pdf, "quote-40.pdf")
	for _, want := range []string{"Devis D-2026-00012 v2", "SIRET 812 345 678 00021", "TVA intracommunautaire FR12812345678",
		"SIRET 532 111 222 00014", "FR45532111222", "Productions du Fleuve SARL", "12 janvier 2026", "11 février 2026", "BC-2026-118",
		"52 min", "8 épisodes", "Image", "Son", "Autres prestations", "Total HT", "TVA 20 % sur", "TVA 0 % sur", "Total TTC",
		"Acompte à la commande", "45 jours fin de mois", "+25 %", "+50 %", "+100 %", "Bon pour accord", "Signature",
		"valable jusqu'au 11 février 2026", documents.Euros(d.Totals.TTC), "page 2/"} {
		if !strings.Contains(text, strings.NewReplacer("\u00a0", " ", "\u202f", " ").Replace(want)) {
			t.Errorf("the PDF lacks %q", want)
		}
	}
	if strings.Contains(text, "BROUILLON") {
		t.Error("a sent quote reads as a draft")
	}
	d.Draft, d.Reference = true, ""
	draft, _ := Render(d)
	if text := pdfText(t, draft, "quote-draft.pdf"); !strings.Contains(text, "APERÇU — BROUILLON, sans valeur contractuelle") {
		t.Error("a draft's preview is not marked")
	}
	d.Amends, d.Reference, d.Draft = "D-2026-00012 v1", "D-2026-00012-A1", false
	am, _ := Render(d)
	if text := pdfText(t, am, "amendment.pdf"); !strings.Contains(text, "Avenant D-2026-00012-A1 au devis D-2026-00012 v1") {
		t.Error("the amendment's title")
	}
	if out := os.Getenv("POSTPROD_DOCUMENTS_OUT"); out != "" {
		if bin, err := exec.LookPath("pdftoppm"); err == nil {
			_ = exec.Command(bin, "-png", "-r", "60", filepath.Join(out, "quote-40.pdf"), filepath.Join(out, "quote-40")).Run()
		}
	}
}

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

// Lines given in any order are set under one heading per stage, in the
// order the stages first appear.
func TestByStage(t *testing.T) {
	got := byStage([]Line{{Stage: "Image", Operation: "a"}, {Stage: "Son", Operation: "b"}, {Stage: "Image", Operation: "c"}, {Stage: "Autres prestations", Operation: "d"}})
	if len(got) != 3 || got[0][0].Operation != "a" || got[0][1].Operation != "c" || got[1][0].Stage != "Son" || got[2][0].Operation != "d" {
		t.Fatalf("%+v", got)
	}
}
