package royalties

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/google/uuid"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/kernel/apperr"
	"github.com/postprod/postprod/internal/kernel/money"
	"github.com/postprod/postprod/internal/platform/documents"
)

// annualRow is a work's receipts of the year for one media, and what the
// holder's issued statements gave them of it.
type annualRow struct {
	Title  string
	Media  db.Media
	Gross  money.Cents
	Amount money.Cents
}

// annualData is the yearly account of a holder: the issued statements of
// the runs whose period ends in the year, by media then title.
func (s *Service) annualData(ctx context.Context, holderID uuid.UUID, year int) (*db.RightsHolder, *db.Organisation, []annualRow, error) {
	h, err := s.Holder(ctx, holderID)
	if err != nil {
		return nil, nil, nil, err
	}
	if year < 1990 || year > 2200 {
		return nil, nil, nil, apperr.Invalid("year", "Année invalide.", "Invalid year.")
	}
	org := new(db.Organisation)
	if err := s.DB.NewSelect().Model(org).Where("id = ?", h.OrganisationID).Scan(ctx); err != nil {
		return nil, nil, nil, err
	}
	var rows []annualRow
	err = s.DB.NewRaw(`
		SELECT w.title, l.media, sum(l.gross_cents)::bigint AS gross, sum(l.amount_cents)::bigint AS amount
		FROM statement_lines l JOIN statements st ON st.id = l.statement_id JOIN distribution_runs r ON r.id = st.run_id JOIN works w ON w.id = l.work_id
		WHERE st.holder_id = ? AND st.issued_at IS NOT NULL AND extract(year FROM r.period_end) = ?
		GROUP BY w.title, l.media ORDER BY w.title`, h.ID, year).Scan(ctx, &rows)
	if err != nil {
		return nil, nil, nil, err
	}
	// The media in their usual order (ALL, cinema, TV...), not the codes'.
	slices.SortStableFunc(rows, func(a, b annualRow) int { return compareMedia(a.Media, b.Media) })
	return h, org, rows, nil
}

// AnnualPDF is the yearly account a producer owes each author: the
// holder's issued receipts of the year, per mode of exploitation, the works
// with nothing due named in a sentence rather than listed at 0,00 €.
func (s *Service) AnnualPDF(ctx context.Context, holderID uuid.UUID, year int) ([]byte, error) {
	h, org, rows, err := s.annualData(ctx, holderID, year)
	if err != nil {
		return nil, err
	}
	pdf := documents.NewPDF()
	pdf.Footer(fmt.Sprintf("Compte annuel des recettes %d de %s", year, h.Name))
	pdf.Header(issuer(*org), fmt.Sprintf("Compte annuel des recettes %d", year))
	pdf.TextLine(5, "Ayant droit : "+h.Name)
	pdf.Paragraph(4, "Reddition des comptes : recettes de l'année par mode d'exploitation et sommes revenant à l'ayant droit, d'après les relevés émis.")
	pdf.Ln(3)
	table := documents.Table{Size: 8, HeadH: 6, RowH: 4, Columns: []documents.Column{
		{Title: "Œuvre", Width: 110, Align: "L"}, {Title: "Recettes brutes", Width: 40, Align: "R"}, {Title: "Montant dû", Width: 40, Align: "R"}}}
	var total money.Cents
	if len(rows) == 0 {
		pdf.Paragraph(4.5, fmt.Sprintf("Aucun relevé émis pour %d.", year))
	}
	for start := 0; start < len(rows); {
		m := rows[start].Media
		end := start
		for end < len(rows) && rows[end].Media == m {
			end++
		}
		pdf.Bold(9)
		pdf.Paragraph(6, MediaLabel(m, documents.FR))
		var sub money.Cents
		var none []string
		head := false
		for _, r := range rows[start:end] {
			if r.Amount == 0 {
				none = append(none, quote(r.Title))
				continue
			}
			if !head {
				pdf.Head(table)
				head = true
			}
			pdf.WrapRow(table, r.Title, documents.Euros(r.Gross), documents.Euros(r.Amount))
			sub += r.Amount
		}
		if len(none) > 0 {
			pdf.Regular(8)
			pdf.Paragraph(4, nounWork.Count(int64(len(none)), documents.FR)+" sans somme due cette année (recettes affectées à la récupération des frais, à la commission, ou nulles) : "+strings.Join(none, ", ")+".")
		}
		pdf.Bold(8)
		pdf.Total(150, 40, 5, "T", "Sous-total "+lowerFirst(MediaLabel(m, documents.FR)), documents.Euros(sub))
		pdf.Ln(2)
		total += sub
		start = end
	}
	pdf.Bold(10)
	pdf.Total(150, 40, 7, "T", fmt.Sprintf("Total %d", year), documents.Euros(total))
	return pdf.Bytes()
}

// AnnualCSV is the yearly account for a spreadsheet, every row included,
// with French headings and the media by name.
func (s *Service) AnnualCSV(ctx context.Context, holderID uuid.UUID, year int) ([]byte, error) {
	_, _, rows, err := s.annualData(ctx, holderID, year)
	if err != nil {
		return nil, err
	}
	f := documents.French
	w := documents.NewCSV(f)
	w.Row("Mode d'exploitation", "Œuvre", "Recettes brutes", "Montant dû")
	var total money.Cents
	for _, r := range rows {
		w.Row(MediaLabel(r.Media, documents.FR), r.Title, f.Amount(r.Gross), f.Amount(r.Amount))
		total += r.Amount
	}
	w.Row("TOTAL", "", "", f.Amount(total))
	return w.Bytes()
}
