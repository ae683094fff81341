package quotedoc

import (
	"strings"

	"github.com/postprod/postprod/internal/platform/documents"
)

// table is the lines' table; its widths add up to the page's 190 mm.
var table = documents.Table{Size: 8, HeadH: 6, RowH: 4, Columns: []documents.Column{
	{Title: "Désignation", Width: 57, Align: "L"},
	{Title: "Épisode", Width: 30, Align: "L"},
	{Title: "Quantité", Width: 27, Align: "R"},
	{Title: "P.U. HT", Width: 22, Align: "R"},
	{Title: "Remise", Width: 16, Align: "R"},
	{Title: "TVA", Width: 12, Align: "R"},
	{Title: "Montant HT", Width: 26, Align: "R"},
}}

// lines sets the lines stage by stage: the stage's name, its lines (a long
// description wraps in its column, a row never splits across pages and the
// table's heading is repeated on a new page), and the stage's subtotal.
func lines(pdf *documents.PDF, d Document) {
	if len(d.Lines) == 0 {
		pdf.Paragraph(5, "Aucune ligne.")
		return
	}
	pdf.KeepWithNext(6 + 6 + 8)
	pdf.Head(table)
	for _, stage := range byStage(d.Lines) {
		// The stage's name stays with its first line.
		if pdf.KeepWithNext(6 + rowHeight(pdf, stage[0])) {
			pdf.Head(table)
		}
		stageHeading(pdf, stage[0].Stage)
		for i, l := range stage {
			// A new page repeats the table's heading and the stage's name.
			if pdf.KeepWithNext(rowHeight(pdf, l)) {
				pdf.Head(table)
				stageHeading(pdf, stage[0].Stage+" (suite)")
			} else if i > 0 {
				rule(pdf)
			}
			pdf.WrapRow(table, cells(l)...)
		}
		if pdf.KeepWithNext(6) {
			pdf.Head(table)
		}
		pdf.Bold(8)
		pdf.CellFormat(width-26, 6, "Sous-total "+stage[0].Stage, "T", 0, "R", false, 0, "")
		pdf.CellFormat(26, 6, documents.Euros(stageSubtotal(stage)), "T", 1, "R", false, 0, "")
		pdf.Regular(table.Size)
		pdf.Ln(1)
	}
}

// byStage groups the lines by stage, the stages in the order they first
// appear and the lines in their order within each.
func byStage(lines []Line) [][]Line {
	var out [][]Line
	at := map[string]int{}
	for _, l := range lines {
		i, ok := at[l.Stage]
		if !ok {
			i = len(out)
			at[l.Stage] = i
			out = append(out, nil)
		}
		out[i] = append(out[i], l)
	}
	return out
}

func stageHeading(pdf *documents.PDF, name string) {
	pdf.SetFillColor(235, 235, 235)
	pdf.Bold(8.5)
	pdf.CellFormat(width, 6, name, "", 1, "L", true, 0, "")
	pdf.Regular(table.Size)
}

// cells are a line's values, in the table's columns.
func cells(l Line) []string {
	what := l.Operation
	if desc := strings.TrimSpace(l.Description); desc != "" && desc != what {
		if what != "" {
			what += "\n"
		}
		what += desc
	}
	return []string{what, l.Episode, Quantity(l.Quantity, l.Unit, l.HoursPerDay),
		documents.Euros(l.UnitPrice) + "\n/" + nbsp + UnitLabel(l.Unit, l.HoursPerDay),
		Discount(l.DiscountPercent, l.DiscountAmount), Rate(l.VatRate), documents.Euros(l.Net)}
}

// rowHeight is how tall a line's row is once wrapped.
func rowHeight(pdf *documents.PDF, l Line) float64 {
	n := 1
	for i, v := range cells(l) {
		n = max(n, len(pdf.Wrap(v, table.Columns[i].Width)))
	}
	return float64(n) * table.RowH
}

// rule draws a faint line between two rows.
func rule(pdf *documents.PDF) {
	pdf.SetDrawColor(215, 215, 215)
	pdf.Line(left, pdf.GetY(), left+width, pdf.GetY())
	pdf.SetDrawColor(0, 0, 0)
}

