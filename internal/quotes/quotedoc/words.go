package quotedoc

// The French words of a quote: quantities with their unit, discounts,
// payment terms and the price list for extra sessions. Pure functions, so
// that the document reads the same wherever it is made.

import (
	"strconv"
	"strings"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/kernel/money"
	"github.com/postprod/postprod/internal/platform/documents"
)

// nbsp holds a number to its unit ("8 h", "4 To") on one line.
const nbsp = "\u00a0"

// Decimal writes a quantity the French way: "2,5", "1", "0,125".
func Decimal(q money.Quantity) string {
	s := strings.Replace(q.String(), ".", ",", 1)
	whole, frac, ok := strings.Cut(s, ",")
	n, _ := strconv.ParseInt(whole, 10, 64)
	whole = documents.Integer(n, documents.FR)
	if !ok {
		return whole
	}
	return whole + "," + frac
}

// unitNoun is each unit's word; DAY is completed with its hours.
var unitNoun = map[db.QuoteUnit]documents.Noun{
	db.QuoteUnitDay:     {FR: "jour", FRPlural: "jours"},
	db.QuoteUnitHalfDay: {FR: "demi-journée", FRPlural: "demi-journées"},
	db.QuoteUnitHour:    {FR: "heure", FRPlural: "heures"},
	db.QuoteUnitFlat:    {FR: "forfait", FRPlural: "forfaits"},
	db.QuoteUnitTB:      {FR: "To", FRPlural: "To"},
	db.QuoteUnitUnit:    {FR: "unité", FRPlural: "unités"},
}

// Quantity writes a line's quantity and unit as a French quote does:
// "2,5 jours de 8 h", "½ journée", "3 heures", "forfait", "4 To",
// "1 unité". French agrees the noun in the singular below 2 ("1,5 jour").
func Quantity(q money.Quantity, u db.QuoteUnit, hoursPerDay int) string {
	switch {
	case u == db.QuoteUnitHalfDay && q == 1000:
		return "½" + nbsp + "journée"
	case u == db.QuoteUnitFlat && q == 1000:
		return "forfait"
	}
	n := unitNoun[u]
	count := int64(2)
	if q < 2000 {
		count = 1
	}
	s := Decimal(q) + nbsp + n.Form(count, documents.FR)
	if u == db.QuoteUnitDay {
		s += " de " + strconv.Itoa(hoursPerDay) + nbsp + "h"
	}
	return s
}

// UnitLabel is the unit a unit price is for: "jour de 8 h", "½ journée",
// "heure", "forfait", "To", "unité".
func UnitLabel(u db.QuoteUnit, hoursPerDay int) string {
	switch u {
	case db.QuoteUnitDay:
		return "jour de " + strconv.Itoa(hoursPerDay) + nbsp + "h"
	case db.QuoteUnitHalfDay:
		return "½" + nbsp + "journée"
	}
	return unitNoun[u].FR
}

// Discount writes a line's discount: "10 %", "−150,00 €", or "".
func Discount(percent *money.Rate, amount *money.Cents) string {
	switch {
	case percent != nil && *percent != 0:
		return documents.Percent(int64(*percent), documents.FR)
	case amount != nil && *amount != 0:
		return "−" + documents.Euros(*amount)
	}
	return ""
}

// Rate writes a rate as French writes it, without trailing zeros: "20 %",
// "5,5 %", "0 %".
func Rate(r money.Rate) string {
	return strings.Replace(r.String(), ".", ",", 1) + nbsp + "%"
}

// PaymentTerms writes when invoices are paid: "30 jours", "45 jours fin de
// mois", "à réception de facture".
func PaymentTerms(days int, endOfMonth bool) string {
	if days == 0 {
		if endOfMonth {
			return "fin de mois"
		}
		return "à réception de facture"
	}
	s := strconv.Itoa(days) + nbsp + "jours"
	if endOfMonth {
		s += " fin de mois"
	}
	return s
}

// Majoration writes a price list entry: "+25 %".
func Majoration(r money.Rate) string { return "+" + Rate(r) }

// StageSubtotal is the sum of a stage's line nets, shown under the stage.
func stageSubtotal(lines []Line) money.Cents {
	var sum money.Cents
	for _, l := range lines {
		sum += l.Net
	}
	return sum
}
