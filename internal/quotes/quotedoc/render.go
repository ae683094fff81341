package quotedoc

import (
	"strconv"
	"strings"
	"time"

	"github.com/postprod/postprod/internal/kernel/dates"
	"github.com/postprod/postprod/internal/platform/documents"
)

// The page: A4 with fpdf's 10 mm margins, 190 mm of text.
const (
	left   = 10.0
	width  = 190.0
	middle = 105.0 // where the client block starts
)

// DraftMark is what a draft's preview says on its first page and at the
// foot of every page: it is not the document the client accepts.
const DraftMark = "APERÇU — BROUILLON, sans valeur contractuelle"

// Render sets the document as a PDF, in French whatever the reader's
// language (the legal mentions are French): the issuer's legal header, the
// title, the client and the production, the spec quoted, the lines by
// stage with their table heading repeated on every page, the totals with
// VAT per rate, the conditions (deposit, payment, extra sessions,
// validity) and the signature block. The same document renders the same
// bytes: the PDF's dates are the issue date's.
func Render(d Document) ([]byte, error) {
	pdf := documents.NewPDF()
	pdf.SetCatalogSort(true)
	at := time.Date(d.IssueDate.Year, d.IssueDate.Month, d.IssueDate.Day, 12, 0, 0, 0, dates.Paris)
	pdf.SetCreationDate(at)
	pdf.SetModificationDate(at)
	pdf.SetTitle(d.title(), true)
	pdf.SetCreator("postprod", true)
	foot := d.title() + " — " + sellerName(d.Seller)
	if d.Draft {
		foot = DraftMark + " — " + foot
	}
	pdf.Footer(documents.Truncate(foot, 110))
	pdf.Header(d.Seller, d.title())
	if d.Draft {
		pdf.SetTextColor(180, 0, 0)
		pdf.Bold(11)
		pdf.TextLine(6, DraftMark)
		pdf.SetTextColor(0, 0, 0)
		pdf.Regular(9)
	}
	pdf.Ln(2)
	parties(pdf, d)
	subject(pdf, d)
	lines(pdf, d)
	totals(pdf, d)
	conditions(pdf, d)
	signature(pdf, d)
	return pdf.Bytes()
}

// title is "Devis D-2026-00012 v2" or "Avenant D-2026-00012-A1 au devis
// D-2026-00012 v1"; before its first send a document has no number yet.
func (d Document) title() string {
	if d.Amends == "" {
		if d.Reference == "" {
			return "Devis (numéro attribué à l'envoi)"
		}
		return "Devis " + d.Reference
	}
	t := "Avenant"
	if d.Reference != "" {
		t += " " + d.Reference
	}
	return t + " au devis " + d.Amends
}

func (d Document) noun() string {
	if d.Amends != "" {
		return "avenant"
	}
	return "devis"
}

func sellerName(o documents.Organisation) string {
	if o.LegalName != "" {
		return o.LegalName
	}
	return o.Name
}

// parties sets the dates and references on the left and the client's
// block on the right, side by side.
func parties(pdf *documents.PDF, d Document) {
	top := pdf.GetY()
	pdf.SetXY(left, top)
	facts := [][2]string{
		{"Date d'émission", documents.DateLong(d.IssueDate, documents.FR)},
		{"Valable jusqu'au", documents.DateLong(d.ValidUntil, documents.FR)},
	}
	if d.PurchaseOrder != "" {
		facts = append(facts, [2]string{"Bon de commande", d.PurchaseOrder})
	}
	labels := make([]string, len(facts))
	for i, f := range facts {
		labels[i] = f[0]
	}
	lw := labelWidth(pdf, labels...)
	for _, f := range facts {
		labelled(pdf, lw, middle-left-4, f[0], f[1])
	}
	leftBottom := pdf.GetY()

	pdf.SetXY(middle, top)
	pdf.SetFillColor(245, 245, 245)
	w := left + width - middle
	pdf.Bold(8)
	pdf.CellFormat(w, 5, "CLIENT", "", 2, "L", true, 0, "")
	pdf.Bold(10)
	pdf.MultiCell(w, 5, d.Client.Name, "", "L", true)
	pdf.Regular(9)
	var rows []string
	if d.Client.LegalName != "" && d.Client.LegalName != d.Client.Name {
		rows = append(rows, d.Client.LegalName)
	}
	if d.Client.Address != "" {
		rows = append(rows, d.Client.Address)
	}
	if d.Client.Siret != "" {
		rows = append(rows, "SIRET "+d.Client.Siret)
	}
	if d.Client.VatNumber != "" {
		rows = append(rows, "TVA intracommunautaire "+d.Client.VatNumber)
	}
	for _, r := range rows {
		pdf.SetX(middle)
		pdf.MultiCell(w, 4.5, r, "", "L", true)
	}
	pdf.SetX(middle)
	pdf.CellFormat(w, 1.5, "", "", 1, "L", true, 0, "")
	pdf.SetXY(left, max(leftBottom, pdf.GetY())+4)
}

// subject sets the production, the title and the spec being quoted.
func subject(pdf *documents.PDF, d Document) {
	lw := labelWidth(pdf, "Production", "Objet", "Cahier des charges")
	label := func(name, value string) { labelled(pdf, lw, width, name, value) }
	label("Production", d.Production)
	if d.Title != "" {
		label("Objet", d.Title)
	}
	var spec []string
	if d.SpecRuntimeMinutes != nil {
		spec = append(spec, "durée "+runtime(*d.SpecRuntimeMinutes))
	}
	if d.SpecEpisodes != nil {
		spec = append(spec, nounEpisode.Count(int64(*d.SpecEpisodes), documents.FR))
	}
	if s := strings.TrimSpace(d.SpecDeliverables); s != "" {
		spec = append(spec, "livrables : "+s)
	}
	if len(spec) > 0 {
		label("Cahier des charges", strings.Join(spec, " · "))
	}
	pdf.Ln(3)
}

var nounEpisode = documents.Noun{FR: "épisode", FRPlural: "épisodes", EN: "episode", ENPlural: "episodes"}

// runtime writes minutes as "52 min" or "1 h 30".
func runtime(minutes int) string {
	if minutes < 60 {
		return strconv.Itoa(minutes) + nbsp + "min"
	}
	s := strconv.Itoa(minutes/60) + nbsp + "h"
	if m := minutes % 60; m != 0 {
		s += nbsp + strconv.Itoa(m/10) + strconv.Itoa(m%10)
	}
	return s + " (" + strconv.Itoa(minutes) + nbsp + "min)"
}

// labelWidth is the width of the widest of the bold labels and their colon.
func labelWidth(pdf *documents.PDF, labels ...string) float64 {
	pdf.Bold(9)
	w := 0.0
	for _, l := range labels {
		w = max(w, pdf.GetStringWidth(l+" :"))
	}
	return w + 3
}

// labelled writes a bold label and its value, the value wrapping in the
// rest of w millimetres from the left margin.
func labelled(pdf *documents.PDF, labelW, w float64, label, value string) {
	pdf.SetX(left)
	pdf.Bold(9)
	pdf.CellFormat(labelW, 5, label+" :", "", 0, "L", false, 0, "")
	pdf.Regular(9)
	pdf.MultiCell(w-labelW, 5, value, "", "L", false)
}
