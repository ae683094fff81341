package facturx

import (
	"strings"

	"github.com/postprod/postprod/internal/kernel/money"
	"github.com/postprod/postprod/internal/platform/documents"
)

// The French mentions (Code de commerce L441-9, CGI annexe II art. 242
// nonies A) the PDF prints and the XML carries as notes, so that both say
// the same.
const (
	mentionServices   = "Prestations de services"
	mentionNoDiscount = "Pas d'escompte pour paiement anticipé"
	mentionVatOption  = "Option pour le paiement de la taxe d'après les débits"
)

func fr(c money.Cents) string { return documents.Euros(c) }
func pct(r money.Rate) string { return documents.Percent(int64(r), documents.FR) }

// legalMention is the seller's form, capital and registry: "SAS au
// capital de 10 000,00 € · RCS Paris 123 456 789".
func legalMention(s Seller) string {
	var parts []string
	form := s.LegalForm
	if s.ShareCapital > 0 {
		form = strings.TrimSpace(form + " au capital de " + fr(s.ShareCapital))
	}
	if form != "" {
		parts = append(parts, form)
	}
	if s.RcsCity != "" {
		parts = append(parts, strings.TrimSpace("RCS "+s.RcsCity+" "+s.Siren))
	}
	return strings.Join(parts, " · ")
}

func penaltyMention(d Document) string {
	return "Pénalités de retard : taux annuel de " + pct(d.LatePenaltyRate) +
		", exigibles dès le lendemain de la date d'échéance"
}

func indemnityMention(d Document) string {
	if d.RecoveryIndemnity <= 0 {
		return ""
	}
	return "Indemnité forfaitaire pour frais de recouvrement en cas de retard de paiement : " + fr(d.RecoveryIndemnity)
}

func earlyMention(d Document) string {
	if e := strings.TrimSpace(d.EarlyPayment); e != "" {
		return e
	}
	return mentionNoDiscount
}

func deductionsMention(d Document) string {
	if len(d.Deductions) == 0 {
		return ""
	}
	var parts []string
	for _, x := range d.Deductions {
		parts = append(parts, x.Number+" du "+documents.DateShort(x.IssueDate, documents.FR)+" ("+fr(x.Amount)+" TTC)")
	}
	return "Acomptes déduits : " + strings.Join(parts, ", ")
}

func creditMention(d Document) string {
	if d.TypeCode != TypeCreditNote || len(d.Preceding) == 0 {
		return ""
	}
	r := d.Preceding[0]
	s := "Avoir sur la facture " + r.Number + " du " + documents.DateShort(r.IssueDate, documents.FR)
	if d.Reason != "" {
		s += ". Motif : " + d.Reason
	}
	return s
}

// paymentTerms is BT-20: the terms and the due date in words.
func paymentTerms(d Document) string {
	var parts []string
	if t := strings.TrimSpace(d.PaymentTerms); t != "" {
		parts = append(parts, t)
	}
	if d.DueDate != nil {
		parts = append(parts, "Échéance le "+documents.DateShort(*d.DueDate, documents.FR))
	}
	if d.TypeCode == TypeCreditNote && len(parts) == 0 {
		parts = append(parts, "Montant à déduire de vos prochains règlements ou remboursé sur demande")
	}
	if len(parts) == 0 {
		parts = append(parts, "Paiement à réception")
	}
	return strings.Join(parts, ". ")
}

type note struct{ text, code string }

// notes are the XML's notes (BT-22), in the PDF's order.
func notes(d Document) []note {
	ns := []note{
		{creditMention(d), noteGeneral},
		{deductionsMention(d), noteGeneral},
		{mentionServices, noteGeneral},
		{strings.TrimSpace(d.Notes), noteGeneral},
		{legalMention(d.Seller), noteLegal},
		{earlyMention(d), noteEarly},
		{penaltyMention(d), notePenalties},
		{indemnityMention(d), noteIndemnity},
	}
	if d.VatOnDebits {
		ns = append(ns, note{mentionVatOption, noteVatOption})
	}
	return ns
}
