package notifications

import (
	"fmt"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/kernel/money"
	"github.com/postprod/postprod/internal/platform/documents"
)

// quoteTexts: a quote or an amendment sent to the producer, and their
// answer told to the staff.
func quoteTexts(kind db.NotificationKind, l documents.Lang, p map[string]string, prod string) Text {
	fr := l == documents.FR
	pick := func(f, e string) string {
		if fr {
			return f
		}
		return e
	}
	ref := p[ParamReference]
	amount := p[ParamAmount]
	if c, err := money.Parse(amount); err == nil {
		amount = documents.Money(c, l)
	}
	until := ""
	if d, ok := day(p[ParamValidUntil]); ok {
		until = documents.DateLong(d, l)
	}
	amendment := kind == db.NotificationAmendmentSent || kind == db.NotificationAmendmentAccepted || kind == db.NotificationAmendmentRefused
	docFR, docEN := "Devis", "Quote"
	if amendment {
		docFR, docEN = "Avenant", "Amendment"
	}
	var t Text
	switch kind {
	case db.NotificationQuoteSent, db.NotificationAmendmentSent:
		t = Text{
			Title: pick(docFR+" "+ref+" à valider : "+prod, docEN+" "+ref+" to approve: "+prod),
			Body: pick(fmt.Sprintf("Vous avez reçu %s %s pour « %s », d'un montant de %s TTC, valable jusqu'au %s. Lisez-le et donnez votre accord (ou votre refus) en ligne.", lower(docFR), ref, prod, amount, until),
				fmt.Sprintf("You have received %s %s for “%s”, amounting to %s incl. VAT, valid until %s. Read it and accept (or refuse) it online.", lowerEN(docEN), ref, prod, amount, until)),
			Action: pick("Lire et répondre", "Read and answer"),
		}
	case db.NotificationQuoteAccepted, db.NotificationAmendmentAccepted:
		t = Text{
			Title: pick(docFR+" "+ref+" accepté : "+prod, docEN+" "+ref+" accepted: "+prod),
			Body: pick(fmt.Sprintf("%s a donné son accord sur %s %s pour « %s » (%s TTC), avec la mention « bon pour accord ».", p[ParamName], lower(docFR), ref, prod, amount),
				fmt.Sprintf("%s accepted %s %s for “%s” (%s incl. VAT), with the words “bon pour accord”.", p[ParamName], lowerEN(docEN), ref, prod, amount)),
			Action: pick("Voir", "Open"),
		}
	default:
		t = Text{
			Title: pick(docFR+" "+ref+" refusé : "+prod, docEN+" "+ref+" refused: "+prod),
			Body: pick(fmt.Sprintf("Le producteur a refusé %s %s pour « %s ». Motif : %s", lower(docFR), ref, prod, sentence(p[ParamReason])),
				fmt.Sprintf("The producer refused %s %s for “%s”. Reason: %s", lowerEN(docEN), ref, prod, sentence(p[ParamReason]))),
			Action: pick("Voir", "Open"),
		}
	}
	t.Subject = t.Title
	return t
}

func lower(doc string) string {
	if doc == "Avenant" {
		return "l'avenant"
	}
	return "le devis"
}

func lowerEN(doc string) string {
	if doc == "Amendment" {
		return "the amendment"
	}
	return "the quote"
}
