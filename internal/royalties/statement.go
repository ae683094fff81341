package royalties

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/google/uuid"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/kernel/dates"
	"github.com/postprod/postprod/internal/kernel/money"
	"github.com/postprod/postprod/internal/platform/documents"
)

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
	lines   []db.StatementLine // by title, media, territory
	titles  map[uuid.UUID]string
	works   map[uuid.UUID]db.RunWork // the waterfall of each work of the statement
	explain map[uuid.UUID][]string
}

func (s *Service) statementData(ctx context.Context, id uuid.UUID) (*statementData, error) {
	st, err := s.Statement(ctx, id)
	if err != nil {
		return nil, err
	}
	d := &statementData{st: *st, titles: map[uuid.UUID]string{}, works: map[uuid.UUID]db.RunWork{}, explain: map[uuid.UUID][]string{}}
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
	var ids []uuid.UUID
	for _, l := range d.lines {
		if !slices.Contains(ids, l.WorkID) {
			ids = append(ids, l.WorkID)
		}
	}
	if len(ids) > 0 {
		var works []db.Work
		if err := s.DB.NewSelect().Model(&works).Column("id", "title").Where("id IN (?)", bunIn(ids)).Scan(ctx); err != nil {
			return nil, err
		}
		for _, w := range works {
			d.titles[w.ID] = w.Title
		}
		var rws []db.RunWork
		if err := s.DB.NewSelect().Model(&rws).Where("run_id = ? AND work_id IN (?)", st.RunID, bunIn(ids)).Scan(ctx); err != nil {
			return nil, err
		}
		for _, rw := range rws {
			d.works[rw.WorkID] = rw
			if ex, ok := rw.Detail["explanation"].([]any); ok {
				for _, e := range ex {
					d.explain[rw.WorkID] = append(d.explain[rw.WorkID], fmt.Sprint(e))
				}
			}
		}
	}
	slices.SortStableFunc(d.lines, func(a, b db.StatementLine) int {
		if c := strings.Compare(d.titles[a.WorkID], d.titles[b.WorkID]); c != 0 {
			return c
		}
		if c := compareMedia(a.Media, b.Media); c != 0 {
			return c
		}
		return compareTerritory(a.Territory, b.Territory)
	})
	return d, nil
}

// nothingDue is why a statement line comes to 0,00 €, as the statement
// says it once for all the lines alike instead of printing them.
type nothingDue int

const (
	dueRecouped   nothingDue = iota // the net went to recoup the work's expenses
	dueCommission                   // the commission took the whole gross
	dueOffset                       // receipts and adjustments cancel out
	dueRounding                     // the share of a small net is under a cent
)

var nothingDueText = map[nothingDue]string{
	dueRecouped:   "les recettes de la période ont servi à récupérer les frais engagés (voir le détail du calcul)",
	dueCommission: "les recettes de la période sont entièrement retenues par la commission du mandataire",
	dueOffset:     "les recettes et les régularisations de la période s'annulent",
	dueRounding:   "la quote-part des recettes nettes de la période est inférieure à un centime",
}

// why a line of a work with this waterfall gives nothing.
func whyNothingDue(l db.StatementLine, rw db.RunWork) nothingDue {
	switch {
	case l.Gross == 0:
		return dueOffset
	case l.Net != 0:
		return dueRounding
	case rw.Recouped != 0:
		return dueRecouped
	}
	return dueCommission
}

// quote puts a title between French quotation marks, held to it by
// no-break spaces so that a line never starts with a lone "»".
func quote(title string) string { return "«\u00a0" + title + "\u00a0»" }

var nounWork = documents.Noun{FR: "œuvre", FRPlural: "œuvres", EN: "work", ENPlural: "works"}

// emptyLines writes, for each reason, one sentence naming the works whose
// lines come to nothing, instead of rows of 0,00 €. A work that also has
// amounts due names the lines concerned.
func emptyLines(pdf *documents.PDF, d *statementData) {
	due := map[uuid.UUID]bool{}
	for _, l := range d.lines {
		if l.Amount != 0 {
			due[l.WorkID] = true
		}
	}
	type entry struct {
		work  uuid.UUID
		where []string
	}
	byReason := map[nothingDue][]entry{}
	for _, l := range d.lines {
		if l.Amount != 0 {
			continue
		}
		r := whyNothingDue(l, d.works[l.WorkID])
		es := byReason[r]
		if n := len(es); n == 0 || es[n-1].work != l.WorkID {
			es = append(es, entry{work: l.WorkID})
		}
		if due[l.WorkID] {
			es[len(es)-1].where = append(es[len(es)-1].where, lineLabel(l.Media, l.Territory))
		}
		byReason[r] = es
	}
	if len(byReason) == 0 {
		return
	}
	pdf.Ln(4)
	pdf.Bold(10)
	pdf.TextLine(6, "Sans somme due sur la période")
	for _, r := range []nothingDue{dueRecouped, dueCommission, dueOffset, dueRounding} {
		es := byReason[r]
		if len(es) == 0 {
			continue
		}
		names := make([]string, len(es))
		for i, e := range es {
			names[i] = quote(d.titles[e.work])
			if len(e.where) > 0 {
				names[i] += " (" + strings.Join(e.where, ", ") + ")"
			}
		}
		pdf.Regular(9)
		pdf.Paragraph(4.5, nounWork.Count(int64(len(es)), documents.FR)+" : "+nothingDueText[r]+". "+strings.Join(names, ", ")+".")
		pdf.Ln(1)
	}
}

