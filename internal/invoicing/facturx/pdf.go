package facturx

import (
	"strings"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/kernel/dates"
	"github.com/postprod/postprod/internal/kernel/money"
	"github.com/postprod/postprod/internal/platform/documents"
)

// unitLabels are the French names of the quote units on the PDF.
var unitLabels = map[db.QuoteUnit]string{
	db.QuoteUnitDay: "jour", db.QuoteUnitHalfDay: "demi-journée", db.QuoteUnitHour: "heure",
	db.QuoteUnitFlat: "forfait", db.QuoteUnitTB: "To", db.QuoteUnitUnit: "unité",
}

// lineTable is the lines' columns: 190 mm between the 10 mm margins.
var lineTable = documents.Table{
	Columns: []documents.Column{
		{Title: "Désignation", Width: 68, Align: "L"},
		{Title: "Qté", Width: 14, Align: "R"},
		{Title: "Unité", Width: 20, Align: "L"},
		{Title: "PU HT", Width: 24, Align: "R"},
		{Title: "Remise", Width: 20, Align: "R"},
		{Title: "TVA", Width: 16, Align: "R"},
		{Title: "Montant HT", Width: 28, Align: "R"},
	},
	Size: 8, HeadH: 6, RowH: 4.2,
}

func title(d Document) string {
	switch d.TypeCode {
	case TypeDepositInvoice:
		return "Facture d'acompte " + d.Number
	case TypeCreditNote:
		return "Avoir " + d.Number
	}
	return "Facture " + d.Number
}

func short(d dates.Date) string { return documents.DateShort(d, documents.FR) }

func quantity(q money.Quantity) string { return strings.Replace(q.String(), ".", ",", 1) }

// sellerHeader is the seller's legal block: name, address, SIRET, VAT
// number, then SIREN, form, capital and RCS.
func sellerHeader(s Seller) documents.Organisation {
	org := documents.Organisation{
		Name: s.Name, LegalName: s.LegalName, Address: oneLine(s.Address),
		Siret: s.Siret, VatNumber: s.VatNumber,
	}
	var ids []string
	if s.Siren != "" {
		ids = append(ids, "SIREN "+s.Siren)
	}
	if m := legalMention(s); m != "" {
		ids = append(ids, m)
	}
	if len(ids) > 0 {
		org.Extra = append(org.Extra, strings.Join(ids, " · "))
	}
	return org
}

func oneLine(a Address) string {
	parts := append([]string{}, a.Lines...)
	city := strings.TrimSpace(a.Postcode + " " + a.City)
	if a.Country != "" && a.Country != "FR" {
		if name, ok := documents.CountryName(a.Country, documents.FR); ok {
			city += " (" + name + ")"
		}
	}
	return strings.Join(append(parts, city), ", ")
}

// render draws the invoice or credit note.
func render(d Document) *documents.PDF {
	p := documents.NewPDF()
	// Every page names the document: the lines may run over several.
	footer := title(d) + " · " + d.Seller.legalName()
	if d.Footer != "" {
		footer = title(d) + " · " + d.Footer
	}
	p.Footer(footer)
	p.Header(sellerHeader(d.Seller), title(d))
	facts(p, d)
	lines(p, d)
	totals(p, d)
	mentions(p, d)
	return p
}

// facts are the dates and references on the left, the client on the right.
func facts(p *documents.PDF, d Document) {
	top := p.GetY() + 2
	var left [][2]string
	add := func(label, value string) {
		if value != "" {
			left = append(left, [2]string{label, value})
		}
	}
	add("Date d'émission", short(d.IssueDate))
	if d.TypeCode == TypeCreditNote && len(d.Preceding) > 0 {
		add("Facture d'origine", d.Preceding[0].Number+" du "+short(d.Preceding[0].IssueDate))
	}
	if d.DueDate != nil {
		add("Date d'échéance", short(*d.DueDate))
	}
	switch {
	case d.ServiceFrom != nil && d.ServiceTo != nil && *d.ServiceFrom != *d.ServiceTo:
		add("Période de la prestation", "du "+short(*d.ServiceFrom)+" au "+short(*d.ServiceTo))
	case d.ServiceFrom != nil:
		add("Date de la prestation", short(*d.ServiceFrom))
	case d.ServiceTo != nil:
		add("Date de la prestation", short(*d.ServiceTo))
	default:
		add("Date de la prestation", short(d.IssueDate))
	}
	add("Bon de commande", d.PurchaseOrder)
	add("Production", d.Production)
	p.SetXY(10, top)
	for _, kv := range left {
		p.Bold(8)
		p.CellFormat(42, 4.5, kv[0], "", 0, "L", false, 0, "")
		p.Regular(8)
		p.CellFormat(58, 4.5, kv[1], "", 1, "L", false, 0, "")
	}
	endLeft := p.GetY()

	b := d.Buyer
	p.SetXY(112, top)
	p.Bold(8)
	p.CellFormat(88, 4.5, "Client", "", 2, "L", false, 0, "")
	p.Bold(9)
	p.CellFormat(88, 4.5, b.legalName(), "", 2, "L", false, 0, "")
	p.Regular(8)
	var rows []string
	if b.LegalName != "" && b.Name != "" && b.Name != b.LegalName {
		rows = append(rows, b.Name)
	}
	rows = append(rows, b.Address.Lines...)
	rows = append(rows, strings.TrimSpace(b.Address.Postcode+" "+b.Address.City))
	if name, ok := documents.CountryName(b.Address.Country, documents.FR); ok && b.Address.Country != "FR" {
		rows = append(rows, name)
	}
	if b.Siren != "" {
		rows = append(rows, "SIREN "+b.Siren)
	}
	if b.VatNumber != "" {
		rows = append(rows, "TVA intracommunautaire "+b.VatNumber)
	}
	for _, r := range rows {
		p.CellFormat(88, 4.2, r, "", 2, "L", false, 0, "")
	}
	p.SetXY(10, max(endLeft, p.GetY())+6)
}

