package royalties

import (
	"context"

	"github.com/google/uuid"
	"github.com/uptrace/bun"
	"github.com/uptrace/bun/dialect/pgdialect"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/kernel/money"
)

// receiptSum is the receipts of one work, media and territory in a run.
type receiptSum struct {
	WorkID    uuid.UUID `bun:"type:uuid"`
	Media     db.Media
	Territory string
	Amount    money.Cents
}

// claimReceipts records the revenue lines a draft computes on (those of the
// period not yet distributed, or distributed by the run it corrects) and
// returns their sums per work, media and territory. The waterfall only ever
// uses those sums (groupReceipts adds the receipts of a line up first), so a
// million lines need not cross the wire nor sit in memory (issue 13). One
// statement: what is claimed is exactly what is summed.
func claimReceipts(ctx context.Context, tx bun.Tx, r *db.DistributionRun) ([]receiptSum, error) {
	undistributed, args := "run_id IS NULL", []any{r.OrganisationID, r.PeriodStart, r.PeriodEnd}
	if r.CorrectsRunID != nil {
		undistributed, args = "(run_id IS NULL OR run_id = ?)", append(args, *r.CorrectsRunID)
	}
	var sums []receiptSum
	err := tx.NewRaw(`
		WITH picked AS MATERIALIZED (
		  SELECT id, work_id, media, territory, amount_eur_cents FROM revenue_lines
		  WHERE organisation_id = ? AND period_end BETWEEN ? AND ? AND `+undistributed+`
		), claimed AS (
		  INSERT INTO run_revenue_lines (run_id, line_id) SELECT ?, id FROM picked
		)
		SELECT work_id, media, territory, sum(amount_eur_cents)::bigint AS amount
		FROM picked GROUP BY work_id, media, territory`, append(args, r.ID)...).Scan(ctx, &sums)
	return sums, err
}

// insertStatementLines writes a run's statement lines, holder after holder
// in the given order, a column array per field: a few statements for a
// million lines rather than one VALUES row each. Each holder's lines are let
// go once copied into the arrays, so they never sit twice in memory.
func insertStatementLines(ctx context.Context, tx bun.Tx, holders []uuid.UUID, lines map[uuid.UUID][]db.StatementLine) error {
	const chunk = 50_000
	var c statementColumns
	for _, h := range holders {
		for _, l := range lines[h] {
			c.add(l)
			if len(c.statement) == chunk {
				if err := c.flush(ctx, tx); err != nil {
					return err
				}
			}
		}
		delete(lines, h)
	}
	return c.flush(ctx, tx)
}

// statementColumns is a chunk of statement lines, by column.
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
