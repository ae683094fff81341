package royalties

import (
	"bytes"
	"context"
	_ "embed"
	"encoding/csv"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"codeberg.org/go-pdf/fpdf"
	"github.com/google/uuid"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/kernel/apperr"
	"github.com/postprod/postprod/internal/kernel/dates"
	"github.com/postprod/postprod/internal/kernel/money"
)

// DejaVu covers French typography (€, « », œ, narrow spaces) in PDFs.
//
//go:embed fonts/DejaVuSans.ttf
var fontRegular []byte

//go:embed fonts/DejaVuSans-Bold.ttf
var fontBold []byte

var mediaFR = map[string]string{"ALL": "Tous modes", "CINEMA": "Salles de cinéma", "TV": "Télévision", "SVOD": "Vidéo à la demande par abonnement",
	"AVOD": "Vidéo à la demande gratuite", "TVOD": "Vidéo à la demande à l'acte", "VIDEO": "Vidéo physique", "NON_THEATRICAL": "Non commercial"}

// Euros formats cents the French way: "12 345,67 €".
func Euros(c money.Cents) string {
	s := c.String()
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	whole, frac, _ := strings.Cut(s, ".")
	var b strings.Builder
	for i, r := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteRune('\u202f')
		}
		b.WriteRune(r)
	}
	out := b.String() + "," + frac + " €"
	if neg {
		out = "−" + out
	}
	return out
}

func percent(bp int64) string {
	return strings.Replace(fmt.Sprintf("%d,%02d %%", bp/100, bp%100), ",00 %", " %", 1)
}

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

func newPDF() *fpdf.Fpdf {
	pdf := fpdf.New("P", "mm", "A4", "")
	pdf.AddUTF8FontFromBytes("DejaVu", "", fontRegular)
	pdf.AddUTF8FontFromBytes("DejaVu", "B", fontBold)
	pdf.SetAutoPageBreak(true, 15)
	pdf.SetFont("DejaVu", "", 9)
	return pdf
}

func header(pdf *fpdf.Fpdf, org db.Organisation, title string) {
	pdf.AddPage()
	pdf.SetFont("DejaVu", "B", 11)
	name := org.LegalName
	if name == "" {
		name = org.Name
	}
	pdf.CellFormat(0, 5, name, "", 1, "L", false, 0, "")
	pdf.SetFont("DejaVu", "", 8)
	if org.Address != "" {
		pdf.CellFormat(0, 4, org.Address, "", 1, "L", false, 0, "")
	}
	var ids []string
	if org.Siret != "" {
		ids = append(ids, "SIRET "+org.Siret)
	}
	if org.VatNumber != "" {
		ids = append(ids, "TVA intracommunautaire "+org.VatNumber)
	}
	pdf.CellFormat(0, 4, strings.Join(ids, " · "), "", 1, "L", false, 0, "")
	pdf.Ln(6)
	pdf.SetFont("DejaVu", "B", 14)
	pdf.CellFormat(0, 8, title, "", 1, "L", false, 0, "")
	pdf.SetFont("DejaVu", "", 9)
}

func frDate(d dates.Date) string { return fmt.Sprintf("%02d/%02d/%04d", d.Day, d.Month, d.Year) }

