package royalties

import (
	"context"
	"fmt"
	"strings"
	"unicode"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/auth"
	"github.com/postprod/postprod/internal/kernel/apperr"
	"github.com/postprod/postprod/internal/platform/documents"
)

// The columns of a revenue statement, by their code names.
const (
	colWorkISAN    = "work_isan"
	colWorkRef     = "work_ref"
	colMedia       = "media"
	colTerritory   = "territory"
	colPeriodStart = "period_start"
	colPeriodEnd   = "period_end"
	colAmount      = "amount"
	colCurrency    = "currency"
	colRate        = "rate_to_eur"
	colReference   = "reference"
)

var requiredColumns = []string{colMedia, colTerritory, colPeriodStart, colPeriodEnd, colAmount, colReference}

// importColumn is a column as the people who fill a statement name it: its
// French heading (the example file's), and the other headings French and
// English spreadsheets give it.
type importColumn struct {
	code    string
	french  string
	aliases []string
}

// importColumns, in the example file's order. Headings are compared folded
// (folded: case, accents, apostrophes, spaces and punctuation do not
// matter), so "Début de période", "DEBUT DE PERIODE" and "debut_periode"
// are one.
var importColumns = []importColumn{
	{colWorkISAN, "ISAN", []string{"ISAN de l'œuvre", "work ISAN"}},
	{colWorkRef, "Œuvre", []string{"Référence de l'œuvre", "Référence œuvre", "Réf. œuvre"}},
	{colMedia, "Mode d'exploitation", []string{"Mode", "Média", "Support", "media"}},
	{colTerritory, "Territoire", []string{"Pays"}},
	{colPeriodStart, "Début de période", []string{"Début", "Date de début", "Début période", "period start"}},
	{colPeriodEnd, "Fin de période", []string{"Fin", "Date de fin", "Fin période", "period end"}},
	{colAmount, "Montant", []string{"Recettes", "Montant brut", "Recettes brutes"}},
	{colCurrency, "Devise", []string{"Monnaie"}},
	{colRate, "Taux vers l'euro", []string{"Taux de change", "Taux de change vers l'euro", "exchange rate"}},
	{colReference, "Référence", []string{"Réf", "Référence externe", "external reference"}},
}

// columnByHeading maps every folded heading to its column's code.
var columnByHeading = func() map[string]string {
	m := map[string]string{}
	for _, c := range importColumns {
		for _, h := range append([]string{c.code, c.french}, c.aliases...) {
			m[fold(h)] = c.code
		}
	}
	return m
}()

// fold reduces a heading or a label to lower-case ASCII letters and digits
// separated by single spaces: "Mode d’exploitation" → "mode d exploitation",
// "Œuvre" → "oeuvre", "rate_to_eur" → "rate to eur".
func fold(s string) string {
	var b strings.Builder
	space := false
	for _, r := range unaccent.Replace(strings.ToLower(s)) {
		if r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
			continue
		}
		space = true
	}
	return b.String()
}

// unaccent folds the lower-case letters of French headings and of the
// countries' names to ASCII.
var unaccent = strings.NewReplacer(
	"à", "a", "â", "a", "ä", "a", "á", "a", "ã", "a", "å", "a", "æ", "ae", "ç", "c",
	"é", "e", "è", "e", "ê", "e", "ë", "e", "í", "i", "ì", "i", "î", "i", "ï", "i", "ñ", "n",
	"ó", "o", "ò", "o", "ô", "o", "ö", "o", "õ", "o", "ø", "o", "œ", "oe",
	"ú", "u", "ù", "u", "û", "u", "ü", "u", "ý", "y", "ÿ", "y")

// frenchName is a column's French heading, with its code name.
func frenchName(code string) string {
	for _, c := range importColumns {
		if c.code == code {
			return c.french + " (" + code + ")"
		}
	}
	return code
}

