package royalties

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/google/uuid"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/kernel/apperr"
	"github.com/postprod/postprod/internal/kernel/dates"
	"github.com/postprod/postprod/internal/kernel/money"
	"github.com/postprod/postprod/internal/platform/documents"
)

var mediaFR = map[db.Media]string{db.MediaAll: "Tous modes", db.MediaCinema: "Salles de cinéma", db.MediaTV: "Télévision",
	db.MediaSVOD: "Vidéo à la demande par abonnement", db.MediaAVOD: "Vidéo à la demande gratuite", db.MediaTVOD: "Vidéo à la demande à l'acte",
	db.MediaVideo: "Vidéo physique", db.MediaNonTheatrical: "Non commercial"}

// issuer is the legal header of the organisation's documents.
func issuer(org db.Organisation) documents.Organisation {
	return documents.Organisation{Name: org.Name, LegalName: org.LegalName, Address: org.Address, Siret: org.Siret, VatNumber: org.VatNumber}
}

// frDate is a day as French documents and messages write it: "29/11/2026".
func frDate(d dates.Date) string { return documents.DateShort(d, documents.FR) }

// statementData gathers what a statement document shows.
type statementData struct {
	org     db.Organisation
	holder  db.RightsHolder
	run     db.DistributionRun
	st      db.Statement
	lines   []db.StatementLine
	titles  map[uuid.UUID]string
	explain map[uuid.UUID][]string
}

func (s *Service) statementData(ctx context.Context, id uuid.UUID) (*statementData, error) {
	st, err := s.Statement(ctx, id)
	if err != nil {
		return nil, err
	}
	d := &statementData{st: *st, titles: map[uuid.UUID]string{}, explain: map[uuid.UUID][]string{}}
	if err := s.DB.NewSelect().Model(&d.org).Where("id = ?", st.OrganisationID).Scan(ctx); err != nil {
		return nil, err
	}
	if err := s.DB.NewSelect().Model(&d.holder).Where("id = ?", st.HolderID).Scan(ctx); err != nil {
		return nil, err
	}
	if err := s.DB.NewSelect().Model(&d.run).Where("id = ?", st.RunID).Scan(ctx); err != nil {
		return nil, err
	}
	if err := s.DB.NewSelect().Model(&d.lines).Where("statement_id = ?", st.ID).Order("id").Scan(ctx); err != nil {
		return nil, err
	}
	var works []db.Work
	var ids []uuid.UUID
	for _, l := range d.lines {
		ids = append(ids, l.WorkID)
	}
	if len(ids) > 0 {
		if err := s.DB.NewSelect().Model(&works).Column("id", "title").Where("id IN (?)", bunIn(ids)).Scan(ctx); err != nil {
			return nil, err
		}
		var rws []db.RunWork
		if err := s.DB.NewSelect().Model(&rws).Where("run_id = ? AND work_id IN (?)", st.RunID, bunIn(ids)).Scan(ctx); err != nil {
			return nil, err
		}
		for _, rw := range rws {
			if ex, ok := rw.Detail["explanation"].([]any); ok {
				for _, e := range ex {
					d.explain[rw.WorkID] = append(d.explain[rw.WorkID], fmt.Sprint(e))
				}
			}
		}
	}
	for _, w := range works {
		d.titles[w.ID] = w.Title
	}
	return d, nil
}

// StatementPDF renders a holder's statement for a run, in French, with the
// waterfall of each work explained.
func (s *Service) StatementPDF(ctx context.Context, id uuid.UUID) ([]byte, error) {
	d, err := s.statementData(ctx, id)
	if err != nil {
		return nil, err
	}
	pdf := documents.NewPDF()
	pdf.Header(issuer(d.org), "Relevé de redevances")
	pdf.TextLine(5, fmt.Sprintf("Période du %s au %s", frDate(d.run.PeriodStart), frDate(d.run.PeriodEnd)))
	pdf.TextLine(5, "Relevé n° "+strings.ToUpper(d.st.ID.String()[:8]))
	if d.st.IssuedAt != nil {
		pdf.TextLine(5, "Émis le "+frDate(documents.DateOf(*d.st.IssuedAt)))
	} else {
		pdf.TextLine(5, "Brouillon — non émis")
	}
	pdf.Ln(3)
	pdf.Bold(10)
	pdf.TextLine(5, "Ayant droit : "+d.holder.Name)
	pdf.Regular(9)
	if d.holder.Address != "" {
		pdf.TextLine(5, d.holder.Address)
	}
	pdf.Ln(4)
	table := documents.Table{Size: 8, HeadH: 6, RowH: 5, Columns: []documents.Column{
		{Title: "Œuvre", Width: 52, Align: "L"}, {Title: "Mode d'exploitation", Width: 40, Align: "L"}, {Title: "Territoire", Width: 18, Align: "L"},
		{Title: "Quote-part", Width: 20, Align: "R"}, {Title: "Recettes nettes", Width: 30, Align: "R"}, {Title: "Montant", Width: 30, Align: "R"}}}
	pdf.Head(table)
	for _, l := range d.lines {
		share := documents.Percent(l.BasisPoints, documents.FR)
		if l.Residual {
			share = "résiduel"
		}
		pdf.Row(table, documents.Truncate(d.titles[l.WorkID], 34), mediaFR[l.Media], l.Territory, share, documents.Euros(l.Net), documents.Euros(l.Amount))
	}
	pdf.Bold(9)
	pdf.Total(160, 30, 7, "T", "Total du relevé", documents.Euros(d.st.Amount))
	if d.st.Previous != nil {
		pdf.Regular(9)
		pdf.Total(160, 30, 5, "", "Déjà versé par la répartition corrigée", documents.Euros(*d.st.Previous))
		pdf.Bold(9)
		pdf.Total(160, 30, 6, "", "À régulariser", documents.Euros(d.st.Amount-*d.st.Previous))
	}
	pdf.Ln(5)
	pdf.Bold(10)
	pdf.TextLine(6, "Détail du calcul par œuvre")
	ids := make([]uuid.UUID, 0, len(d.explain))
	for id := range d.explain {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return d.titles[ids[i]] < d.titles[ids[j]] })
	for _, id := range ids {
		pdf.Bold(9)
		pdf.TextLine(5, d.titles[id])
		pdf.Regular(8)
		for _, e := range d.explain[id] {
			pdf.Paragraph(4, e)
		}
		pdf.Ln(2)
	}
	return pdf.Bytes()
}

