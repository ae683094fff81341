package notifications

import (
	"fmt"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/kernel/money"
	"github.com/postprod/postprod/internal/platform/documents"
)

// invoiceTexts: an invoice or a credit note issued to the client's
// producer, and an invoice past its due date.
func invoiceTexts(kind db.NotificationKind, l documents.Lang, p map[string]string, prod string) Text {
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
	due := ""
	if d, ok := day(p[ParamDueDate]); ok {
		due = documents.DateLong(d, l)
	}
	var t Text
	switch kind {
	case db.NotificationInvoiceIssued:
		t = Text{
			Title: pick("Facture "+ref+" : "+prod, "Invoice "+ref+": "+prod),
			Body: pick(fmt.Sprintf("La facture %s pour « %s » est émise : %s TTC, à régler avant le %s. Elle est au format Factur-X (PDF et XML).", ref, prod, amount, due),
				fmt.Sprintf("Invoice %s for “%s” is issued: %s incl. VAT, due by %s. It is a Factur-X file (PDF and XML).", ref, prod, amount, due)),
			Action: pick("Voir la facture", "See the invoice"),
		}
	case db.NotificationCreditNoteIssued:
		t = Text{
			Title: pick("Avoir "+ref+" : "+prod, "Credit note "+ref+": "+prod),
			Body: pick(fmt.Sprintf("L'avoir %s pour « %s » est émis : %s TTC en votre faveur.", ref, prod, amount),
				fmt.Sprintf("Credit note %s for “%s” is issued: %s incl. VAT in your favour.", ref, prod, amount)),
			Action: pick("Voir l'avoir", "See the credit note"),
		}
	default:
		t = Text{
			Title: pick("Facture "+ref+" en retard de paiement", "Invoice "+ref+" overdue"),
			Body: pick(fmt.Sprintf("La facture %s pour « %s » était à régler avant le %s ; il reste %s à payer. Des pénalités de retard et l'indemnité forfaitaire de recouvrement de 40 € s'appliquent.", ref, prod, due, amount),
				fmt.Sprintf("Invoice %s for “%s” was due by %s; %s is still to pay. Late penalties and the fixed 40 € recovery indemnity apply.", ref, prod, due, amount)),
			Action: pick("Voir la facture", "See the invoice"),
		}
	}
	t.Subject = t.Title
	return t
}
