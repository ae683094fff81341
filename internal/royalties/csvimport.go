package royalties

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/isan"
	"github.com/postprod/postprod/internal/kernel/apperr"
	"github.com/postprod/postprod/internal/kernel/dates"
	"github.com/postprod/postprod/internal/kernel/money"
	"github.com/postprod/postprod/internal/platform/documents"
)

// MaxStatementRows is the most data rows a statement may have: a large
// platform's half-year statement is a few tens of thousands of lines, and the
// whole file is validated in memory before anything is imported.
const MaxStatementRows = 200_000

// maxStatementBytes bounds what is read before giving up, about 300 bytes
// per row at the row limit.
const maxStatementBytes = 64 << 20

const (
	maxReferenceLen = 255
	maxWorkRefLen   = 100
	eurMicros       = 1_000_000
)

// ImportRow is one valid row of a statement. Amount is in the row's currency;
// AmountEUR is Amount × RateMicros / 10⁶ rounded half away from zero.
type ImportRow struct {
	Line        int
	WorkISAN    string // canonical form (isan.Normalize), empty when the row names the work by WorkRef
	WorkRef     string
	Media       db.Media
	Territory   string
	PeriodStart dates.Date
	PeriodEnd   dates.Date
	Amount      money.Cents
	Currency    string
	RateMicros  int64 // rate to EUR × 10⁶; 10⁶ for EUR
	AmountEUR   money.Cents
	Reference   string
}

// RowError is one reason a row is refused. Line counts from 1, the header
// being line 1 (lines before it count too when blank); Field is the column,
// or "line" when the row cannot be split into columns.
type RowError struct {
	Line      int
	Field     string
	MessageFR string
	MessageEN string
}

// ParseStatement reads a broadcaster's or distributor's statement. The first
// non-blank line is the header; column names are case-insensitive and the
// separator is ';' or ',' (whichever the header uses most), with an optional
// UTF-8 BOM and quotes as in RFC 4180, but a quoted field cannot span lines:
// statements never need it and it keeps every error on one line.
//
// Columns: work_isan and/or work_ref (a row must give one), media, territory,
// period_start, period_end (YYYY-MM-DD or DD/MM/YYYY), amount (decimal point
// or comma, negative for an adjustment), reference (unique in the file), and
// optionally currency (EUR when absent) and rate_to_eur (required for another
// currency); or their French names (see importColumns: "Mode
// d'exploitation", "Début de période"...). Other columns are ignored. Lines whose fields are all empty are
// skipped, as spreadsheets leave them at the end of an export.
//
// It returns the valid rows and, for every invalid row, one or more RowError;
// the caller decides to import all or nothing. The error is for a file that
// cannot be read or used at all: an apperr VALIDATION error for a missing
// header, missing or repeated columns, a file too large or with more than
// MaxStatementRows rows; the reader's error otherwise.
func ParseStatement(r io.Reader) ([]ImportRow, []RowError, error) {
	return parseStatement(r, MaxStatementRows)
}

