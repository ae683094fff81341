package facturx

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/postprod/postprod/internal/kernel/money"
	"github.com/postprod/postprod/internal/kernel/pricing"
)

// breakdown is one VAT breakdown (BG-23): the lines of one category and
// rate, with the exemption reason of its 0 % lines.
type breakdown struct {
	Category VatCategory
	Rate     money.Rate
	Base     money.Cents
	VAT      money.Cents
	Code     string // VATEX code (BT-121)
	Reason   string // BT-120; distinct reasons joined with "; "
}

// category is the line's VAT category, stated or derived.
func (l Line) category() VatCategory {
	if l.Category != "" {
		return l.Category
	}
	return CategoryOf(l.VatRate, l.ExemptionCode)
}

// exempt reports whether the category carries an exemption reason
// (BR-E-10, BR-AE-10, BR-G-10, BR-IC-10, BR-O-10); Z and S must not.
func (c VatCategory) exempt() bool {
	switch c {
	case VatExempt, VatReverseCharge, VatExport, VatIntraEU, VatOutOfScope:
		return true
	}
	return false
}

// breakdowns groups the lines per category and rate (highest rate first),
// VAT half-up on each group's sum of nets (BR-CO-17).
func breakdowns(lines []Line) []breakdown {
	var out []breakdown
	for _, l := range lines {
		c := l.category()
		i := slices.IndexFunc(out, func(b breakdown) bool { return b.Category == c && b.Rate == l.VatRate })
		if i < 0 {
			out = append(out, breakdown{Category: c, Rate: l.VatRate, Code: l.ExemptionCode})
			i = len(out) - 1
		}
		b := &out[i]
		b.Base += l.Net()
		if b.Code == "" {
			b.Code = l.ExemptionCode
		}
		if r := strings.TrimSpace(l.ExemptionReason); r != "" && !slices.Contains(strings.Split(b.Reason, "; "), r) {
			if b.Reason != "" {
				b.Reason += "; "
			}
			b.Reason += r
		}
	}
	for i := range out {
		out[i].VAT = out[i].Rate.Of(out[i].Base)
	}
	slices.SortStableFunc(out, func(a, b breakdown) int { return int(b.Rate - a.Rate) })
	return out
}

// check refuses a document the XML or the PDF would get wrong: figures
// that are not pricing's, a 0 % line without its reason, a credit note
// without the invoice it corrects. The caller validates its input before;
// this is the last guard before a document is frozen.
func check(d Document) error {
	var errs []error
	bad := func(f string, a ...any) { errs = append(errs, fmt.Errorf(f, a...)) }
	switch d.TypeCode {
	case TypeInvoice, TypeDepositInvoice, TypeCreditNote:
	default:
		bad("type code %q is not 380, 386 or 381", d.TypeCode)
	}
	if strings.TrimSpace(d.Number) == "" {
		bad("no number")
	}
	if d.IssueDate.Year == 0 {
		bad("no issue date")
	}
	if d.Seller.legalName() == "" || d.Buyer.legalName() == "" {
		bad("seller and buyer need a name")
	}
	if d.Seller.Address.Country == "" || d.Buyer.Address.Country == "" {
		bad("seller and buyer need a country")
	}
	if len(d.Lines) == 0 {
		bad("no lines")
	}
	pl := make([]pricing.Line, len(d.Lines))
	for i, l := range d.Lines {
		pl[i] = l.Line
		c := l.category()
		switch {
		case l.VatRate > 0 && c != VatStandard:
			bad("line %d: rate %s%% with category %s", i+1, l.VatRate, c)
		case l.VatRate == 0 && c == VatStandard:
			bad("line %d: 0%% rate with category S", i+1)
		case c.exempt() && strings.TrimSpace(l.ExemptionReason) == "" && l.ExemptionCode == "":
			bad("line %d: 0%% without an exemption reason", i+1)
		}
		if c == VatReverseCharge && d.Buyer.VatNumber == "" && d.Buyer.Siren == "" {
			bad("line %d: reverse charge needs the buyer's VAT number", i+1)
		}
		if c == VatOutOfScope {
			bad("line %d: category O cannot be on an invoice naming VAT numbers", i+1)
		}
		if strings.TrimSpace(l.Description) == "" {
			bad("line %d: no description", i+1)
		}
	}
	if d.Seller.VatNumber == "" {
		bad("the seller has no VAT number")
	}
	if t := pricing.Sum(pl); !equalTotals(t, d.Totals) {
		bad("totals %s/%s/%s are not the lines' %s/%s/%s", d.Totals.HT, d.Totals.VAT, d.Totals.TTC, t.HT, t.VAT, t.TTC)
	}
	var deducted money.Cents
	for _, x := range d.Deductions {
		deducted += x.Amount
	}
	if len(d.Deductions) > 0 && deducted != d.Prepaid {
		bad("prepaid %s is not the deductions' %s", d.Prepaid, deducted)
	}
	if d.DuePayable != d.Totals.TTC-d.Prepaid {
		bad("amount due %s is not %s − %s", d.DuePayable, d.Totals.TTC, d.Prepaid)
	}
	if d.TypeCode == TypeCreditNote && len(d.Preceding) == 0 {
		bad("a credit note references the invoice it corrects")
	}
	if d.ServiceFrom != nil && d.ServiceTo != nil && d.ServiceTo.Before(*d.ServiceFrom) {
		bad("the service period ends before it starts")
	}
	if len(errs) > 0 {
		return fmt.Errorf("facturx: %s: %w", d.Number, errors.Join(errs...))
	}
	return nil
}

func equalTotals(a, b pricing.Totals) bool {
	return a.HT == b.HT && a.VAT == b.VAT && a.TTC == b.TTC && slices.Equal(a.ByRate, b.ByRate)
}

// legalName is the registered name, else the trading name.
func (p Party) legalName() string {
	if p.LegalName != "" {
		return p.LegalName
	}
	return p.Name
}
