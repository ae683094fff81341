package royalties

import (
	"context"
	"fmt"
	"math/big"
	"strings"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/auth"
	"github.com/postprod/postprod/internal/kernel/apperr"
	"github.com/postprod/postprod/internal/kernel/dates"
	"github.com/postprod/postprod/internal/kernel/money"
	"github.com/postprod/postprod/internal/kernel/page"
	"github.com/postprod/postprod/internal/kernel/validate"
	"github.com/postprod/postprod/internal/platform/service"
)

type RevenueFilter struct {
	WorkID   *uuid.UUID
	Source   *string
	From, To *dates.Date
}

// RevenueLines: the staff see all; a holder, the lines of their works.
func (s *Service) RevenueLines(ctx context.Context, f RevenueFilter, a page.Args) ([]*db.RevenueLine, page.Info, error) {
	sc, err := s.scope(ctx)
	if err != nil {
		return nil, page.Info{}, err
	}
	q := s.DB.NewSelect().Where("revenue_line.organisation_id = ?", sc.p.OrganisationID).
		Where("revenue_line.work_id IN (?)", sc.works(s.DB.NewSelect().Model((*db.Work)(nil)).Column("work.id")))
	if f.WorkID != nil {
		q = q.Where("revenue_line.work_id = ?", *f.WorkID)
	}
	if f.Source != nil {
		q = q.Where("revenue_line.source = ?", *f.Source)
	}
	if f.From != nil {
		q = q.Where("revenue_line.period_end >= ?", *f.From)
	}
	if f.To != nil {
		q = q.Where("revenue_line.period_start <= ?", *f.To)
	}
	return page.Fetch[*db.RevenueLine](ctx, q.Order("revenue_line.period_end DESC", "revenue_line.id"), a)
}

// ParseRate reads a rate to EUR with at most six decimals, as micros.
func ParseRate(s string) (int64, error) {
	r, ok := new(big.Rat).SetString(strings.ReplaceAll(strings.TrimSpace(s), ",", "."))
	if !ok || r.Sign() <= 0 {
		return 0, apperr.Invalid("rateToEur", "Taux de change invalide.", "Invalid exchange rate.")
	}
	r.Mul(r, big.NewRat(1_000_000, 1))
	if !r.IsInt() || !r.Num().IsInt64() {
		return 0, apperr.Invalid("rateToEur", "Taux de change à six décimales au plus.", "Exchange rate with at most six decimals.")
	}
	return r.Num().Int64(), nil
}

// FormatRate writes a rate in micros back as ParseRate reads it, without
// trailing zeros ("1.0825", "1").
func FormatRate(micros int64) string {
	return strings.TrimRight(strings.TrimRight(fmt.Sprintf("%d.%06d", micros/1_000_000, micros%1_000_000), "0"), ".")
}

// ToEUR converts with the rate in micros, half up away from zero.
func ToEUR(amount money.Cents, rateMicros int64) money.Cents {
	v := new(big.Int).Mul(big.NewInt(int64(amount)), big.NewInt(rateMicros))
	half := big.NewInt(500_000)
	if v.Sign() < 0 {
		v.Sub(v, half)
	} else {
		v.Add(v, half)
	}
	return money.Cents(v.Quo(v, big.NewInt(1_000_000)).Int64())
}

type LineInput struct {
	WorkID            uuid.UUID
	Source            string
	Media             db.Media
	Territory         string
	PeriodStart       dates.Date
	PeriodEnd         dates.Date
	Amount            money.Cents
	Currency, Rate    *string
	ExternalReference string
}