func parseStatement(r io.Reader, maxRows int) ([]ImportRow, []RowError, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxStatementBytes+1))
	if err != nil {
		return nil, nil, fmt.Errorf("reading the statement: %w", err)
	}
	if len(data) > maxStatementBytes {
		return nil, nil, apperr.Invalid("file",
			fmt.Sprintf("Le fichier dépasse %d Mo.", maxStatementBytes>>20),
			fmt.Sprintf("The file exceeds %d MB.", maxStatementBytes>>20))
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	lines := splitLines(string(data))

	h := 0
	for h < len(lines) && isBlank(lines[h]) {
		h++
	}
	if h == len(lines) {
		return nil, nil, apperr.Invalid("file", "Le fichier est vide : il manque la ligne d'en-tête.", "The file is empty: the header line is missing.")
	}
	sep := detectSeparator(lines[h])
	header, err := splitFields(lines[h], sep, nil)
	if err != nil {
		return nil, nil, apperr.Invalid("file", "Ligne d'en-tête illisible : "+err.Error()+".", "Unreadable header line: "+err.Error()+".")
	}
	cols, ferr := mapColumns(header)
	if ferr != nil {
		return nil, nil, ferr
	}

	// Every line after the header may be a row: sizing for them up front
	// saves copying a large file's rows several times over.
	capacity := min(len(lines)-h-1, maxRows)
	p := rowParser{cols: cols, width: len(header), sep: sep, refs: make(map[string]int, capacity)}
	rows := make([]ImportRow, 0, capacity)
	var errs []RowError
	count := 0
	var fields []string
	for i := h + 1; i < len(lines); i++ {
		lineNo := i + 1
		if isBlank(lines[i]) {
			continue
		}
		fields, err = splitFields(lines[i], sep, fields[:0])
		if err == nil && allBlank(fields) {
			continue
		}
		count++
		if count > maxRows {
			return nil, nil, apperr.Invalid("file",
				fmt.Sprintf("Le fichier dépasse %d lignes : découpez-le.", maxRows),
				fmt.Sprintf("The file has more than %d rows: split it.", maxRows))
		}
		if err != nil {
			errs = append(errs, RowError{Line: lineNo, Field: "line", MessageFR: "Ligne illisible : " + err.Error() + ".", MessageEN: "Unreadable line: " + quoteErrEN(err) + "."})
			continue
		}
		row, rowErrs := p.parse(lineNo, fields)
		if len(rowErrs) > 0 {
			errs = append(errs, rowErrs...)
			continue
		}
		rows = append(rows, row)
	}
	return rows, errs, nil
}

// splitLines cuts at "\r\n", "\n" or a lone "\r" (older spreadsheets on a
// Mac), so that line numbers match what a text editor shows.
func splitLines(s string) []string {
	var lines []string
	for len(s) > 0 {
		i := strings.IndexAny(s, "\r\n")
		if i < 0 {
			lines = append(lines, s)
			break
		}
		lines = append(lines, s[:i])
		if s[i] == '\r' && i+1 < len(s) && s[i+1] == '\n' {
			i++
		}
		s = s[i+1:]
	}
	return lines
}

// isBlank and allBlank only look at spaces and tabs: a line holding any other
// character is a row, and a row is either valid or explained.
func isBlank(s string) bool { return strings.Trim(s, " \t") == "" }

func allBlank(fields []string) bool {
	for _, f := range fields {
		if !isBlank(f) {
			return false
		}
	}
	return true
}

// detectSeparator counts the candidates outside quotes in the header.
func detectSeparator(header string) byte {
	semi, comma := 0, 0
	quoted := false
	for i := 0; i < len(header); i++ {
		switch header[i] {
		case '"':
			quoted = !quoted
		case ';':
			if !quoted {
				semi++
			}
		case ',':
			if !quoted {
				comma++
			}
		}
	}
	if semi > 0 && semi >= comma {
		return ';'
	}
	return ','
}

type fieldError struct{ fr, en string }

func (e *fieldError) Error() string { return e.fr }

func quoteErrEN(err error) string {
	var fe *fieldError
	if errors.As(err, &fe) {
		return fe.en
	}
	return err.Error()
}

var (
	errUnclosedQuote = &fieldError{"guillemet non fermé (un champ ne peut pas s'étendre sur plusieurs lignes)", "unclosed quote (a field cannot span several lines)"}
	errAfterQuote    = &fieldError{"caractère inattendu après un guillemet fermant", "unexpected character after a closing quote"}
)

