package royalties

import (
	"context"
	"sort"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/auth"
	"github.com/postprod/postprod/internal/kernel/apperr"
	"github.com/postprod/postprod/internal/kernel/dates"
	"github.com/postprod/postprod/internal/kernel/money"
	"github.com/postprod/postprod/internal/kernel/page"
	"github.com/postprod/postprod/internal/notifications"
	"github.com/postprod/postprod/internal/platform/service"
)

// Runs are the staff's: a holder sees their statements, not the runs.
func (s *Service) Runs(ctx context.Context, a page.Args) ([]*db.DistributionRun, page.Info, error) {
	p, err := auth.Authorize(ctx, SeesRuns)
	if err != nil {
		return nil, page.Info{}, err
	}
	q := s.DB.NewSelect().Where("distribution_run.organisation_id = ?", p.OrganisationID).Order("distribution_run.period_end DESC", "distribution_run.created_at DESC")
	return page.Fetch[*db.DistributionRun](ctx, q, a)
}

func (s *Service) Run(ctx context.Context, id uuid.UUID) (*db.DistributionRun, error) {
	p, err := auth.Authorize(ctx, SeesRuns)
	if err != nil {
		return nil, err
	}
	return run(ctx, s.DB, p.OrganisationID, id, false)
}

func run(ctx context.Context, idb bun.IDB, org, id uuid.UUID, lock bool) (*db.DistributionRun, error) {
	r := new(db.DistributionRun)
	q := idb.NewSelect().Model(r).Where("id = ? AND organisation_id = ?", id, org)
	if lock {
		q = q.For("UPDATE")
	}
	if err := q.Scan(ctx); err != nil {
		return nil, apperr.Missing(err, "répartition")
	}
	return r, nil
}

// lockCatalogue serialises runs of an organisation: two runs must not claim
// the same revenue lines or recoup the same expense twice. Revenue lines are
// recorded under it too (lockCatalogueShared): a run's mark then takes in
// every line numbered up to it (runclaim.go).
func lockCatalogue(ctx context.Context, tx bun.Tx, org uuid.UUID) error {
	_, err := tx.ExecContext(ctx, "SELECT pg_advisory_xact_lock(hashtextextended(?, 11))", "royalties:"+org.String())
	return err
}

// lockCatalogueShared lets revenue lines be recorded side by side, never
// while a run is computed or issued.
func lockCatalogueShared(ctx context.Context, tx bun.Tx, org uuid.UUID) error {
	_, err := tx.ExecContext(ctx, "SELECT pg_advisory_xact_lock_shared(hashtextextended(?, 11))", "royalties:"+org.String())
	return err
}

// CreateRun opens a DRAFT run for a period and computes it. A correction
// names the issued run it corrects and recomputes its lines.
func (s *Service) CreateRun(ctx context.Context, start, end dates.Date, corrects *uuid.UUID) (*db.DistributionRun, error) {
	var r *db.DistributionRun
	err := service.Run(ctx, s.DB, CanDistribute, func(c *service.Call) error {
		tx, p := c.Tx, c.P
		if end.Before(start) {
			return apperr.Invalid("periodEnd", "La fin de période précède le début.", "The period ends before it starts.")
		}
		r = &db.DistributionRun{OrganisationID: p.OrganisationID, PeriodStart: start, PeriodEnd: end, Status: db.DistributionRunStatusDraft, CorrectsRunID: corrects}
		if err := lockCatalogue(ctx, tx, p.OrganisationID); err != nil {
			return err
		}
		if corrects != nil {
			old, err := run(ctx, tx, p.OrganisationID, *corrects, false)
			if err != nil {
				return err
			}
			if old.Status != db.DistributionRunStatusIssued {
				return apperr.Invalid("correctsRunId", "Seule une répartition émise se corrige ; un brouillon se recalcule.", "Only an issued run is corrected; a draft is recomputed.")
			}
		}
		if _, err := tx.NewInsert().Model(r).Returning("*").Exec(ctx); err != nil {
			return err
		}
		return compute(ctx, tx, r)
	})
	return r, err
}

func (s *Service) Recompute(ctx context.Context, id uuid.UUID) (*db.DistributionRun, error) {
	var r *db.DistributionRun
	err := service.Run(ctx, s.DB, CanDistribute, func(c *service.Call) error {
		tx, p := c.Tx, c.P
		if err := lockCatalogue(ctx, tx, p.OrganisationID); err != nil {
			return err
		}
		var err error
		if r, err = run(ctx, tx, p.OrganisationID, id, true); err != nil {
			return err
		}
		if r.Status != db.DistributionRunStatusDraft {
			return apperr.Invalid("status", "Seul un brouillon se recalcule.", "Only a draft can be recomputed.")
		}
		return compute(ctx, tx, r)
	})
	return r, err
}

