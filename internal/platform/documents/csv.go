package documents

import (
	"bytes"
	"encoding/csv"
	"strings"

	"github.com/postprod/postprod/internal/kernel/money"
)

// Dialect is how a CSV file is written for the spreadsheet that opens it.
type Dialect struct {
	Comma        rune // field separator
	BOM          bool // a UTF-8 byte-order mark, without which Excel reads Latin-1
	DecimalComma bool // amounts as "12,50"
}

var (
	// French spreadsheets: semicolons, decimal commas, and a BOM.
	French = Dialect{Comma: ';', BOM: true, DecimalComma: true}
	// Plain is RFC 4180 for programs: commas and decimal points.
	Plain = Dialect{Comma: ','}
)

// Amount writes cents as a plain number of the dialect: "-1234,56" or
// "-1234.56", no grouping and no currency, so a spreadsheet sums it.
func (d Dialect) Amount(c money.Cents) string {
	if d.DecimalComma {
		return strings.Replace(c.String(), ".", ",", 1)
	}
	return c.String()
}

// CSV builds a CSV file in memory. Every cell goes through Inert: every
// CSV export of the product is written here, none with encoding/csv
// directly.
type CSV struct {
	buf bytes.Buffer
	w   *csv.Writer
	err error
}

// NewCSV starts a file in dialect d.
func NewCSV(d Dialect) *CSV {
	c := &CSV{}
	if d.BOM {
		c.buf.WriteString("\ufeff")
	}
	c.w = csv.NewWriter(&c.buf)
	c.w.Comma = d.Comma
	return c
}

// Row writes one record; the first error is kept and reported by Bytes.
func (c *CSV) Row(cells ...string) {
	if c.err != nil {
		return
	}
	safe := make([]string, len(cells))
	for i, s := range cells {
		safe[i] = Inert(s)
	}
	c.err = c.w.Write(safe)
}

// Bytes finishes the file.
func (c *CSV) Bytes() ([]byte, error) {
	c.w.Flush()
	if c.err == nil {
		c.err = c.w.Error()
	}
	if c.err != nil {
		return nil, c.err
	}
	return c.buf.Bytes(), nil
}

// Inert keeps a spreadsheet from running a cell as a formula (CSV
// injection): a cell starting with '=', '+', '-', '@', a tab or a carriage
// return gets a leading apostrophe, which spreadsheets show as text. A
// plain number ("-12.50", "+3", "-1234,56") is data, not a formula: it
// stays as is so that amounts remain numbers.
func Inert(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r':
		if isNumber(s) {
			return s
		}
		return "'" + s
	}
	return s
}

// isNumber reports a signed decimal: an optional sign, digits, and at most
// one decimal point or comma followed by digits.
func isNumber(s string) bool {
	if s[0] == '+' || s[0] == '-' {
		s = s[1:]
	}
	whole, frac, hasSep := strings.Cut(s, ".")
	if !hasSep {
		whole, frac, hasSep = strings.Cut(s, ",")
	}
	if whole == "" || !digits(whole) {
		return false
	}
	return !hasSep || (frac != "" && digits(frac))
}

func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
