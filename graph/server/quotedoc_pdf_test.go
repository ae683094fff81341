package server_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/google/uuid"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/graph/server"
	"github.com/postprod/postprod/internal/kernel/money"
	"github.com/postprod/postprod/internal/platform/documents"
)

// legalOrg gives the organisation and its producer's client their legal
// identities, as a real quote carries them.
func legalOrg(t *testing.T, e *env, fx *org) {
	t.Helper()
	ctx := context.Background()
	if _, err := e.DB.NewUpdate().Model((*db.Organisation)(nil)).Where("id = ?", fx.ID).
		Set("legal_name = ?, address = ?, siret = ?, vat_number = ?", "Studio Devis Post-production SAS", "12 rue des Vinaigriers, 75010 Paris", "81234567800021", "FR12812345678").
		Exec(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := e.DB.NewUpdate().Model((*db.Client)(nil)).Where("id = ?", fx.clientID).
		Set("legal_name = ?, address = ?, siret = ?, vat_number = ?", "Productions du Fleuve SARL", "3 quai de la Loire, 75019 Paris", "53211122200014", "FR45532111222").
		Exec(ctx); err != nil {
		t.Fatal(err)
	}
}

// fortyLines are forty lines over picture, sound and the rest, in no
// particular order, with episodes, long descriptions, discounts of both
// kinds and one line at 0 % VAT; every net differs.
func fortyLines(fx *org, prod string) []db.QuoteLine {
	codes := []string{"OFFLINE_EDIT", "MIX", "GRADING", "SOUND_EDIT", "VFX", "SUBTITLES", "CONFORM", "FOLEY", "QC", "MASTERING"}
	units := []db.QuoteUnit{db.QuoteUnitDay, db.QuoteUnitHalfDay, db.QuoteUnitHour, db.QuoteUnitFlat, db.QuoteUnitTB, db.QuoteUnitUnit}
	var eps []uuid.UUID
	for n := 1; n <= 3; n++ {
		eps = append(eps, uuid.MustParse(fx.episode(prod, n, "title", fmt.Sprintf("Les Fantômes de la rue Oberkampf, partie %d", n))))
	}
	ten, fifty := money.Rate(1000), money.Cents(5000)
	lines := make([]db.QuoteLine, 40)
	for i := range lines {
		op := uuid.MustParse(fx.op(codes[i%len(codes)]))
		l := db.QuoteLine{OperationID: &op, Kind: db.LineRoomWithOperator, Quantity: money.Quantity(1000 + 500*(i%5)),
			Unit: units[i%len(units)], HoursPerDay: 8, UnitPrice: money.Cents(45000 + 1234*i), VatRate: 2000}
		switch i % 5 {
		case 1:
			l.Description = "Salle équipée DaVinci Resolve et opérateur senior, projection 4K DCI calibrée, rendus intermédiaires et sauvegardes quotidiennes compris"
		case 3:
			l.EpisodeID = &eps[i%len(eps)]
		}
		switch i % 7 {
		case 2:
			l.DiscountRate = &ten
		case 5:
			l.DiscountAmount = &fifty
		}
		lines[i] = l
	}
	lines[39].OperationID, lines[39].Kind, lines[39].VatRate, lines[39].Description = nil, db.LineExpense, 0, "Transport des disques vers le diffuseur (export, autoliquidation)"
	return lines
}

// A sent quote's PDF, as the producer downloads it: the stored bytes
// exactly, with their SHA-256; French legal mentions of both parties; every
// line; the totals the API gives. Its pages are drawn as PNG with
// POSTPROD_DOCUMENTS_OUT for people to look at.
func TestQuoteDocumentReadsAsFrench(t *testing.T) {
	e := newEmptyEnv(t)
	fx := e.newOrg("Studio Devis")
	legalOrg(t, e, fx)
	prod := fx.production("title", "Les Fantômes de la rue Oberkampf")
	sent := fx.quoteVersion(prod, db.QuoteSent, fortyLines(fx, prod))

	code, h, body := download(t, e, fx.as(db.RoleProducer), "/documents/quotes/"+sent.ID+".pdf")
	if code != 200 || h.Get("Content-Type") != documents.PDFType {
		t.Fatalf("%d %s", code, h.Get("Content-Type"))
	}
	sum := sha256.Sum256(body)
	if string(body) != string(sent.Document) || hex.EncodeToString(sum[:]) != sent.SHA256 || h.Get(server.DigestHeader) != sent.SHA256 {
		t.Fatalf("not the stored document: sha %s, header %s, stored %s", hex.EncodeToString(sum[:]), h.Get(server.DigestHeader), sent.SHA256)
	}
	if got := h.Get("Content-Disposition"); got != `attachment; filename="devis-`+sent.ID[:8]+`.pdf"` {
		t.Errorf("Content-Disposition %q", got)
	}
	text := pdfText(t, body, "devis-40-lignes.pdf")
	flat := regexp.MustCompile(`\s+`).ReplaceAllString(text, " ")
	var number string
	if err := e.DB.NewSelect().TableExpr("quotes").ColumnExpr("'D-' || year || '-' || lpad(number::text, 5, '0')").Where("id = ?", sent.QuoteID).Scan(context.Background(), &number); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"Devis " + number + " v1", "Studio Devis Post-production SAS", "12 rue des Vinaigriers, 75010 Paris", "SIRET 81234567800021", "TVA intracommunautaire FR12812345678",
		"CLIENT", "Productions du Fleuve SARL", "3 quai de la Loire, 75019 Paris", "SIRET 53211122200014", "TVA intracommunautaire FR45532111222",
		"Les Fantômes de la rue Oberkampf", "BC-2026-118", "52 min", "6 épisodes", "PAD HD 1080i25",
		"Date d'émission", "Valable jusqu'au", "Image", "Son", "Autres prestations", "Épisode 2",
		"Montage image offline", "Étalonnage", "Mixage", "Contrôle qualité", "Transport des disques",
		"2,5 jours de 8 h", "½ journée", "forfait", "To", "unité", "heure",
		"Acompte à la commande", "30 % du montant HT", "45 jours fin de mois", "heures supplémentaires +25 %", "nuit (22 h – 6 h) +50 %",
		"week-end et jours fériés +100 %", "Les rushes sont livrés", "Ce devis est valable jusqu'au", "Bon pour accord", "Date :", "Nom et qualité du signataire", "Signature",
	} {
		if !strings.Contains(flat, want) {
			t.Errorf("the PDF lacks %q", want)
		}
	}
	if strings.Contains(text, "BROUILLON") {
		t.Error("the sent quote reads as a draft")
	}
	if c := regexp.MustCompile(`\b(ROOM_WITH_OPERATOR|ROOM|EXPENSE|HALF_DAY|DAY|HOUR|FLAT|TB|UNIT|IMAGE|SOUND|OTHER)\b`).FindString(text); c != "" {
		t.Errorf("the PDF shows the code %s", c)
	}
	// Every line, by its net at the end of a row.
	for i, l := range sent.Lines {
		if !regexp.MustCompile(regexp.QuoteMeta(euros(l.Net)) + `\s*\n`).MatchString(text) {
			t.Errorf("line %d: its net %s is not in the PDF", i, euros(l.Net))
		}
	}
	// The totals: those stored, and those the API answers.
	tot := sent.Totals
	wants := []string{`Total HT\s+` + regexp.QuoteMeta(euros(tot.HT)), `Total TTC\s+` + regexp.QuoteMeta(euros(tot.TTC))}
	for _, r := range tot.ByRate {
		wants = append(wants, `TVA `+regexp.QuoteMeta(strings.ReplaceAll(rate(r.Rate), "\u00a0", " "))+` sur `+regexp.QuoteMeta(euros(r.Base))+`\s+`+regexp.QuoteMeta(euros(r.VAT)))
	}
	for _, w := range wants {
		if !regexp.MustCompile(w).MatchString(text) {
			t.Errorf("the PDF lacks /%s/", w)
		}
	}
	if len(tot.ByRate) != 2 || tot.ByRate[1].Rate != 0 {
		t.Fatalf("the quote should have 20 %% and 0 %% lines: %+v", tot.ByRate)
	}
	var stored db.QuoteVersion
	if err := e.DB.NewSelect().Model(&stored).Column("total_ht_cents", "total_vat_cents", "total_ttc_cents").Where("id = ?", sent.ID).Scan(context.Background()); err != nil {
		t.Fatal(err)
	}
	if stored.TotalHT != tot.HT || stored.TotalVAT != tot.VAT || stored.TotalTTC != tot.TTC {
		t.Errorf("stored totals %v %v %v, the PDF's %+v", stored.TotalHT, stored.TotalVAT, stored.TotalTTC, tot)
	}
	apiTotals(t, e, fx.as(db.RoleProducer), sent.ID, tot.HT, tot.VAT, tot.TTC)
	if out := os.Getenv("POSTPROD_DOCUMENTS_OUT"); out != "" {
		if bin, err := exec.LookPath("pdftoppm"); err == nil {
			_ = exec.Command(bin, "-png", "-r", "60", filepath.Join(out, "devis-40-lignes.pdf"), filepath.Join(out, "devis-40-lignes")).Run()
		}
	}
	if n := strings.Count(text, "\f"); n < 3 {
		t.Errorf("forty lines on %d pages", n)
	}
	if strings.Count(text, "Désignation") != strings.Count(text, "\f") {
		t.Errorf("the table's heading is not on every page: %d headings, %d pages", strings.Count(text, "Désignation"), strings.Count(text, "\f"))
	}
}

// apiTotals holds the PDF's totals to quote(id).totals.
func apiTotals(t *testing.T, e *env, tok, id string, ht, vat, ttc money.Cents) {
	t.Helper()
	r := e.do(tok, `query($id:ID!){ quote(id:$id){ totals { ht vat ttc } } }`, map[string]any{"id": id})
	if len(r.Errors) > 0 {
		t.Fatalf("quote(id): %s", r.Errors[0].Message)
	}
	var d struct {
		Quote struct{ Totals struct{ HT, VAT, TTC string } }
	}
	r.decode(t, &d)
	if d.Quote.Totals.HT != ht.String() || d.Quote.Totals.VAT != vat.String() || d.Quote.Totals.TTC != ttc.String() {
		t.Errorf("API totals %+v, the PDF's %v %v %v", d.Quote.Totals, ht, vat, ttc)
	}
}

// euros and rate are an amount and a rate as pdfText gives them back.
func euros(c money.Cents) string {
	return strings.NewReplacer("\u00a0", " ", "\u202f", " ").Replace(documents.Euros(c))
}

func rate(r money.Rate) string { return strings.Replace(r.String(), ".", ",", 1) + " %" }
