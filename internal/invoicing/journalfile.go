package invoicing

import (
	"github.com/postprod/postprod/internal/platform/documents"
)

// journalHeadings are the columns of the sales journal (journal.go).
var journalHeadings = []string{"Date", "Journal", "Pièce", "Compte client", "Compte de vente", "Compte TVA", "Client", "Libellé", "HT", "TVA", "TTC"}

// SalesJournalCSV writes the journal for a French spreadsheet or an
// accounting import: semicolons, decimal commas, a BOM; dates as
// DD/MM/YYYY; amounts as plain numbers; every text cell through the
// formula-safe writer (a client named "=HYPERLINK(…)" stays text).
func SalesJournalCSV(lines []JournalLine) ([]byte, error) {
	f := documents.French
	w := documents.NewCSV(f)
	w.Row(journalHeadings...)
	for _, l := range lines {
		w.Row(documents.DateShort(l.Date, documents.FR), SalesJournalCode, l.Number, l.AccountClient, l.AccountSales, l.AccountVAT,
			l.Client, l.Label, f.Amount(l.HT), f.Amount(l.VAT), f.Amount(l.TTC))
	}
	return w.Bytes()
}

// SalesJournalXLSX is the same journal as a workbook: real dates, amounts
// as numbers in euros, text cells never formulas.
func SalesJournalXLSX(lines []JournalLine) ([]byte, error) {
	x, err := documents.NewXLSX()
	if err != nil {
		return nil, err
	}
	sh, err := x.Sheet("Journal des ventes", journalHeadings...)
	if err != nil {
		return nil, err
	}
	for _, l := range lines {
		if err := sh.Row(l.Date, SalesJournalCode, l.Number, l.AccountClient, l.AccountSales, l.AccountVAT,
			l.Client, l.Label, l.HT, l.VAT, l.TTC); err != nil {
			return nil, err
		}
	}
	return x.Bytes()
}
