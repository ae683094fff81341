package facturx

import (
	"errors"
	"strconv"
	"strings"

	"github.com/postprod/postprod/internal/kernel/dates"
	"github.com/postprod/postprod/internal/kernel/money"
	"github.com/postprod/postprod/internal/platform/documents"
)

// Reminder is what the reminder letter (relance) of an overdue invoice
// says. The figures are the caller's (balance and penalties computed by
// invoicing); the letter only checks they add up.
type Reminder struct {
	Seller     Seller
	Buyer      Party
	Date       dates.Date // the letter's date
	Invoice    Reference  // the overdue invoice
	DueDate    dates.Date
	Production string
	Amount     money.Cents // the invoice's amount due (TTC − deposits deducted)
	Paid       money.Cents // payments received
	Credited   money.Cents // issued credit notes, TTC
	Balance    money.Cents // Amount − Paid − Credited
	DaysLate   int
	// LatePenaltyRate is the annual rate; Penalty = Balance × rate ×
	// DaysLate / 365, half-up, as invoicing computes it.
	LatePenaltyRate money.Rate
	Penalty         money.Cents
	Indemnity       money.Cents // 40 € for a business client, else 0
	Footer          string
}

// Total is what the letter asks for: balance, penalties and indemnity.
func (r Reminder) Total() money.Cents { return r.Balance + r.Penalty + r.Indemnity }

// ReminderPDF is the reminder letter, PDF/A-3 like the invoices.
func ReminderPDF(r Reminder) ([]byte, error) {
	if r.Invoice.Number == "" || r.Seller.legalName() == "" || r.Buyer.legalName() == "" {
		return nil, errors.New("facturx: a reminder names the invoice, the seller and the client")
	}
	if r.Balance != r.Amount-r.Paid-r.Credited {
		return nil, errors.New("facturx: the reminder's balance is not amount − payments − credit notes")
	}
	title := "Relance — facture " + r.Invoice.Number
	p := documents.NewPDF()
	footer := r.Footer
	if footer == "" {
		footer = r.Seller.legalName() + " · " + title
	}
	p.Footer(footer)
	p.Header(sellerHeader(r.Seller), title)

	top := p.GetY() + 2
	p.SetXY(112, top)
	p.Bold(9)
	p.CellFormat(88, 4.5, r.Buyer.legalName(), "", 2, "L", false, 0, "")
	p.Regular(9)
	for _, l := range append(append([]string{}, r.Buyer.Address.Lines...), strings.TrimSpace(r.Buyer.Address.Postcode+" "+r.Buyer.Address.City)) {
		p.CellFormat(88, 4.5, l, "", 2, "L", false, 0, "")
	}
	p.Ln(4)
	p.SetX(112)
	place := r.Seller.Address.City
	if place != "" {
		place += ", "
	}
	p.CellFormat(88, 4.5, place+"le "+documents.DateLong(r.Date, documents.FR), "", 1, "L", false, 0, "")
	p.SetY(max(p.GetY(), top+30) + 6)

	p.Bold(9)
	p.Paragraph(5, "Objet : facture "+r.Invoice.Number+" du "+short(r.Invoice.IssueDate)+
		", échue le "+short(r.DueDate)+" — "+strconv.Itoa(r.DaysLate)+" jours de retard")
	p.Regular(9)
	p.Ln(3)
	p.Paragraph(5, "Madame, Monsieur,")
	p.Ln(2)
	prod := ""
	if r.Production != "" {
		prod = " (production " + r.Production + ")"
	}
	p.Paragraph(5, "Sauf erreur de notre part, notre facture "+r.Invoice.Number+" du "+short(r.Invoice.IssueDate)+prod+
		", arrivée à échéance le "+short(r.DueDate)+", reste impayée à ce jour pour un solde de "+fr(r.Balance)+".")
	p.Ln(3)

	const lw, aw, h = 150, 40, 5.5
	p.Total(lw, aw, h, "", "Montant dû de la facture", fr(r.Amount))
	if r.Paid != 0 {
		p.Total(lw, aw, h, "", "Règlements reçus", fr(-r.Paid))
	}
	if r.Credited != 0 {
		p.Total(lw, aw, h, "", "Avoirs", fr(-r.Credited))
	}
	p.Bold(9)
	p.Total(lw, aw, h, "T", "Solde restant dû", fr(r.Balance))
	p.Regular(9)
	p.Total(lw, aw, h, "", "Pénalités de retard ("+pct(r.LatePenaltyRate)+" l'an, "+strconv.Itoa(r.DaysLate)+" jours)", fr(r.Penalty))
	if r.Indemnity > 0 {
		p.Total(lw, aw, h, "", "Indemnité forfaitaire pour frais de recouvrement", fr(r.Indemnity))
	}
	p.Bold(10)
	p.Total(lw, aw, 6.5, "T", "Total à régler", fr(r.Total()))
	p.Regular(9)
	p.Ln(4)

	p.Paragraph(5, "Les pénalités de retard courent depuis le lendemain de la date d'échéance au taux annuel de "+
		pct(r.LatePenaltyRate)+" (article L441-10 du Code de commerce)"+indemnityClause(r)+".")
	p.Ln(2)
	pay := "Nous vous remercions de bien vouloir procéder au règlement dans les meilleurs délais"
	if r.Seller.IBAN != "" {
		pay += ", par virement sur le compte IBAN " + r.Seller.IBAN
		if r.Seller.BIC != "" {
			pay += " (BIC " + r.Seller.BIC + ")"
		}
		pay += " en rappelant la référence " + r.Invoice.Number
	}
	p.Paragraph(5, pay+".")
	p.Ln(2)
	p.Paragraph(5, "Si votre règlement nous est parvenu entre-temps, nous vous prions de ne pas tenir compte de ce courrier.")
	p.Ln(2)
	p.Paragraph(5, "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.")
	p.Ln(6)
	p.Paragraph(5, r.Seller.legalName())
	if c := r.Seller.Contact; c.Name != "" || c.Email != "" || c.Phone != "" {
		p.Regular(8)
		p.Paragraph(4, strings.Join(nonEmpty(c.Name, c.Phone, c.Email), " · "))
	}

	m := meta{Title: title, Author: r.Seller.legalName(), Date: r.Date.Time()}
	archival(p, m)
	raw, err := p.Bytes()
	if err != nil {
		return nil, err
	}
	return finish(raw, m, nil)
}

func indemnityClause(r Reminder) string {
	if r.Indemnity <= 0 {
		return ""
	}
	return ", auxquelles s'ajoute l'indemnité forfaitaire pour frais de recouvrement de " + fr(r.Indemnity) + " (article D441-5)"
}

func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}
