// Package dates holds a calendar date without time or zone (a delivery
// deadline, a working day), serialised as YYYY-MM-DD, and the Europe/Paris
// location every wall-clock time of the trade is read in.
package dates

import (
	"database/sql/driver"
	"fmt"
	"github.com/postprod/postprod/internal/kernel/apperr"
	"io"
	"strconv"
	"time"
)

// Paris is the time zone of the trade.
var Paris = mustLoad("Europe/Paris")

func mustLoad(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		panic(err)
	}
	return loc
}

// Date is a civil date.
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

func Of(t time.Time) Date { y, m, d := t.Date(); return Date{y, m, d} }

func Parse(s string) (Date, error) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return Date{}, fmt.Errorf("%q is not a date (YYYY-MM-DD)", s)
	}
	return Of(t), nil
}

func (d Date) Time() time.Time        { return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC) }
func (d Date) String() string         { return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day) }
func (d Date) AddDays(n int) Date     { return Of(d.Time().AddDate(0, 0, n)) }
func (d Date) Before(o Date) bool     { return d.Time().Before(o.Time()) }
func (d Date) Weekday() time.Weekday  { return d.Time().Weekday() }
func (d Date) MarshalGQL(w io.Writer) { io.WriteString(w, strconv.Quote(d.String())) }

// UnmarshalGQL reports a bad date as the client's VALIDATION error.
func (d *Date) UnmarshalGQL(v any) error {
	if err := d.unmarshal(v); err != nil {
		return apperr.Invalid("date", "Date invalide (AAAA-MM-JJ).", "Invalid date (YYYY-MM-DD).")
	}
	return nil
}

func (d *Date) unmarshal(v any) error {
	s, ok := v.(string)
	if !ok {
		return fmt.Errorf("a date must be a string YYYY-MM-DD, got %T", v)
	}
	p, err := Parse(s)
	if err != nil {
		return err
	}
	*d = p
	return nil
}

func (d Date) Value() (driver.Value, error) { return d.String(), nil }

func (d *Date) Scan(src any) error {
	switch x := src.(type) {
	case time.Time:
		*d = Of(x)
	case string:
		p, err := Parse(x[:min(10, len(x))])
		if err != nil {
			return err
		}
		*d = p
	case []byte:
		return d.Scan(string(x))
	default:
		return fmt.Errorf("cannot scan %T into a date", src)
	}
	return nil
}

// Today is the current date in Paris, the trade's calendar day.
func Today() Date { return Of(time.Now().In(Paris)) }