// totals sets HT, the VAT of each rate on its base, and TTC, kept together.
func totals(pdf *documents.PDF, d Document) {
	pdf.Ln(2)
	pdf.KeepWithNext(float64(3+len(d.Totals.ByRate)) * 6)
	const labelW, amountW = 150.0, 40.0
	pdf.Bold(9.5)
	pdf.Total(labelW, amountW, 6, "T", "Total HT", documents.Euros(d.Totals.HT))
	pdf.Regular(9)
	for _, r := range d.Totals.ByRate {
		pdf.Total(labelW, amountW, 5.5, "", "TVA "+Rate(r.Rate)+" sur "+documents.Euros(r.Base), documents.Euros(r.VAT))
	}
	pdf.Bold(11)
	pdf.Total(labelW, amountW, 8, "T", "Total TTC", documents.Euros(d.Totals.TTC))
	pdf.Regular(9)
	pdf.Ln(4)
}

// conditions sets the deposit, the payment terms, the price list for extra
// sessions, the notes and the validity sentence.
func conditions(pdf *documents.PDF, d Document) {
	pdf.KeepWithNext(40)
	pdf.Bold(10)
	pdf.TextLine(6, "Conditions")
	pdf.Regular(9)
	item := func(label, text string) {
		pdf.SetX(left)
		pdf.Bold(9)
		w := pdf.GetStringWidth(label+" : ") + 2
		pdf.CellFormat(w, 5, label+" :", "", 0, "L", false, 0, "")
		pdf.Regular(9)
		pdf.MultiCell(width-w, 5, text, "", "L", false)
	}
	if d.DepositPercent != 0 {
		item("Acompte à la commande", Rate(d.DepositPercent)+" du montant HT, soit "+documents.Euros(d.DepositAmount)+" HT (TVA en sus)")
	}
	item("Délai de paiement", PaymentTerms(d.PaymentDays, d.PaymentEndOfMonth)+
		", par virement. Pas d'escompte pour paiement anticipé. Tout retard de paiement entraîne des pénalités au taux de trois fois l'intérêt légal et une indemnité forfaitaire de 40 € pour frais de recouvrement.")
	item("Séances supplémentaires", "sur les prix unitaires ci-dessus, heures supplémentaires "+Majoration(d.Overtime)+
		", nuit (22 h – 6 h) "+Majoration(d.Night)+", week-end et jours fériés "+Majoration(d.Weekend)+".")
	if d.Amends != "" {
		item("Avenant", "il complète le devis "+d.Amends+", dont les autres conditions restent inchangées.")
	}
	if n := strings.TrimSpace(d.Notes); n != "" {
		item("Notes", n)
	}
	pdf.Ln(1)
	pdf.Paragraph(5, "Ce "+d.noun()+" est valable jusqu'au "+documents.DateLong(d.ValidUntil, documents.FR)+
		". Passé cette date, les prix et les disponibilités devront être confirmés par un nouveau "+d.noun()+".")
	pdf.Ln(4)
}

// signature sets the client's "bon pour accord": date, name and quality,
// signature. It is never split across pages.
func signature(pdf *documents.PDF, d Document) {
	const h = 42.0
	pdf.KeepWithNext(h + 2)
	top := pdf.GetY()
	x := middle
	w := left + width - middle
	pdf.Rect(x, top, w, h, "D")
	pdf.SetXY(x+2, top+2)
	pdf.Bold(10)
	pdf.CellFormat(w-4, 6, "Bon pour accord", "", 2, "L", false, 0, "")
	pdf.Regular(8)
	pdf.MultiCell(w-4, 4, "Mention manuscrite « Bon pour accord », ou acceptation en ligne du "+d.noun()+" reçu.", "", "L", false)
	for _, l := range []string{"Date :", "Nom et qualité du signataire :", "Signature et cachet :"} {
		pdf.SetX(x + 2)
		pdf.CellFormat(w-4, 7, l, "", 2, "L", false, 0, "")
	}
	pdf.SetXY(left, top)
	pdf.Regular(8)
	pdf.MultiCell(middle-left-6, 4, "Pour "+sellerName(d.Seller)+",\nle "+documents.DateLong(d.IssueDate, documents.FR)+".", "", "L", false)
	pdf.SetXY(left, top+h+2)
}
