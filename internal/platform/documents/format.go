package documents

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/postprod/postprod/internal/kernel/dates"
	"github.com/postprod/postprod/internal/kernel/money"
)

// Lang is the language a document is written in. French comes first: it is
// the product's language, and the legal one for documents issued in France.
type Lang string

const (
	FR Lang = "fr"
	EN Lang = "en"
)

// ParseLang reads a language tag ("en", "en-GB", "fr-FR"...); anything that
// is not English is French.
func ParseLang(s string) Lang {
	if strings.HasPrefix(strings.ToLower(strings.TrimSpace(s)), "en") {
		return EN
	}
	return FR
}

// Typographic spaces and signs. French groups thousands with a narrow
// no-break space (U+202F) and never breaks a line between a number and its
// unit, as CLDR and the app's Intl formatting do.
const (
	narrowNBSP = "\u202f"
	minus      = "−" // U+2212, the typographic minus
)

// Money formats cents as euros: French "1 234,56 €", English "€1,234.56";
// a negative amount takes the typographic minus ("−12,50 €", "−€12.50").
func Money(c money.Cents, lang Lang) string {
	s := c.String()
	neg := strings.HasPrefix(s, "-")
	whole, frac, _ := strings.Cut(strings.TrimPrefix(s, "-"), ".")
	var out string
	if lang == EN {
		out = "€" + group(whole, ",") + "." + frac
	} else {
		out = group(whole, narrowNBSP) + "," + frac + euroSpace + "€"
	}
	if neg {
		out = minus + out
	}
	return out
}

// euroSpace keeps a French amount and its currency sign on one line (a
// no-break space, as the app's Intl formatting writes it).
const euroSpace = "\u00a0"

// Euros is Money in French, the form of every document the product issues.
func Euros(c money.Cents) string { return Money(c, FR) }

// Integer formats a count with grouped thousands: "12 345" / "12,345".
func Integer(n int64, lang Lang) string {
	s := strconv.FormatInt(n, 10)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	sep := narrowNBSP
	if lang == EN {
		sep = ","
	}
	s = group(s, sep)
	if neg {
		s = minus + s
	}
	return s
}

// group inserts sep every three digits from the right.
func group(digits, sep string) string {
	var b strings.Builder
	for i, r := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b.WriteString(sep)
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Percent formats basis points (1/100 of a percent), dropping zero
// decimals: 2000 → "20 %" / "20%", 550 → "5,50 %" / "5.50%".
func Percent(bp int64, lang Lang) string {
	sign := ""
	if bp < 0 {
		sign, bp = minus, -bp
	}
	whole, frac := bp/100, bp%100
	if lang == EN {
		if frac == 0 {
			return fmt.Sprintf("%s%d%%", sign, whole)
		}
		return fmt.Sprintf("%s%d.%02d%%", sign, whole, frac)
	}
	if frac == 0 {
		return fmt.Sprintf("%s%d%s%%", sign, whole, percentSpace)
	}
	return fmt.Sprintf("%s%d,%02d%s%%", sign, whole, frac, percentSpace)
}

// percentSpace keeps a French number and its percent sign on one line.
const percentSpace = "\u00a0"

var (
	monthsFR = [...]string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"}
	monthsEN = [...]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
)

// DateLong writes a date in words: "29 novembre 2026" (the first of a
// month is "1er", as French writes it) / "29 November 2026".
func DateLong(d dates.Date, lang Lang) string {
	if lang == EN {
		return fmt.Sprintf("%d %s %d", d.Day, monthsEN[d.Month-1], d.Year)
	}
	day := strconv.Itoa(d.Day)
	if d.Day == 1 {
		day = "1er"
	}
	return fmt.Sprintf("%s %s %d", day, monthsFR[d.Month-1], d.Year)
}

// DateShort writes a date in figures, day first in both languages (the
// product's English is British): "29/11/2026".
func DateShort(d dates.Date, _ Lang) string {
	return fmt.Sprintf("%02d/%02d/%04d", d.Day, d.Month, d.Year)
}

// DateOf is the Europe/Paris calendar day of an instant, the day a
// document shows for it (an invoice issued at 00:30 in Paris on the 1st is
// dated the 1st, though it is still the 31st in UTC).
func DateOf(t time.Time) dates.Date { return dates.Of(t.In(dates.Paris)) }

// Noun is a word in both languages, singular and plural.
type Noun struct {
	FR, FRPlural string
	EN, ENPlural string
}

// Count writes "3 œuvres" / "3 works". French takes the singular for 0 and
// 1 ("0 œuvre", "1 œuvre"), English only for 1 ("0 works", "1 work").
func (n Noun) Count(count int64, lang Lang) string {
	return Integer(count, lang) + " " + n.Form(count, lang)
}

// Form is the word alone, agreed with count.
func (n Noun) Form(count int64, lang Lang) string {
	if lang == EN {
		if count == 1 || count == -1 {
			return n.EN
		}
		return n.ENPlural
	}
	if count > -2 && count < 2 {
		return n.FR
	}
	return n.FRPlural
}

// Truncate shortens s to n characters (runes), ending with an ellipsis.
func Truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