func mapColumns(header []string) (map[string]int, error) {
	cols := map[string]int{}
	for i, name := range header {
		name = strings.TrimSpace(strings.TrimPrefix(name, "\uFEFF"))
		if name == "" {
			continue
		}
		code, known := columnByHeading[fold(name)]
		if !known {
			continue // another column of the payer's: ignored
		}
		if _, dup := cols[code]; dup {
			return nil, apperr.Invalid("file",
				fmt.Sprintf("La colonne %q apparaît deux fois dans l'en-tête (%s).", name, frenchName(code)),
				fmt.Sprintf("Column %q appears twice in the header (%s).", name, code))
		}
		cols[code] = i
	}
	var missingFR, missingEN []string
	_, hasISAN := cols[colWorkISAN]
	_, hasRef := cols[colWorkRef]
	if !hasISAN && !hasRef {
		missingFR = append(missingFR, frenchName(colWorkISAN)+" ou "+frenchName(colWorkRef))
		missingEN = append(missingEN, colWorkISAN+" / "+colWorkRef)
	}
	for _, c := range requiredColumns {
		if _, ok := cols[c]; !ok {
			missingFR = append(missingFR, frenchName(c))
			missingEN = append(missingEN, c)
		}
	}
	if len(missingEN) > 0 {
		return nil, apperr.Invalid("file",
			"Colonnes manquantes dans l'en-tête : "+strings.Join(missingFR, ", ")+". Le fichier d'exemple montre les colonnes attendues.",
			"Columns missing from the header: "+strings.Join(missingEN, ", ")+". The example file shows the expected columns.")
	}
	return cols, nil
}

// parseMedia accepts the enum in any case, with a space or hyphen for the
// underscore ("non-theatrical").
func parseMedia(s string) (db.Media, bool) {
	m := db.Media(mediaSeparators.Replace(strings.ToUpper(s)))
	return m, m.Valid()
}

var mediaSeparators = strings.NewReplacer(" ", "_", "-", "_")

func parseTerritory(s string) (t, fr, en string) {
	t = strings.ToUpper(s)
	switch {
	case validTerritory(t):
		return t, "", ""
	case t == "UK":
		return "", "Territoire « UK » : le code ISO du Royaume-Uni est GB.", "Territory \"UK\": the ISO code of the United Kingdom is GB."
	case t == "":
		return "", "Territoire manquant (code ISO 3166 à deux lettres ou WORLD).", "Territory missing (two-letter ISO 3166 code or WORLD)."
	}
	return "", fmt.Sprintf("Territoire %q inconnu : code ISO 3166 à deux lettres (FR, BE…) ou WORLD attendu.", s),
		fmt.Sprintf("Unknown territory %q: a two-letter ISO 3166 code (FR, BE…) or WORLD is expected.", s)
}

// exampleRows are the example file's rows, under the French headings of
// importColumns: a work by ISAN, a work by its title, an amount in dollars
// with its rate, and a negative adjustment.
var exampleRows = [][]string{
	{"0000-0000-D07A-0090-Q-0000-0000-X", "", "TV", "FR", "01/01/2026", "31/03/2026", "1234,56", "EUR", "", "FTV-2026-T1-0001"},
	{"", "Le Phare des brumes", "SVOD", "WORLD", "01/01/2026", "31/03/2026", "1000,00", "USD", "0,92", "PLATEFORME-2026-T1-42"},
	{"", "Le Phare des brumes", "CINEMA", "BE", "2026-01-01", "2026-03-31", "-45,50", "EUR", "1", "BE-2026-T1-REGUL-7"},
}

// ImportExampleCSV is the example statement offered beside the revenue
// import: every column under its French heading, for whoever imports
// revenue.
func (s *Service) ImportExampleCSV(ctx context.Context) ([]byte, error) {
	if _, err := auth.Authorize(ctx, CanImportRevenue); err != nil {
		return nil, err
	}
	return importExample()
}

func importExample() ([]byte, error) {
	w := documents.NewCSV(documents.French)
	head := make([]string, len(importColumns))
	for i, c := range importColumns {
		head[i] = c.french
	}
	w.Row(head...)
	for _, r := range exampleRows {
		w.Row(r...)
	}
	return w.Bytes()
}