// StatementPDF renders a holder's statement for a run, in French: the
// lines with an amount due (long titles and labels wrap in their column),
// one sentence for the lines that come to nothing and why, then the
// waterfall of each work explained.
func (s *Service) StatementPDF(ctx context.Context, id uuid.UUID) ([]byte, error) {
	d, err := s.statementData(ctx, id)
	if err != nil {
		return nil, err
	}
	pdf := documents.NewPDF()
	pdf.Footer("Relevé de redevances de " + d.holder.Name + " — " + frDate(d.run.PeriodStart) + " au " + frDate(d.run.PeriodEnd))
	pdf.Header(issuer(d.org), "Relevé de redevances")
	pdf.TextLine(5, fmt.Sprintf("Période du %s au %s", documents.DateLong(d.run.PeriodStart, documents.FR), documents.DateLong(d.run.PeriodEnd, documents.FR)))
	pdf.TextLine(5, "Relevé n° "+strings.ToUpper(d.st.ID.String()[:8]))
	if d.st.IssuedAt != nil {
		pdf.TextLine(5, "Émis le "+documents.DateLong(documents.DateOf(*d.st.IssuedAt), documents.FR))
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
	table := documents.Table{Size: 8, HeadH: 6, RowH: 4, Columns: []documents.Column{
		{Title: "Œuvre", Width: 50, Align: "L"}, {Title: "Mode d'exploitation", Width: 38, Align: "L"}, {Title: "Territoire", Width: 27, Align: "L"},
		{Title: "Quote-part", Width: 19, Align: "R"}, {Title: "Recettes nettes", Width: 28, Align: "R"}, {Title: "Montant", Width: 28, Align: "R"}}}
	due := 0
	var last uuid.UUID
	for _, l := range d.lines {
		if l.Amount == 0 {
			continue
		}
		if due == 0 {
			pdf.Head(table)
		}
		due++
		share := documents.Percent(l.BasisPoints, documents.FR)
		if l.Residual {
			share = "solde résiduel"
		}
		// A work's title heads its first line only, under a faint rule.
		title := d.titles[l.WorkID]
		if l.WorkID == last {
			title = ""
		} else if due > 1 {
			pdf.SetDrawColor(200, 200, 200)
			pdf.Line(10, pdf.GetY(), 200, pdf.GetY())
			pdf.SetDrawColor(0, 0, 0)
		}
		last = l.WorkID
		pdf.WrapRow(table, title, MediaLabel(l.Media, documents.FR), TerritoryLabel(l.Territory, documents.FR),
			share, documents.Euros(l.Net), documents.Euros(l.Amount))
	}
	if due == 0 {
		pdf.Paragraph(4.5, "Aucune somme n'est due sur la période.")
	}
	pdf.Bold(9)
	pdf.Total(162, 28, 7, "T", "Total du relevé", documents.Euros(d.st.Amount))
	if d.st.Previous != nil {
		pdf.Regular(9)
		pdf.Total(162, 28, 5, "", "Déjà versé par la répartition corrigée", documents.Euros(*d.st.Previous))
		pdf.Bold(9)
		pdf.Total(162, 28, 6, "", "À régulariser", documents.Euros(d.st.Amount-*d.st.Previous))
	}
	emptyLines(pdf, d)
	pdf.Ln(5)
	pdf.KeepWithNext(30)
	pdf.Bold(10)
	pdf.TextLine(6, "Détail du calcul par œuvre")
	ids := make([]uuid.UUID, 0, len(d.explain))
	for id := range d.explain {
		ids = append(ids, id)
	}
	slices.SortFunc(ids, func(a, b uuid.UUID) int { return strings.Compare(d.titles[a], d.titles[b]) })
	for _, id := range ids {
		pdf.KeepWithNext(25)
		pdf.Bold(9)
		pdf.Paragraph(5, d.titles[id])
		pdf.Regular(8)
		for _, e := range d.explain[id] {
			pdf.Paragraph(4, e)
		}
		pdf.Ln(2)
	}
	return pdf.Bytes()
}

// StatementCSV is every line of the statement for a spreadsheet (semicolons
// and decimal commas, as French spreadsheets expect), with French headings
// and the values as people read them: the media and territory by their
// names, the share as a percentage, "oui" / "non".
func (s *Service) StatementCSV(ctx context.Context, id uuid.UUID) ([]byte, error) {
	d, err := s.statementData(ctx, id)
	if err != nil {
		return nil, err
	}
	f := documents.French
	w := documents.NewCSV(f)
	w.Row("Œuvre", "Mode d'exploitation", "Territoire", "Quote-part (%)", "Recettes brutes", "Recettes nettes", "Montant", "Résiduel")
	for _, l := range d.lines {
		share, residual := f.Amount(money.Cents(l.BasisPoints)), "non" // basis points are hundredths of a percent, as cents of a euro
		if l.Residual {
			share, residual = "", "oui"
		}
		w.Row(d.titles[l.WorkID], MediaLabel(l.Media, documents.FR), TerritoryLabel(l.Territory, documents.FR), share,
			f.Amount(l.Gross), f.Amount(l.Net), f.Amount(l.Amount), residual)
	}
	w.Row("TOTAL", "", "", "", "", "", f.Amount(d.st.Amount), "")
	return w.Bytes()
}
