// Package pricing computes what a priced line costs the client and the
// totals of a document, the one way quotes, amendments and invoices share
// (DOMAIN.md, "Money"; EN 16931 BR-CO-17): a line's net is quantity × unit
// price less its discount, rounded half-up to the cent; VAT is computed per
// rate on the sum of that rate's nets, never by adding each line's VAT.
package pricing

import (
	"slices"

	"github.com/postprod/postprod/internal/kernel/money"
)

// Line is what pricing needs of a line. At most one discount is set.
type Line struct {
	Quantity        money.Quantity
	UnitPrice       money.Cents
	DiscountPercent *money.Rate
	DiscountAmount  *money.Cents
	VatRate         money.Rate
}

// Gross is quantity × unit price before discount, half-up to the cent.
func (l Line) Gross() money.Cents { return l.Quantity.Times(l.UnitPrice) }

// Discount is the amount taken off the gross.
func (l Line) Discount() money.Cents {
	switch {
	case l.DiscountPercent != nil:
		return l.DiscountPercent.Of(l.Gross())
	case l.DiscountAmount != nil:
		return *l.DiscountAmount
	}
	return 0
}

// Net is the line's amount HT.
func (l Line) Net() money.Cents { return l.Gross() - l.Discount() }

// RateTotal is one VAT rate's share of a document.
type RateTotal struct {
	Rate money.Rate
	Base money.Cents // the sum of the nets at this rate
	VAT  money.Cents // Rate of Base, half-up
}

// Totals are a document's figures: HT, VAT per rate (highest rate first),
// VAT and TTC = HT + VAT.
type Totals struct {
	HT, VAT, TTC money.Cents
	ByRate       []RateTotal
}

// Sum totals the lines.
func Sum(lines []Line) Totals {
	base := map[money.Rate]money.Cents{}
	for _, l := range lines {
		base[l.VatRate] += l.Net()
	}
	var t Totals
	for r, b := range base {
		rt := RateTotal{Rate: r, Base: b, VAT: r.Of(b)}
		t.ByRate = append(t.ByRate, rt)
		t.HT += b
		t.VAT += rt.VAT
	}
	slices.SortFunc(t.ByRate, func(a, b RateTotal) int { return int(b.Rate - a.Rate) })
	t.TTC = t.HT + t.VAT
	return t
}