func (s *Service) AddLine(ctx context.Context, in LineInput) (*db.RevenueLine, error) {
	p, err := auth.Authorize(ctx, CanImportRevenue)
	if err != nil {
		return nil, err
	}
	l := &db.RevenueLine{OrganisationID: p.OrganisationID, WorkID: in.WorkID, Media: in.Media, PeriodStart: in.PeriodStart, PeriodEnd: in.PeriodEnd,
		Amount: in.Amount, Currency: "EUR", RateMicros: 1_000_000}
	if l.Source, err = validate.Required("source", in.Source, 200); err != nil {
		return nil, err
	}
	if l.ExternalReference, err = validate.Required("externalReference", in.ExternalReference, 200); err != nil {
		return nil, err
	}
	l.Territory = strings.ToUpper(strings.TrimSpace(in.Territory))
	if !validTerritory(l.Territory) {
		return nil, apperr.Invalid("territory", "Territoire attendu en code ISO 3166 (FR, BE…) ou WORLD.", "Territory expected as an ISO 3166 code (FR, BE…) or WORLD.")
	}
	if in.PeriodEnd.Before(in.PeriodStart) {
		return nil, apperr.Invalid("periodEnd", "La fin de période précède le début.", "The period ends before it starts.")
	}
	if in.Currency != nil && strings.TrimSpace(*in.Currency) != "" {
		l.Currency = strings.ToUpper(strings.TrimSpace(*in.Currency))
		if len(l.Currency) != 3 || strings.Trim(l.Currency, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != "" {
			return nil, apperr.Invalid("currency", "Devise attendue en code ISO 4217 (EUR, USD…).", "Currency expected as an ISO 4217 code (EUR, USD…).")
		}
	}
	if l.Currency != "EUR" {
		if in.Rate == nil {
			return nil, apperr.Invalid("rateToEur", "Le taux vers l'euro est obligatoire pour une autre devise.", "The rate to EUR is required for another currency.")
		}
		if l.RateMicros, err = ParseRate(*in.Rate); err != nil {
			return nil, err
		}
	}
	l.AmountEUR = ToEUR(l.Amount, l.RateMicros)
	err = service.Run(ctx, s.DB, CanImportRevenue, func(c *service.Call) error {
		// Under the catalogue lock: a run computed meanwhile must not
		// miss a line numbered below its mark (runclaim.go).
		if err := lockCatalogueShared(ctx, c.Tx, p.OrganisationID); err != nil {
			return err
		}
		if ok, err := c.Tx.NewSelect().Model((*db.Work)(nil)).Where("id = ? AND organisation_id = ?", in.WorkID, p.OrganisationID).Exists(ctx); err != nil || !ok {
			return apperr.Or(err, apperr.Invalid("workId", "Œuvre inconnue.", "Unknown work."))
		}
		res, err := c.Tx.NewInsert().Model(l).On("CONFLICT (organisation_id, source, external_reference) DO NOTHING").Returning("*").Exec(ctx)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return apperr.New(apperr.Conflict, "externalReference", "Cette ligne a déjà été saisie (même source et même référence).", "This line was already recorded (same source and reference).")
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return l, nil
}

// Preview is what an import would do.
type Preview struct {
	Rows       []ImportRow
	WorkIDs    []uuid.UUID
	Errors     []RowError
	Duplicates int
	TotalEUR   money.Cents
}

// preview parses a statement and resolves its works by ISAN, id or title;
// rows already imported (same source and reference) are counted apart.
func (s *Service) preview(ctx context.Context, idb bun.IDB, org uuid.UUID, source, csv string) (*Preview, error) {
	rows, errs, err := ParseStatement(strings.NewReader(csv))
	if ae, ok := apperr.As(err); ok {
		return nil, ae
	} else if err != nil {
		return nil, apperr.Invalid("csv", "Fichier illisible.", "Unreadable file.")
	}
	pv := &Preview{Errors: errs}
	var works []db.Work
	if err := idb.NewSelect().Model(&works).Column("id", "title", "isan").Where("organisation_id = ?", org).Scan(ctx); err != nil {
		return nil, err
	}
	byKey := map[string]uuid.UUID{}
	for _, w := range works {
		if w.Isan != "" {
			byKey["isan:"+isanRoot(w.Isan)] = w.ID
		}
		byKey["ref:"+w.ID.String()] = w.ID
		byKey["ref:"+strings.ToLower(w.Title)] = w.ID
	}
	var refs []string
	for _, r := range rows {
		refs = append(refs, r.Reference)
	}
	done := map[string]bool{}
	if len(refs) > 0 {
		var existing []string
		if err := idb.NewSelect().Model((*db.RevenueLine)(nil)).Column("external_reference").
			Where("organisation_id = ? AND source = ? AND external_reference IN (?)", org, source, bun.In(refs)).Scan(ctx, &existing); err != nil {
			return nil, err
		}
		for _, e := range existing {
			done[e] = true
		}
	}
	for _, r := range rows {
		var id uuid.UUID
		var ok bool
		if r.WorkISAN != "" {
			id, ok = byKey["isan:"+isanRoot(r.WorkISAN)]
		} else {
			id, ok = byKey["ref:"+strings.ToLower(strings.TrimSpace(r.WorkRef))]
		}
		if !ok {
			pv.Errors = append(pv.Errors, RowError{Line: r.Line, Field: "work", MessageFR: "Œuvre inconnue du catalogue.", MessageEN: "Work not in the catalogue."})
			continue
		}
		if done[r.Reference] {
			pv.Duplicates++
			continue
		}
		pv.Rows = append(pv.Rows, r)
		pv.WorkIDs = append(pv.WorkIDs, id)
		pv.TotalEUR += r.AmountEUR
	}
	return pv, nil
}

func (s *Service) Preview(ctx context.Context, source, csv string) (*Preview, error) {
	p, err := auth.Authorize(ctx, CanImportRevenue)
	if err != nil {
		return nil, err
	}
	if source, err = validate.Required("source", source, 200); err != nil {
		return nil, err
	}
	return s.preview(ctx, s.DB, p.OrganisationID, source, csv)
}

// Import writes every row or none: any invalid row refuses the file.
func (s *Service) Import(ctx context.Context, source, csv, fileName string) (imported, duplicates int, err error) {
	err = service.Run(ctx, s.DB, CanImportRevenue, func(c *service.Call) error {
		tx, p := c.Tx, c.P
		var err error
		if source, err = validate.Required("source", source, 200); err != nil {
			return err
		}
		if err := lockCatalogue(ctx, tx, p.OrganisationID); err != nil {
			return err
		}
		pv, err := s.preview(ctx, tx, p.OrganisationID, source, csv)
		if err != nil {
			return err
		}
		if len(pv.Errors) > 0 {
			e := pv.Errors[0]
			return apperr.Invalid("csv",
				fmt.Sprintf("Import refusé : %d ligne(s) invalide(s), dont la ligne %d (%s) : %s", len(pv.Errors), e.Line, e.Field, e.MessageFR),
				fmt.Sprintf("Import refused: %d invalid row(s), including line %d (%s): %s", len(pv.Errors), e.Line, e.Field, e.MessageEN))
		}
		duplicates = pv.Duplicates
		imp := &db.RevenueImport{OrganisationID: p.OrganisationID, Source: source, FileName: fileName, Rows: len(pv.Rows), Skipped: pv.Duplicates, CreatedBy: p.ActorID()}
		if _, err := tx.NewInsert().Model(imp).Returning("id").Exec(ctx); err != nil {
			return err
		}
		lines := make([]db.RevenueLine, len(pv.Rows))
		for i, r := range pv.Rows {
			lines[i] = db.RevenueLine{OrganisationID: p.OrganisationID, WorkID: pv.WorkIDs[i], Source: source, Media: r.Media, Territory: r.Territory,
				PeriodStart: r.PeriodStart, PeriodEnd: r.PeriodEnd, Amount: r.Amount, Currency: r.Currency, RateMicros: r.RateMicros,
				AmountEUR: r.AmountEUR, ExternalReference: r.Reference, ImportID: &imp.ID}
		}
		imported = len(lines)
		return insertChunked(ctx, tx, lines)
	})
	return imported, duplicates, err
}

// isanRoot is the work's root and first check character: a statement may
// quote the ISAN with or without its version part.
func isanRoot(s string) string {
	s = strings.NewReplacer("-", "", " ", "").Replace(strings.TrimPrefix(strings.ToUpper(strings.TrimSpace(s)), "ISAN"))
	return s[:min(17, len(s))]
}