// splitFields splits one line; a field starting with a quote (after spaces)
// is quoted, "" standing for a quote inside it.
func splitFields(line string, sep byte, fields []string) ([]string, error) {
	i := 0
	for {
		j := i
		for j < len(line) && (line[j] == ' ' || line[j] == '\t') {
			j++
		}
		if j < len(line) && line[j] == '"' {
			var b strings.Builder
			k := j + 1
			for {
				q := strings.IndexByte(line[k:], '"')
				if q < 0 {
					return fields, errUnclosedQuote
				}
				b.WriteString(line[k : k+q])
				k += q + 1
				if k < len(line) && line[k] == '"' {
					b.WriteByte('"')
					k++
					continue
				}
				break
			}
			for k < len(line) && (line[k] == ' ' || line[k] == '\t') {
				k++
			}
			fields = append(fields, b.String())
			if k == len(line) {
				return fields, nil
			}
			if line[k] != sep {
				return fields, errAfterQuote
			}
			i = k + 1
			continue
		}
		s := strings.IndexByte(line[i:], sep)
		if s < 0 {
			return append(fields, line[i:]), nil
		}
		fields = append(fields, line[i:i+s])
		i += s + 1
	}
}

type rowParser struct {
	cols  map[string]int
	width int
	sep   byte
	refs  map[string]int // reference → first line
}

