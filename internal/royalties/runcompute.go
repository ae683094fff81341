package royalties

import (
	"context"
	"regexp"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"
	"github.com/uptrace/bun/dialect/pgdialect"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/kernel/apperr"
	"github.com/postprod/postprod/internal/kernel/money"
)

// compute replaces a draft's results: the waterfall of every work with
// receipts in the period not yet distributed (or distributed by the run
// being corrected), and one statement per holder. The receipts come work
// after work from the database, summed, and each work's waterfall is
// written as it comes (runWriter): a run's memory grows with its statement
// lines only, kept compact, never with its revenue lines (issue 13).
func compute(ctx context.Context, tx bun.Tx, r *db.DistributionRun) error {
	for _, m := range []any{(*db.RunWork)(nil), (*db.RunRecovery)(nil), (*db.Statement)(nil)} {
		if _, err := tx.NewDelete().Model(m).Where("run_id = ?", r.ID).Exec(ctx); err != nil {
			return err
		}
	}
	var err error
	if r.ClaimedThrough, err = claimMark(ctx, tx); err != nil {
		return err
	}
	w, err := newRunWriter(ctx, tx, r)
	if err != nil {
		return err
	}
	lines, err := streamReceipts(ctx, tx, r, func(work uuid.UUID, receipts []Receipt) error { return w.work(ctx, tx, work, receipts) })
	if err != nil {
		return err
	}
	if lines == 0 {
		return nothingNew(ctx, tx, r)
	}
	if err := w.finish(ctx, tx); err != nil {
		return err
	}
	t := w.totals
	now := time.Now()
	r.Gross, r.Commission, r.Recouped, r.Net, r.Residual, r.Holders, r.ClaimedLines, r.ComputedAt = t.Gross, t.Commission, t.Recouped, t.Net, t.Residual, t.Holders, lines, &now
	_, err = tx.NewUpdate().Model(r).Column("gross_cents", "commission_cents", "recouped_cents", "net_cents", "residual_cents", "holders_cents",
		"claimed_through", "claimed_lines", "computed_at").WherePK().Exec(ctx)
	return err
}

// catalogue is what the waterfalls of an organisation's works need besides
// their receipts, by work.
type catalogue struct {
	residual    map[uuid.UUID]uuid.UUID
	names       map[uuid.UUID]string // holders'
	commissions map[uuid.UUID][]Commission
	shares      map[uuid.UUID][]Share
	expenses    map[uuid.UUID][]Expense
}

// loadCatalogue reads the organisation's works, holders, commissions,
// shares valid at the end of the period and expenses incurred by then,
// with what the corrected run (if any) recovered deducted: a correction
// replays it, so what it recovered is recovered again, not on top.
func loadCatalogue(ctx context.Context, tx bun.Tx, r *db.DistributionRun) (*catalogue, error) {
	org := r.OrganisationID
	c := &catalogue{residual: map[uuid.UUID]uuid.UUID{}, names: map[uuid.UUID]string{},
		commissions: map[uuid.UUID][]Commission{}, shares: map[uuid.UUID][]Share{}, expenses: map[uuid.UUID][]Expense{}}
	var works []db.Work
	if err := tx.NewSelect().Model(&works).Column("id", "residual_holder_id").Where("organisation_id = ?", org).Scan(ctx); err != nil {
		return nil, err
	}
	for _, w := range works {
		c.residual[w.ID] = w.ResidualHolderID
	}
	var hs []db.RightsHolder
	if err := tx.NewSelect().Model(&hs).Column("id", "name").Where("organisation_id = ?", org).Scan(ctx); err != nil {
		return nil, err
	}
	for _, h := range hs {
		c.names[h.ID] = h.Name
	}
	var comms []db.WorkCommission
	if err := tx.NewSelect().Model(&comms).Where("organisation_id = ?", org).Scan(ctx); err != nil {
		return nil, err
	}
	for _, cm := range comms {
		c.commissions[cm.WorkID] = append(c.commissions[cm.WorkID], Commission{Media: cm.Media, BasisPoints: cm.BasisPoints})
	}
	var shares []db.RightsShare
	if err := tx.NewSelect().Model(&shares).Where("organisation_id = ?", org).
		Where("(valid_from IS NULL OR valid_from <= ?) AND (valid_to IS NULL OR valid_to >= ?)", r.PeriodEnd, r.PeriodEnd).Scan(ctx); err != nil {
		return nil, err
	}
	for _, sh := range shares {
		c.shares[sh.WorkID] = append(c.shares[sh.WorkID], Share{HolderID: sh.HolderID, Media: sh.Media, Territory: sh.Territory, BasisPoints: sh.BasisPoints})
	}
	earlier, err := recoveredBy(ctx, tx, r.CorrectsRunID)
	if err != nil {
		return nil, err
	}
	var expenses []db.RecoupableExpense
	if err := tx.NewSelect().Model(&expenses).Where("organisation_id = ? AND incurred_on <= ?", org, r.PeriodEnd).Order("incurred_on", "created_at", "id").Scan(ctx); err != nil {
		return nil, err
	}
	for _, e := range expenses {
		c.expenses[e.WorkID] = append(c.expenses[e.WorkID], Expense{ID: e.ID, Label: e.Label, Amount: e.Amount, Recouped: e.Recouped - earlier[e.ID]})
	}
	return c, nil
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

// statementChunk is the statement lines of one INSERT.
const statementChunk = 50_000

// statementColumns is a chunk of statement lines, by column: a few
// statements for a million lines rather than one VALUES row each.
type statementColumns struct {
	statement, work        []uuid.UUID
	media, territory       []string
	bp, gross, net, amount []int64
	residual               []bool
}

func (c *statementColumns) add(l db.StatementLine) {
	c.statement, c.work = append(c.statement, l.StatementID), append(c.work, l.WorkID)
	c.media, c.territory = append(c.media, string(l.Media)), append(c.territory, l.Territory)
	c.bp, c.gross, c.net, c.amount = append(c.bp, l.BasisPoints), append(c.gross, int64(l.Gross)), append(c.net, int64(l.Net)), append(c.amount, int64(l.Amount))
	c.residual = append(c.residual, l.Residual)
}

func (c *statementColumns) len() int { return len(c.statement) }

// flush writes the chunk in the order the lines were added.
func (c *statementColumns) flush(ctx context.Context, tx bun.Tx) error {
	if len(c.statement) == 0 {
		return nil
	}
	_, err := tx.ExecContext(ctx, `
		INSERT INTO statement_lines (statement_id, work_id, media, territory, basis_points, gross_cents, net_cents, amount_cents, residual)
		SELECT statement_id, work_id, media, territory, basis_points, gross, net, amount, residual
		FROM unnest(?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::int[], ?::bigint[], ?::bigint[], ?::bigint[], ?::boolean[])
		WITH ORDINALITY AS l(statement_id, work_id, media, territory, basis_points, gross, net, amount, residual, n)
		ORDER BY n`,
		pgdialect.Array(c.statement), pgdialect.Array(c.work), pgdialect.Array(c.media), pgdialect.Array(c.territory),
		pgdialect.Array(c.bp), pgdialect.Array(c.gross), pgdialect.Array(c.net), pgdialect.Array(c.amount), pgdialect.Array(c.residual))
	*c = statementColumns{statement: c.statement[:0], work: c.work[:0], media: c.media[:0], territory: c.territory[:0],
		bp: c.bp[:0], gross: c.gross[:0], net: c.net[:0], amount: c.amount[:0], residual: c.residual[:0]}
	return err
}