func (s *Service) Approve(ctx context.Context, id uuid.UUID) (*db.DistributionRun, error) {
	var r *db.DistributionRun
	err := service.Run(ctx, s.DB, CanDistribute, func(c *service.Call) error {
		tx, p := c.Tx, c.P
		var err error
		if r, err = run(ctx, tx, p.OrganisationID, id, true); err != nil {
			return err
		}
		if r.Status != db.DistributionRunStatusDraft {
			return apperr.Invalid("status", "Seul un brouillon s'approuve.", "Only a draft can be approved.")
		}
		now := time.Now()
		r.Status, r.ApprovedBy, r.ApprovedAt = db.DistributionRunStatusApproved, p.ActorID(), &now
		_, err = tx.NewUpdate().Model(r).Column("status", "approved_by", "approved_at").WherePK().Exec(ctx)
		return err
	})
	return r, err
}

// Issue freezes an approved run: its revenue lines are distributed, the
// expenses' recovery is booked, and its statements can never change.
func (s *Service) Issue(ctx context.Context, id uuid.UUID) (*db.DistributionRun, error) {
	var r *db.DistributionRun
	err := service.Run(ctx, s.DB, CanDistribute, func(c *service.Call) error {
		tx, p := c.Tx, c.P
		if err := lockCatalogue(ctx, tx, p.OrganisationID); err != nil {
			return err
		}
		var err error
		if r, err = run(ctx, tx, p.OrganisationID, id, true); err != nil {
			return err
		}
		if r.Status != db.DistributionRunStatusApproved {
			return apperr.Invalid("status", "Seule une répartition approuvée s'émet.", "Only an approved run can be issued.")
		}
		return issue(ctx, tx, r, p, s.Notify)
	})
	return r, err
}

// issue freezes r; nf tells each holder of their statement (nil: nobody,
// as for the demo's data).
func issue(ctx context.Context, tx bun.Tx, r *db.DistributionRun, p *auth.Principal, nf *notifications.Notifier) error {
	if err := markDistributed(ctx, tx, r); err != nil {
		return err
	}
	prev, err := recoveredBy(ctx, tx, r.CorrectsRunID)
	if err != nil {
		return err
	}
	var recs []db.RunRecovery
	if err := tx.NewSelect().Model(&recs).Where("run_id = ?", r.ID).Scan(ctx); err != nil {
		return err
	}
	for _, rc := range recs {
		if _, err := tx.NewUpdate().Model((*db.RecoupableExpense)(nil)).Set("recouped_cents = recouped_cents + ?", rc.Recovered-prev[rc.ExpenseID]).
			Where("id = ?", rc.ExpenseID).Exec(ctx); err != nil {
			return err
		}
	}
	now := time.Now()
	var sts []db.Statement
	if err := tx.NewUpdate().Model(&sts).Set("issued_at = ?", now).Where("run_id = ?", r.ID).Returning("*").Scan(ctx); err != nil && !apperr.NoRows(err) {
		return err
	}
	for i := range sts {
		if err := emitStatement(ctx, tx, p, &sts[i]); err != nil {
			return err
		}
		if err := notifyStatement(ctx, tx, nf, r, &sts[i]); err != nil {
			return err
		}
	}
	r.Status, r.IssuedAt = db.DistributionRunStatusIssued, &now
	_, err = tx.NewUpdate().Model(r).Column("status", "issued_at").WherePK().Exec(ctx)
	return err
}

// IssueRun computes, approves and issues a run in one go, for the demo
// data: the caller holds the transaction.
func IssueRun(ctx context.Context, tx bun.Tx, org uuid.UUID, start, end dates.Date, actor uuid.UUID) error {
	if err := lockCatalogue(ctx, tx, org); err != nil {
		return err
	}
	r := &db.DistributionRun{OrganisationID: org, PeriodStart: start, PeriodEnd: end, Status: db.DistributionRunStatusApproved, ApprovedBy: &actor}
	if _, err := tx.NewInsert().Model(r).Returning("*").Exec(ctx); err != nil {
		return err
	}
	if err := compute(ctx, tx, r); err != nil {
		return err
	}
	return issue(ctx, tx, r, &auth.Principal{UserID: actor, OrganisationID: org}, nil)
}

// Statements: a holder's issued statements, or all for the staff.
func (s *Service) Statements(ctx context.Context, a page.Args) ([]*db.Statement, page.Info, error) {
	sc, err := s.scope(ctx)
	if err != nil {
		return nil, page.Info{}, err
	}
	q := sc.statements(s.DB.NewSelect()).Order("statement.issued_at DESC", "statement.id")
	return page.Fetch[*db.Statement](ctx, q, a)
}

