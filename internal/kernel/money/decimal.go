package money

import (
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/postprod/postprod/internal/kernel/apperr"
)

// Rate is a percentage in basis points (1/100 of a percent): 2000 is 20 %,
// 550 is 5.5 %. GraphQL carries it as a decimal string of percent ("20",
// "5.5"), never a float.
type Rate int64

// Quantity is a quantity in thousandths: 2500 is 2.5 days. GraphQL carries
// it as a decimal string ("2.5").
type Quantity int64

// Percent is the rate written in percent, "20" or "5.5".
func (r Rate) String() string { return decimalString(int64(r), 2) }

// String writes the quantity with the decimals it needs, "2.5".
func (q Quantity) String() string { return decimalString(int64(q), 3) }

// Of is the part of an amount the rate gives, rounded half-up to the cent
// (half away from zero for a negative amount).
func (r Rate) Of(c Cents) Cents { return Cents(DivHalfUp(int64(c)*int64(r), 10000)) }

// Times is the quantity times a unit price, rounded half-up to the cent.
func (q Quantity) Times(c Cents) Cents { return Cents(DivHalfUp(int64(q)*int64(c), 1000)) }

// ParseRate reads "20", "5.5" or "5,5" (percent, at most two decimals).
func ParseRate(s string) (Rate, error) {
	v, err := parseDecimal(s, 2)
	return Rate(v), err
}

// ParseQuantity reads "2", "2.5" or "0,125" (at most three decimals).
func ParseQuantity(s string) (Quantity, error) {
	v, err := parseDecimal(s, 3)
	return Quantity(v), err
}

// DivHalfUp divides rounding half away from zero: 5/10 is 1, -5/10 is -1.
func DivHalfUp(a, b int64) int64 {
	if b < 0 {
		a, b = -a, -b
	}
	q, r := a/b, a%b
	if r < 0 {
		r = -r
	}
	if 2*r >= b {
		if a < 0 {
			q--
		} else {
			q++
		}
	}
	return q
}

func (r Rate) MarshalGQL(w io.Writer)     { _, _ = io.WriteString(w, strconv.Quote(r.String())) }
func (q Quantity) MarshalGQL(w io.Writer) { _, _ = io.WriteString(w, strconv.Quote(q.String())) }

// UnmarshalGQL reports a bad rate as the client's VALIDATION error.
func (r *Rate) UnmarshalGQL(v any) error {
	n, err := unmarshalDecimal(v, 2)
	if err != nil {
		return apperr.Invalid("rate", "Pourcentage invalide : "+err.Error()+".", "Invalid percentage: "+err.Error()+".")
	}
	*r = Rate(n)
	return nil
}

// UnmarshalGQL reports a bad quantity as the client's VALIDATION error.
func (q *Quantity) UnmarshalGQL(v any) error {
	n, err := unmarshalDecimal(v, 3)
	if err != nil {
		return apperr.Invalid("quantity", "Quantité invalide : "+err.Error()+".", "Invalid quantity: "+err.Error()+".")
	}
	*q = Quantity(n)
	return nil
}

func unmarshalDecimal(v any, decimals int) (int64, error) {
	scale := int64(math.Pow10(decimals))
	switch x := v.(type) {
	case string:
		return parseDecimal(x, decimals)
	case int64:
		return x * scale, nil
	case int:
		return int64(x) * scale, nil
	default:
		return 0, fmt.Errorf("a decimal string such as \"2.5\" is expected, got %T", v)
	}
}

// parseDecimal reads a decimal with at most `decimals` digits after the
// point (a comma is accepted, French style) as an integer of that scale;
// more digits are refused, never rounded.
func parseDecimal(s string, decimals int) (int64, error) {
	s = strings.TrimSpace(strings.ReplaceAll(s, ",", "."))
	if s == "" {
		return 0, errors.New("empty value")
	}
	neg := strings.HasPrefix(s, "-")
	body := strings.TrimPrefix(s, "-")
	whole, frac, hasFrac := strings.Cut(body, ".")
	if whole == "" || (hasFrac && (frac == "" || len(frac) > decimals)) || strings.ContainsAny(body, "+-eE") {
		return 0, fmt.Errorf("%q is not a number with at most %d decimals", s, decimals)
	}
	for len(frac) < decimals {
		frac += "0"
	}
	w, err := strconv.ParseUint(whole, 10, 63)
	f, err2 := strconv.ParseUint(frac, 10, 63)
	scale := uint64(math.Pow10(decimals))
	if err != nil || err2 != nil || w > uint64(math.MaxInt64)/scale-1 {
		return 0, fmt.Errorf("%q is not a valid number", s)
	}
	v := int64(w*scale + f)
	if neg {
		v = -v
	}
	return v, nil
}

// decimalString writes v/10^decimals without trailing zeros: 2500,3 → "2.5".
func decimalString(v int64, decimals int) string {
	sign := ""
	if v < 0 {
		sign, v = "-", -v
	}
	scale := int64(math.Pow10(decimals))
	s := sign + strconv.FormatInt(v/scale, 10)
	if f := v % scale; f != 0 {
		s += "." + strings.TrimRight(fmt.Sprintf("%0*d", decimals, f), "0")
	}
	return s
}