// StatementCSV is the statement's lines for a spreadsheet (semicolons and
// decimal commas, as French spreadsheets expect).
func (s *Service) StatementCSV(ctx context.Context, id uuid.UUID) ([]byte, error) {
	d, err := s.statementData(ctx, id)
	if err != nil {
		return nil, err
	}
	f := documents.French
	w := documents.NewCSV(f)
	w.Row("oeuvre", "mode", "territoire", "quote_part_pb", "recettes_brutes", "recettes_nettes", "montant", "residuel")
	for _, l := range d.lines {
		w.Row(d.titles[l.WorkID], string(l.Media), l.Territory, strconv.FormatInt(l.BasisPoints, 10), f.Amount(l.Gross), f.Amount(l.Net), f.Amount(l.Amount), strconv.FormatBool(l.Residual))
	}
	w.Row("TOTAL", "", "", "", "", "", f.Amount(d.st.Amount), "")
	return w.Bytes()
}

// AnnualPDF is the yearly account a producer owes each author: the
// holder's issued receipts of the year, per mode of exploitation.
func (s *Service) AnnualPDF(ctx context.Context, holderID uuid.UUID, year int) ([]byte, error) {
	h, err := s.Holder(ctx, holderID)
	if err != nil {
		return nil, err
	}
	if year < 1990 || year > 2200 {
		return nil, apperr.Invalid("year", "Année invalide.", "Invalid year.")
	}
	var org db.Organisation
	if err := s.DB.NewSelect().Model(&org).Where("id = ?", h.OrganisationID).Scan(ctx); err != nil {
		return nil, err
	}
	var rows []struct {
		Title  string
		Media  db.Media
		Gross  int64
		Amount int64
	}
	err = s.DB.NewRaw(`
		SELECT w.title, l.media, sum(l.gross_cents)::bigint AS gross, sum(l.amount_cents)::bigint AS amount
		FROM statement_lines l JOIN statements st ON st.id = l.statement_id JOIN distribution_runs r ON r.id = st.run_id JOIN works w ON w.id = l.work_id
		WHERE st.holder_id = ? AND st.issued_at IS NOT NULL AND extract(year FROM r.period_end) = ?
		GROUP BY w.title, l.media ORDER BY l.media, w.title`, h.ID, year).Scan(ctx, &rows)
	if err != nil {
		return nil, err
	}
	pdf := documents.NewPDF()
	pdf.Header(issuer(org), fmt.Sprintf("Compte annuel des recettes %d", year))
	pdf.TextLine(5, "Ayant droit : "+h.Name)
	pdf.Paragraph(4, "Reddition des comptes : recettes de l'année par mode d'exploitation et sommes revenant à l'ayant droit, d'après les relevés émis.")
	pdf.Ln(3)
	var total, sub money.Cents
	var current db.Media
	flush := func() {
		if current != "" {
			pdf.Bold(8)
			pdf.Total(160, 30, 5, "T", "Sous-total "+mediaFR[current], documents.Euros(sub))
			pdf.Ln(2)
		}
	}
	for _, r := range rows {
		if r.Media != current {
			flush()
			current, sub = r.Media, 0
			pdf.Bold(9)
			pdf.TextLine(6, mediaFR[r.Media])
		}
		pdf.Regular(8)
		pdf.CellFormat(100, 5, documents.Truncate(r.Title, 60), "", 0, "L", false, 0, "")
		pdf.Total(60, 30, 5, "", "Recettes brutes "+documents.Euros(money.Cents(r.Gross)), documents.Euros(money.Cents(r.Amount)))
		sub += money.Cents(r.Amount)
		total += money.Cents(r.Amount)
	}
	flush()
	pdf.Bold(10)
	pdf.Total(160, 30, 7, "T", fmt.Sprintf("Total %d", year), documents.Euros(total))
	return pdf.Bytes()
}