func lines(p *documents.PDF, d Document) {
	p.Head(lineTable)
	for _, l := range d.Lines {
		desc := l.Description
		if l.VatRate == 0 && l.ExemptionReason != "" {
			desc += "\n" + l.ExemptionReason
		}
		unit := unitLabels[l.Unit]
		if l.Unit == db.QuoteUnitDay && l.HoursPerDay > 0 {
			unit += " (" + documents.Integer(int64(l.HoursPerDay), documents.FR) + " h)"
		}
		disc := ""
		switch {
		case l.DiscountPercent != nil:
			disc = pct(*l.DiscountPercent)
		case l.DiscountAmount != nil:
			disc = fr(*l.DiscountAmount)
		}
		p.WrapRow(lineTable, desc, quantity(l.Quantity), unit, fr(l.UnitPrice), disc, pct(l.VatRate), fr(l.Net()))
	}
	p.SetDrawColor(160, 160, 160)
	p.Line(10, p.GetY()+1, 200, p.GetY()+1)
	p.SetDrawColor(0, 0, 0)
	p.Ln(3)
}

// totals: HT, VAT per rate (0 % with its reason), TTC, the deposits
// deducted by number, the amount due.
func totals(p *documents.PDF, d Document) {
	p.KeepWithNext(float64(5*(4+len(d.Totals.ByRate)+len(d.Deductions))) + 10)
	const lw, aw, h = 150, 40, 5
	p.Regular(9)
	p.Total(lw, aw, h, "", "Total HT", fr(d.Totals.HT))
	for _, b := range breakdowns(d.Lines) {
		label := "TVA " + pct(b.Rate) + " sur " + fr(b.Base)
		if b.Rate == 0 && b.Reason != "" {
			label = "TVA " + pct(b.Rate) + " (" + b.Reason + ") sur " + fr(b.Base)
		}
		p.Total(lw, aw, h, "", label, fr(b.VAT))
	}
	p.Bold(9)
	ttc := "Total TTC"
	if d.TypeCode == TypeCreditNote {
		ttc = "Montant de l'avoir TTC"
	}
	p.Total(lw, aw, h, "T", ttc, fr(d.Totals.TTC))
	p.Regular(9)
	for _, x := range d.Deductions {
		p.Total(lw, aw, h, "", "Acompte déduit : facture "+x.Number+" du "+short(x.IssueDate), fr(-x.Amount))
	}
	if d.TypeCode != TypeCreditNote {
		p.Bold(10)
		p.Total(lw, aw, 6, "T", "Net à payer", fr(d.DuePayable))
	}
	p.Regular(9)
	p.Ln(4)
}

// mentions are the terms and the legal mentions, the same texts as the
// XML's notes.
func mentions(p *documents.PDF, d Document) {
	p.KeepWithNext(30)
	p.Regular(8)
	para := func(s string) {
		if s != "" {
			p.Paragraph(4, s)
		}
	}
	para(creditMention(d))
	para(mentionServices)
	if d.TypeCode != TypeCreditNote {
		para("Conditions de paiement : " + paymentTerms(d))
		if d.Seller.IBAN != "" {
			bank := "Règlement par virement : IBAN " + d.Seller.IBAN
			if d.Seller.BIC != "" {
				bank += " · BIC " + d.Seller.BIC
			}
			para(bank + " · référence " + d.Number)
		}
		para(earlyMention(d))
		para(penaltyMention(d))
		para(indemnityMention(d))
	}
	if d.VatOnDebits {
		p.Bold(8)
		para(mentionVatOption)
		p.Regular(8)
	}
	if n := strings.TrimSpace(d.Notes); n != "" {
		p.Ln(2)
		para(n)
	}
}