// StatementPDF renders a holder's statement for a run, in French, with the
// waterfall of each work explained.
func (s *Service) StatementPDF(ctx context.Context, id uuid.UUID) ([]byte, error) {
	d, err := s.statementData(ctx, id)
	if err != nil {
		return nil, err
	}
	pdf := newPDF()
	header(pdf, d.org, "Relevé de redevances")
	pdf.CellFormat(0, 5, fmt.Sprintf("Période du %s au %s", frDate(d.run.PeriodStart), frDate(d.run.PeriodEnd)), "", 1, "L", false, 0, "")
	pdf.CellFormat(0, 5, "Relevé n° "+strings.ToUpper(d.st.ID.String()[:8]), "", 1, "L", false, 0, "")
	if d.st.IssuedAt != nil {
		pdf.CellFormat(0, 5, "Émis le "+frDate(dates.Of(d.st.IssuedAt.In(dates.Paris))), "", 1, "L", false, 0, "")
	} else {
		pdf.CellFormat(0, 5, "Brouillon — non émis", "", 1, "L", false, 0, "")
	}
	pdf.Ln(3)
	pdf.SetFont("DejaVu", "B", 10)
	pdf.CellFormat(0, 5, "Ayant droit : "+d.holder.Name, "", 1, "L", false, 0, "")
	pdf.SetFont("DejaVu", "", 9)
	if d.holder.Address != "" {
		pdf.CellFormat(0, 5, d.holder.Address, "", 1, "L", false, 0, "")
	}
	pdf.Ln(4)
	cols := []struct {
		title string
		w     float64
		align string
	}{{"Œuvre", 52, "L"}, {"Mode d'exploitation", 40, "L"}, {"Territoire", 18, "L"}, {"Quote-part", 20, "R"}, {"Recettes nettes", 30, "R"}, {"Montant", 30, "R"}}
	pdf.SetFont("DejaVu", "B", 8)
	for _, c := range cols {
		pdf.CellFormat(c.w, 6, c.title, "B", 0, c.align, false, 0, "")
	}
	pdf.Ln(-1)
	pdf.SetFont("DejaVu", "", 8)
	for _, l := range d.lines {
		share := percent(l.BasisPoints)
		if l.Residual {
			share = "résiduel"
		}
		vals := []string{truncate(d.titles[l.WorkID], 34), mediaFR[string(l.Media)], l.Territory, share, Euros(l.Net), Euros(l.Amount)}
		for i, c := range cols {
			pdf.CellFormat(c.w, 5, vals[i], "", 0, c.align, false, 0, "")
		}
		pdf.Ln(-1)
	}
	pdf.SetFont("DejaVu", "B", 9)
	pdf.CellFormat(160, 7, "Total du relevé", "T", 0, "R", false, 0, "")
	pdf.CellFormat(30, 7, Euros(d.st.Amount), "T", 1, "R", false, 0, "")
	if d.st.Previous != nil {
		pdf.SetFont("DejaVu", "", 9)
		pdf.CellFormat(160, 5, "Déjà versé par la répartition corrigée", "", 0, "R", false, 0, "")
		pdf.CellFormat(30, 5, Euros(*d.st.Previous), "", 1, "R", false, 0, "")
		pdf.SetFont("DejaVu", "B", 9)
		pdf.CellFormat(160, 6, "À régulariser", "", 0, "R", false, 0, "")
		pdf.CellFormat(30, 6, Euros(d.st.Amount-*d.st.Previous), "", 1, "R", false, 0, "")
	}
	pdf.Ln(5)
	pdf.SetFont("DejaVu", "B", 10)
	pdf.CellFormat(0, 6, "Détail du calcul par œuvre", "", 1, "L", false, 0, "")
	ids := make([]uuid.UUID, 0, len(d.explain))
	for id := range d.explain {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return d.titles[ids[i]] < d.titles[ids[j]] })
	for _, id := range ids {
		pdf.SetFont("DejaVu", "B", 9)
		pdf.CellFormat(0, 5, d.titles[id], "", 1, "L", false, 0, "")
		pdf.SetFont("DejaVu", "", 8)
		for _, e := range d.explain[id] {
			pdf.MultiCell(0, 4, e, "", "L", false)
		}
		pdf.Ln(2)
	}
	var buf bytes.Buffer
	if err := pdf.Output(&buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// StatementCSV is the statement's lines for a spreadsheet (semicolons and
// decimal commas, as French spreadsheets expect).
func (s *Service) StatementCSV(ctx context.Context, id uuid.UUID) ([]byte, error) {
	d, err := s.statementData(ctx, id)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	buf.WriteString("\ufeff")
	w := csv.NewWriter(&buf)
	w.Comma = ';'
	dec := func(c money.Cents) string { return strings.Replace(c.String(), ".", ",", 1) }
	_ = w.Write([]string{"oeuvre", "mode", "territoire", "quote_part_pb", "recettes_brutes", "recettes_nettes", "montant", "residuel"})
	for _, l := range d.lines {
		_ = w.Write([]string{d.titles[l.WorkID], string(l.Media), l.Territory, strconv.FormatInt(l.BasisPoints, 10), dec(l.Gross), dec(l.Net), dec(l.Amount), strconv.FormatBool(l.Residual)})
	}
	_ = w.Write([]string{"TOTAL", "", "", "", "", "", dec(d.st.Amount), ""})
	w.Flush()
	return buf.Bytes(), w.Error()
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
		Media  string
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
	pdf := newPDF()
	header(pdf, org, fmt.Sprintf("Compte annuel des recettes %d", year))
	pdf.CellFormat(0, 5, "Ayant droit : "+h.Name, "", 1, "L", false, 0, "")
	pdf.MultiCell(0, 4, "Reddition des comptes : recettes de l'année par mode d'exploitation et sommes revenant à l'ayant droit, d'après les relevés émis.", "", "L", false)
	pdf.Ln(3)
	var total, sub money.Cents
	current := ""
	flush := func() {
		if current != "" {
			pdf.SetFont("DejaVu", "B", 8)
			pdf.CellFormat(160, 5, "Sous-total "+mediaFR[current], "T", 0, "R", false, 0, "")
			pdf.CellFormat(30, 5, Euros(sub), "T", 1, "R", false, 0, "")
			pdf.Ln(2)
		}
	}
	for _, r := range rows {
		if r.Media != current {
			flush()
			current, sub = r.Media, 0
			pdf.SetFont("DejaVu", "B", 9)
			pdf.CellFormat(0, 6, mediaFR[r.Media], "", 1, "L", false, 0, "")
		}
		pdf.SetFont("DejaVu", "", 8)
		pdf.CellFormat(100, 5, truncate(r.Title, 60), "", 0, "L", false, 0, "")
		pdf.CellFormat(60, 5, "Recettes brutes "+Euros(money.Cents(r.Gross)), "", 0, "R", false, 0, "")
		pdf.CellFormat(30, 5, Euros(money.Cents(r.Amount)), "", 1, "R", false, 0, "")
		sub += money.Cents(r.Amount)
		total += money.Cents(r.Amount)
	}
	flush()
	pdf.SetFont("DejaVu", "B", 10)
	pdf.CellFormat(160, 7, fmt.Sprintf("Total %d", year), "T", 0, "R", false, 0, "")
	pdf.CellFormat(30, 7, Euros(total), "T", 1, "R", false, 0, "")
	var buf bytes.Buffer
	if err := pdf.Output(&buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