func (p *rowParser) parse(line int, fields []string) (ImportRow, []RowError) {
	row := ImportRow{Line: line}
	var errs []RowError
	fail := func(field, fr, en string) {
		errs = append(errs, RowError{Line: line, Field: field, MessageFR: fr, MessageEN: en})
	}
	for _, f := range fields {
		if !utf8.ValidString(f) {
			fail("line", "Ligne mal encodée : le fichier doit être en UTF-8.", "Badly encoded line: the file must be UTF-8.")
			return row, errs
		}
	}
	if len(fields) != p.width && (len(fields) < p.width || !allBlank(fields[p.width:])) {
		fr := fmt.Sprintf("%d colonnes au lieu de %d", len(fields), p.width)
		en := fmt.Sprintf("%d columns instead of %d", len(fields), p.width)
		if p.sep == ',' && len(fields) > p.width {
			fr += " : un montant à virgule décimale doit être entre guillemets, ou le séparateur être « ; »"
			en += ": an amount with a decimal comma must be quoted, or the separator be ';'"
		}
		fail("line", fr+".", en+".")
		return row, errs
	}
	get := func(col string) string {
		if i, ok := p.cols[col]; ok {
			return strings.TrimSpace(fields[i])
		}
		return ""
	}

	// Work.
	rawISAN, ref := get(colWorkISAN), get(colWorkRef)
	switch {
	case rawISAN == "" && ref == "":
		field := colWorkISAN
		if _, ok := p.cols[colWorkISAN]; !ok {
			field = colWorkRef
		}
		fail(field, "L'œuvre n'est pas indiquée (work_isan ou work_ref).", "The work is missing (work_isan or work_ref).")
	default:
		if rawISAN != "" {
			if v, err := isan.Normalize(rawISAN); err != nil {
				fail(colWorkISAN, fmt.Sprintf("ISAN %q invalide.", rawISAN), fmt.Sprintf("Invalid ISAN %q: %v.", rawISAN, err))
			} else {
				row.WorkISAN = v
			}
		}
		if utf8.RuneCountInString(ref) > maxWorkRefLen {
			fail(colWorkRef, fmt.Sprintf("Référence d'œuvre trop longue (%d caractères au plus).", maxWorkRefLen), fmt.Sprintf("Work reference too long (at most %d characters).", maxWorkRefLen))
		}
		row.WorkRef = ref
	}

	// Media and territory.
	if m, ok := parseMedia(get(colMedia)); ok {
		row.Media = m
	} else {
		fail(colMedia, fmt.Sprintf("Support %q inconnu : attendu ALL, CINEMA, TV, SVOD, AVOD, TVOD, VIDEO ou NON_THEATRICAL.", get(colMedia)),
			fmt.Sprintf("Unknown media %q: expected ALL, CINEMA, TV, SVOD, AVOD, TVOD, VIDEO or NON_THEATRICAL.", get(colMedia)))
	}
	if t, fr, en := parseTerritory(get(colTerritory)); fr == "" {
		row.Territory = t
	} else {
		fail(colTerritory, fr, en)
	}

	// Period.
	start, errStart := parseDate(get(colPeriodStart))
	if errStart != nil {
		fail(colPeriodStart, fmt.Sprintf("Début de période %q invalide (AAAA-MM-JJ ou JJ/MM/AAAA).", get(colPeriodStart)),
			fmt.Sprintf("Invalid period start %q (YYYY-MM-DD or DD/MM/YYYY).", get(colPeriodStart)))
	}
	end, errEnd := parseDate(get(colPeriodEnd))
	if errEnd != nil {
		fail(colPeriodEnd, fmt.Sprintf("Fin de période %q invalide (AAAA-MM-JJ ou JJ/MM/AAAA).", get(colPeriodEnd)),
			fmt.Sprintf("Invalid period end %q (YYYY-MM-DD or DD/MM/YYYY).", get(colPeriodEnd)))
	}
	if errStart == nil && errEnd == nil && compareDate(end, start) < 0 {
		fail(colPeriodEnd, "La fin de période précède son début.", "The period ends before it starts.")
	}
	row.PeriodStart, row.PeriodEnd = start, end

	// Amount, currency, rate.
	amount, errAmount := parseAmount(get(colAmount))
	if errAmount != nil {
		fail(colAmount, fmt.Sprintf("Montant %q invalide : nombre avec au plus deux décimales attendu.", get(colAmount)),
			fmt.Sprintf("Invalid amount %q: a number with at most two decimals is expected.", get(colAmount)))
	}
	row.Amount = amount
	currency := strings.ToUpper(get(colCurrency))
	if currency == "" {
		currency = "EUR"
	}
	currencyOK := len(currency) == 3 && strings.Trim(currency, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == ""
	if !currencyOK {
		fail(colCurrency, fmt.Sprintf("Devise %q invalide : code ISO à trois lettres attendu (EUR, USD…).", get(colCurrency)),
			fmt.Sprintf("Invalid currency %q: a three-letter ISO code is expected (EUR, USD…).", get(colCurrency)))
	}
	row.Currency = currency
	rawRate := get(colRate)
	rate, errRate := int64(eurMicros), error(nil)
	switch {
	case rawRate != "":
		rate, errRate = parseMicros(rawRate)
		if errRate != nil {
			fail(colRate, fmt.Sprintf("Taux de change %q invalide : nombre positif avec au plus six décimales attendu.", rawRate),
				fmt.Sprintf("Invalid exchange rate %q: a positive number with at most six decimals is expected.", rawRate))
		} else if currency == "EUR" && rate != eurMicros {
			errRate = errors.New("EUR rate")
			fail(colRate, "Le taux vers l'euro d'un montant en EUR doit être 1.", "The rate to EUR of an amount in EUR must be 1.")
		}
	case currencyOK && currency != "EUR":
		errRate = errors.New("missing rate")
		fail(colRate, fmt.Sprintf("Taux de change vers l'euro obligatoire pour un montant en %s.", currency),
			fmt.Sprintf("An exchange rate to EUR is required for an amount in %s.", currency))
	}
	row.RateMicros = rate
	if errAmount == nil && errRate == nil {
		if v, ok := mulDivRound(int64(amount), rate, eurMicros); ok {
			row.AmountEUR = money.Cents(v)
		} else {
			fail(colAmount, "Montant trop grand une fois converti en euros.", "Amount too large once converted to euros.")
		}
	}

	// Reference.
	reference := get(colReference)
	switch {
	case reference == "":
		fail(colReference, "Référence externe manquante.", "External reference missing.")
	case utf8.RuneCountInString(reference) > maxReferenceLen:
		fail(colReference, fmt.Sprintf("Référence externe trop longue (%d caractères au plus).", maxReferenceLen),
			fmt.Sprintf("External reference too long (at most %d characters).", maxReferenceLen))
	default:
		if first, dup := p.refs[reference]; dup {
			fail(colReference, fmt.Sprintf("Référence %q déjà utilisée ligne %d.", reference, first),
				fmt.Sprintf("Reference %q already used on line %d.", reference, first))
		} else {
			p.refs[reference] = line
		}
	}
	row.Reference = reference
	return row, errs
}

// parseDate reads YYYY-MM-DD or DD/MM/YYYY (day and month may have one
// digit, as spreadsheets write them), years 1900 to 2999: an earlier or later
// year is a typo, not a statement.
func parseDate(s string) (dates.Date, error) {
	bad := errNotADate
	var d dates.Date
	if day, rest, ok := strings.Cut(s, "/"); ok {
		month, year, ok := strings.Cut(rest, "/")
		if !ok || len(day) > 2 || len(month) > 2 || len(year) != 4 {
			return d, bad
		}
		y, m, dd := atoi(year), atoi(month), atoi(day)
		if y < 0 || m < 0 || dd < 0 {
			return d, bad
		}
		d = dates.Date{Year: y, Month: time.Month(m), Day: dd}
		if dates.Of(d.Time()) != d {
			return d, bad
		}
	} else {
		var err error
		if d, err = dates.Parse(s); err != nil {
			return d, bad
		}
	}
	if d.Year < 1900 || d.Year > 2999 {
		return dates.Date{}, bad
	}
	return d, nil
}

var errNotADate = errors.New("not a date")

// atoi reads 1 to 4 ASCII digits, -1 otherwise: strconv.Atoi would take a
// sign.
func atoi(s string) int {
	if s == "" || len(s) > 4 {
		return -1
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return -1
		}
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// parseAmount is money.Parse that also takes the spaces French exports put
// between thousands ("1 234,56", with an ordinary, no-break or narrow
// no-break space) and a typographic minus. Spaces elsewhere ("12 34") are
// refused: they are more likely two numbers run together than one.
func parseAmount(s string) (money.Cents, error) {
	s = strings.Replace(s, "\u2212", "-", 1)
	if strings.ContainsAny(s, " \u00a0\u202f") {
		whole, _, _ := strings.Cut(strings.TrimPrefix(s, "-"), ",")
		whole, _, _ = strings.Cut(whole, ".")
		groups := strings.FieldsFunc(whole, func(r rune) bool { return r == ' ' || r == '\u00a0' || r == '\u202f' })
		if len(groups) == 0 || len(groups[0]) > 3 || strings.Count(whole, " ")+strings.Count(whole, "\u00a0")+strings.Count(whole, "\u202f") != len(groups)-1 {
			return 0, errors.New("misplaced space")
		}
		for _, g := range groups[1:] {
			if len(g) != 3 {
				return 0, errors.New("misplaced space")
			}
		}
		s = amountSpaces.Replace(s)
	}
	return money.Parse(s)
}

var amountSpaces = strings.NewReplacer(" ", "", "\u00a0", "", "\u202f", "")

// parseMicros reads a positive decimal with at most six decimals as an
// integer × 10⁶, with a point or a comma.
func parseMicros(s string) (int64, error) {
	whole, frac, hasFrac := strings.Cut(strings.ReplaceAll(s, ",", "."), ".")
	bad := errNotARate
	if whole == "" || len(whole) > 12 || (hasFrac && (frac == "" || len(frac) > 6)) {
		return 0, bad
	}
	var v int64
	for _, part := range []string{whole, frac + strings.Repeat("0", 6-len(frac))} {
		for i := 0; i < len(part); i++ {
			if part[i] < '0' || part[i] > '9' {
				return 0, bad
			}
			v = v*10 + int64(part[i]-'0')
		}
	}
	if v <= 0 {
		return 0, bad
	}
	return v, nil
}

var errNotARate = errors.New("not a positive rate with at most six decimals")

// validTerritory reports whether t is WORLD or a known ISO 3166-1 alpha-2
// code, in upper case.
func validTerritory(t string) bool {
	return t == World || documents.IsCountry(t)
}