func (s *Service) Statement(ctx context.Context, id uuid.UUID) (*db.Statement, error) {
	sc, err := s.scope(ctx)
	if err != nil {
		return nil, err
	}
	st := new(db.Statement)
	if err := sc.statements(s.DB.NewSelect().Model(st)).Where("statement.id = ?", id).Scan(ctx); err != nil {
		return nil, apperr.Missing(err, "relevé")
	}
	return st, nil
}

// RevenuePoint is a holder's issued earnings for a quarter, media and territory.
type RevenuePoint struct {
	Period    string
	Media     db.Media
	Territory string
	Amount    money.Cents
}

// HolderRevenue is a holder's issued earnings by quarter, media and
// territory. A statement line covers all the receipts of its (work, media,
// territory) in the run; it is spread over the quarters those receipts
// belong to, in proportion to them and to the cent, so the quarters add up
// to the statements.
func (s *Service) HolderRevenue(ctx context.Context, holderID *uuid.UUID) ([]RevenuePoint, error) {
	sc, err := s.scope(ctx)
	if err != nil {
		return nil, err
	}
	var ids []uuid.UUID
	switch {
	case holderID != nil && (sc.all || containsID(sc.holders, *holderID)):
		ids = []uuid.UUID{*holderID}
	case holderID != nil:
		return nil, apperr.NotFoundErr("ayant droit")
	case sc.all:
		return nil, apperr.Invalid("holderId", "Précisez l'ayant droit.", "Name the rights holder.")
	default:
		ids = sc.holders
	}
	out := []RevenuePoint{}
	if len(ids) == 0 {
		return out, nil
	}
	var rows []struct {
		LineID    int64
		Media     db.Media
		Territory string
		Amount    int64
		Quarter   string
		Weight    int64
	}
	// A statement line's receipts are its run's lines (see runclaim.go) of
	// the same work, media and territory.
	err = s.DB.NewRaw(`
		WITH RECURSIVE `+lineage+`
		SELECT l.id AS line_id, l.media, l.territory, l.amount_cents AS amount,
		       COALESCE(to_char(rv.period_end, 'YYYY') || '-T' || to_char(rv.period_end, 'Q'),
		                to_char(r.period_end, 'YYYY') || '-T' || to_char(r.period_end, 'Q')) AS quarter,
		       COALESCE(sum(rv.amount_eur_cents), 0)::bigint AS weight
		FROM statement_lines l
		JOIN statements st ON st.id = l.statement_id
		JOIN distribution_runs r ON r.id = st.run_id
		LEFT JOIN (lineage g JOIN revenue_lines rv ON rv.run_id = g.run_id)
		       ON g.root = r.id AND rv.organisation_id = r.organisation_id AND rv.work_id = l.work_id AND rv.media = l.media AND rv.territory = l.territory
		      AND rv.period_end BETWEEN r.period_start AND r.period_end AND rv.seq <= r.claimed_through
		WHERE st.holder_id IN (?) AND st.issued_at IS NOT NULL AND st.organisation_id = ?
		GROUP BY l.id, l.media, l.territory, l.amount_cents, 5
		ORDER BY l.id, 5`, sc.p.OrganisationID, bun.In(ids), sc.p.OrganisationID).Scan(ctx, &rows)
	if err != nil {
		return nil, err
	}
	sums := map[[3]string]money.Cents{}
	for i := 0; i < len(rows); {
		j := i
		for j < len(rows) && rows[j].LineID == rows[i].LineID {
			j++
		}
		group := rows[i:j]
		weights := make([]int64, len(group))
		usable := true
		var total int64
		for k, g := range group {
			weights[k] = g.Weight
			total += g.Weight
			usable = usable && g.Weight >= 0
		}
		parts := make([]money.Cents, len(group))
		if usable && total > 0 {
			parts = LargestRemainder(money.Cents(group[0].Amount), weights)
		} else {
			// Refunds mixed in, or no receipts: the last quarter takes it all.
			parts[len(parts)-1] = money.Cents(group[0].Amount)
		}
		for k, g := range group {
			sums[[3]string{g.Quarter, string(g.Media), g.Territory}] += parts[k]
		}
		i = j
	}
	for k, v := range sums {
		out = append(out, RevenuePoint{Period: k[0], Media: db.Media(k[1]), Territory: k[2], Amount: v})
	}
	sort.Slice(out, func(a, b int) bool {
		if out[a].Period != out[b].Period {
			return out[a].Period < out[b].Period
		}
		if out[a].Media != out[b].Media {
			return out[a].Media < out[b].Media
		}
		return out[a].Territory < out[b].Territory
	})
	return out, nil
}

func containsID(ids []uuid.UUID, id uuid.UUID) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}
