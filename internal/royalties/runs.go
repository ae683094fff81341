package royalties

import (
	"context"
	"regexp"
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
// the same revenue lines or recoup the same expense twice.
func lockCatalogue(ctx context.Context, tx bun.Tx, org uuid.UUID) error {
	_, err := tx.ExecContext(ctx, "SELECT pg_advisory_xact_lock(hashtextextended(?, 11))", "royalties:"+org.String())
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

// compute replaces a draft's results: the waterfall of every work with
// receipts in the period not yet distributed (or distributed by the run
// being corrected), and one statement per holder.
func compute(ctx context.Context, tx bun.Tx, r *db.DistributionRun) error {
	for _, m := range []any{(*db.RunWork)(nil), (*db.RunRecovery)(nil), (*db.Statement)(nil)} {
		if _, err := tx.NewDelete().Model(m).Where("run_id = ?", r.ID).Exec(ctx); err != nil {
			return err
		}
	}
	if _, err := tx.ExecContext(ctx, "DELETE FROM run_revenue_lines WHERE run_id = ?", r.ID); err != nil {
		return err
	}
	sums, err := claimReceipts(ctx, tx, r)
	if err != nil {
		return err
	}
	if len(sums) == 0 {
		return nothingNew(ctx, tx, r)
	}
	byWork := map[uuid.UUID][]Receipt{}
	for _, l := range sums {
		byWork[l.WorkID] = append(byWork[l.WorkID], Receipt{Media: l.Media, Territory: l.Territory, Amount: l.Amount})
	}
	workIDs := make([]uuid.UUID, 0, len(byWork))
	for id := range byWork {
		workIDs = append(workIDs, id)
	}
	sort.Slice(workIDs, func(i, j int) bool { return workIDs[i].String() < workIDs[j].String() })
	totals := db.DistributionRun{}
	statements := map[uuid.UUID][]db.StatementLine{}
	if len(workIDs) > 0 {
		var works []db.Work
		if err := tx.NewSelect().Model(&works).Column("id", "residual_holder_id").Where("id IN (?)", bun.In(workIDs)).Scan(ctx); err != nil {
			return err
		}
		residualOf := map[uuid.UUID]uuid.UUID{}
		for _, w := range works {
			residualOf[w.ID] = w.ResidualHolderID
		}
		var hs []db.RightsHolder
		if err := tx.NewSelect().Model(&hs).Column("id", "name").Where("organisation_id = ?", r.OrganisationID).Scan(ctx); err != nil {
			return err
		}
		names := map[uuid.UUID]string{}
		for _, h := range hs {
			names[h.ID] = h.Name
		}
		var comms []db.WorkCommission
		if err := tx.NewSelect().Model(&comms).Where("work_id IN (?)", bun.In(workIDs)).Scan(ctx); err != nil {
			return err
		}
		var shares []db.RightsShare
		if err := tx.NewSelect().Model(&shares).Where("work_id IN (?)", bun.In(workIDs)).
			Where("(valid_from IS NULL OR valid_from <= ?) AND (valid_to IS NULL OR valid_to >= ?)", r.PeriodEnd, r.PeriodEnd).Scan(ctx); err != nil {
			return err
		}
		var expenses []db.RecoupableExpense
		if err := tx.NewSelect().Model(&expenses).Where("work_id IN (?) AND incurred_on <= ?", bun.In(workIDs), r.PeriodEnd).Order("incurred_on", "created_at", "id").Scan(ctx); err != nil {
			return err
		}
		// A correction replays the corrected run: what it recovered is
		// recovered again, not on top.
		earlier, err := recoveredBy(ctx, tx, r.CorrectsRunID)
		if err != nil {
			return err
		}
		in := map[uuid.UUID]*WorkInput{}
		for _, id := range workIDs {
			in[id] = &WorkInput{WorkID: id, ResidualHolder: residualOf[id], Receipts: byWork[id]}
		}
		for _, c := range comms {
			in[c.WorkID].Commissions = append(in[c.WorkID].Commissions, Commission{Media: c.Media, BasisPoints: c.BasisPoints})
		}
		for _, sh := range shares {
			in[sh.WorkID].Shares = append(in[sh.WorkID].Shares, Share{HolderID: sh.HolderID, Media: sh.Media, Territory: sh.Territory, BasisPoints: sh.BasisPoints})
		}
		for _, e := range expenses {
			in[e.WorkID].Expenses = append(in[e.WorkID].Expenses, Expense{ID: e.ID, Label: e.Label, Amount: e.Amount, Recouped: e.Recouped - earlier[e.ID]})
		}
		var runWorks []db.RunWork
		var recoveries []db.RunRecovery
		for _, id := range workIDs {
			res := Compute(*in[id])
			totals.Gross += res.Gross
			totals.Commission += res.Commission
			totals.Recouped += res.Recouped
			totals.Net += res.Net
			totals.Residual += res.Residual
			gross := map[[2]string]money.Cents{}
			net := map[[2]string]money.Cents{}
			for _, l := range res.Lines {
				gross[[2]string{string(l.Media), l.Territory}] = l.Gross
				net[[2]string{string(l.Media), l.Territory}] = l.Net
			}
			shared := map[[2]string]money.Cents{}
			for _, h := range res.Holders {
				k := [2]string{string(h.Media), h.Territory}
				shared[k] += h.Amount
				statements[h.HolderID] = append(statements[h.HolderID], db.StatementLine{WorkID: id, Media: h.Media, Territory: h.Territory,
					BasisPoints: h.BasisPoints, Gross: gross[k], Net: net[k], Amount: h.Amount})
			}
			// What no share covers on a line goes to the work's residual holder.
			for _, l := range res.Lines {
				k := [2]string{string(l.Media), l.Territory}
				if rest := l.Net - shared[k]; rest != 0 {
					statements[residualOf[id]] = append(statements[residualOf[id]], db.StatementLine{WorkID: id, Media: l.Media, Territory: l.Territory,
						Gross: l.Gross, Net: l.Net, Amount: rest, Residual: true})
				}
			}
			// The waterfall names holders by id; statements are read by people.
			for i, e := range res.Explanation {
				res.Explanation[i] = uuidRe.ReplaceAllStringFunc(e, func(m string) string {
					if n, ok := names[uuid.MustParse(m)]; ok {
						return n
					}
					return m
				})
			}
			runWorks = append(runWorks, db.RunWork{RunID: r.ID, WorkID: id, Gross: res.Gross, Commission: res.Commission, Recouped: res.Recouped,
				Net: res.Net, Residual: res.Residual, Detail: map[string]any{"explanation": res.Explanation, "lines": res.Lines}})
			// Written as they come: a run's details need not all sit in memory.
			if len(runWorks) == insertChunk {
				if err := insertChunked(ctx, tx, runWorks); err != nil {
					return err
				}
				runWorks = runWorks[:0]
			}
			for _, rc := range res.Recoveries {
				if rc.Recovered != 0 {
					recoveries = append(recoveries, db.RunRecovery{RunID: r.ID, ExpenseID: rc.ExpenseID, Recovered: rc.Recovered, Remaining: rc.RemainingAfter})
				}
			}
		}
		if err := insertChunked(ctx, tx, runWorks); err != nil {
			return err
		}
		if err := insertChunked(ctx, tx, recoveries); err != nil {
			return err
		}
	}
	holderIDs := make([]uuid.UUID, 0, len(statements))
	for h := range statements {
		holderIDs = append(holderIDs, h)
	}
	sort.Slice(holderIDs, func(i, j int) bool { return holderIDs[i].String() < holderIDs[j].String() })
	var previous map[uuid.UUID]money.Cents
	if r.CorrectsRunID != nil {
		var old []db.Statement
		if err := tx.NewSelect().Model(&old).Where("run_id = ?", *r.CorrectsRunID).Scan(ctx); err != nil {
			return err
		}
		previous = map[uuid.UUID]money.Cents{}
		for _, o := range old {
			previous[o.HolderID] = o.Amount
		}
	}
	sts := make([]db.Statement, 0, len(holderIDs))
	for _, h := range holderIDs {
		st := db.Statement{ID: uuid.New(), OrganisationID: r.OrganisationID, RunID: r.ID, HolderID: h}
		for i := range statements[h] {
			st.Amount += statements[h][i].Amount
			statements[h][i].StatementID = st.ID
		}
		if previous != nil {
			prev := previous[h]
			st.Previous = &prev
		}
		totals.Holders += st.Amount
		sts = append(sts, st)
	}
	if err := insertChunked(ctx, tx, sts); err != nil {
		return err
	}
	if err := insertStatementLines(ctx, tx, holderIDs, statements); err != nil {
		return err
	}
	now := time.Now()
	r.Gross, r.Commission, r.Recouped, r.Net, r.Residual, r.Holders, r.ComputedAt = totals.Gross, totals.Commission, totals.Recouped, totals.Net, totals.Residual, totals.Holders, &now
	_, err = tx.NewUpdate().Model(r).Column("gross_cents", "commission_cents", "recouped_cents", "net_cents", "residual_cents", "holders_cents", "computed_at").WherePK().Exec(ctx)
	return err
}

// nothingNew refuses a run without receipts: it would only make 0,00 €
// statements. It says whether the period's receipts were all distributed
// already or none was recorded.
func nothingNew(ctx context.Context, tx bun.Tx, r *db.DistributionRun) error {
	done, err := tx.NewSelect().Model((*db.RevenueLine)(nil)).
		Where("organisation_id = ? AND period_end BETWEEN ? AND ?", r.OrganisationID, r.PeriodStart, r.PeriodEnd).Exists(ctx)
	if err != nil {
		return err
	}
	if done {
		return apperr.Invalid("periodStart",
			"Rien de nouveau à répartir sur cette période : toutes ses recettes ont déjà été réparties. Pour corriger une répartition émise, créez une répartition corrective.",
			"Nothing new to distribute over this period: all its receipts have already been distributed. To correct an issued run, create a correcting run.")
	}
	return apperr.Invalid("periodStart",
		"Rien de nouveau à répartir sur cette période : aucune recette n'y est enregistrée.",
		"Nothing new to distribute over this period: no receipts are recorded in it.")
}

var uuidRe = regexp.MustCompile(`[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`)

// recoveredBy is what a run (the one a correction corrects) recovered of
// each expense; empty without a run.
func recoveredBy(ctx context.Context, tx bun.Tx, runID *uuid.UUID) (map[uuid.UUID]money.Cents, error) {
	out := map[uuid.UUID]money.Cents{}
	if runID == nil {
		return out, nil
	}
	var recs []db.RunRecovery
	if err := tx.NewSelect().Model(&recs).Where("run_id = ?", *runID).Scan(ctx); err != nil {
		return nil, err
	}
	for _, rc := range recs {
		out[rc.ExpenseID] = rc.Recovered
	}
	return out, nil
}

// insertChunk is the rows of one INSERT.
const insertChunk = 2000

func insertChunked[T any](ctx context.Context, tx bun.Tx, rows []T) error {
	for i := 0; i < len(rows); i += insertChunk {
		chunk := rows[i:min(i+insertChunk, len(rows))]
		if _, err := tx.NewInsert().Model(&chunk).Exec(ctx); err != nil {
			return err
		}
	}
	return nil
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
	if _, err := tx.ExecContext(ctx, "UPDATE revenue_lines SET run_id = ? WHERE id IN (SELECT line_id FROM run_revenue_lines WHERE run_id = ?)", r.ID, r.ID); err != nil {
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
	err = s.DB.NewRaw(`
		SELECT l.id AS line_id, l.media, l.territory, l.amount_cents AS amount,
		       COALESCE(to_char(rv.period_end, 'YYYY') || '-T' || to_char(rv.period_end, 'Q'),
		                to_char(r.period_end, 'YYYY') || '-T' || to_char(r.period_end, 'Q')) AS quarter,
		       COALESCE(sum(rv.amount_eur_cents), 0)::bigint AS weight
		FROM statement_lines l
		JOIN statements st ON st.id = l.statement_id
		JOIN distribution_runs r ON r.id = st.run_id
		LEFT JOIN run_revenue_lines rrl ON rrl.run_id = st.run_id
		LEFT JOIN revenue_lines rv ON rv.id = rrl.line_id AND rv.work_id = l.work_id AND rv.media = l.media AND rv.territory = l.territory
		WHERE st.holder_id IN (?) AND st.issued_at IS NOT NULL AND st.organisation_id = ?
		  AND (rv.id IS NOT NULL OR NOT EXISTS (
		       SELECT 1 FROM run_revenue_lines x JOIN revenue_lines y ON y.id = x.line_id
		       WHERE x.run_id = st.run_id AND y.work_id = l.work_id AND y.media = l.media AND y.territory = l.territory))
		GROUP BY l.id, l.media, l.territory, l.amount_cents, 5
		ORDER BY l.id, 5`, bun.In(ids), sc.p.OrganisationID).Scan(ctx, &rows)
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
