// Package money holds amounts as integer cents of euros. GraphQL carries them
// as decimal strings ("1234.56"): Int is 32-bit and floats lose cents.
package money

import (
	"errors"
	"fmt"
	"github.com/postprod/postprod/internal/kernel/apperr"
	"io"
	"math"
	"strconv"
	"strings"
)

// Cents is an amount in euro cents.
type Cents int64

// String renders "-1234.56".
func (c Cents) String() string {
	sign := ""
	v := int64(c)
	if v < 0 {
		sign = "-"
		if v == math.MinInt64 {
			return "-92233720368547758.08"
		}
		v = -v
	}
	return fmt.Sprintf("%s%d.%02d", sign, v/100, v%100)
}

// Parse reads "1234", "1234.5" or "1234.56" (a comma is accepted as decimal
// separator, French style); more than two decimals is refused, never rounded.
func Parse(s string) (Cents, error) {
	s = strings.TrimSpace(strings.ReplaceAll(s, ",", "."))
	if s == "" {
		return 0, errors.New("empty amount")
	}
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	whole, frac, hasFrac := strings.Cut(s, ".")
	if whole == "" || (hasFrac && (len(frac) == 0 || len(frac) > 2)) {
		return 0, fmt.Errorf("%q is not an amount with at most two decimals", s)
	}
	for len(frac) < 2 {
		frac += "0"
	}
	w, err := strconv.ParseInt(whole, 10, 64)
	if err != nil || w > math.MaxInt64/100-1 {
		return 0, fmt.Errorf("%q is not a valid amount", s)
	}
	f, err := strconv.ParseInt(frac, 10, 64)
	if err != nil || strings.ContainsAny(frac, "+-") || strings.ContainsAny(whole, "+-") {
		return 0, fmt.Errorf("%q is not a valid amount", s)
	}
	v := w*100 + f
	if neg {
		v = -v
	}
	return Cents(v), nil
}

func (c Cents) MarshalGQL(w io.Writer) { io.WriteString(w, strconv.Quote(c.String())) }

// UnmarshalGQL reports a bad amount as the client's VALIDATION error.
func (c *Cents) UnmarshalGQL(v any) error {
	if err := c.unmarshal(v); err != nil {
		return apperr.Invalid("amount", "Montant invalide : "+err.Error()+".", "Invalid amount: "+err.Error()+".")
	}
	return nil
}

func (c *Cents) unmarshal(v any) error {
	switch x := v.(type) {
	case string:
		p, err := Parse(x)
		if err != nil {
			return err
		}
		*c = p
		return nil
	case int64:
		*c = Cents(x * 100)
		return nil
	case int:
		*c = Cents(int64(x) * 100)
		return nil
	default:
		return fmt.Errorf("money must be a decimal string such as \"1234.56\", got %T", v)
	}
}
