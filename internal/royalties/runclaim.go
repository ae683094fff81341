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

// insertStatementLines writes a run's statement lines, in their order, a
// column array per field: a few statements for a million lines rather than
// one VALUES row each.
func insertStatementLines(ctx context.Context, tx bun.Tx, lines []db.StatementLine) error {
	const chunk = 50_000
	for i := 0; i < len(lines); i += chunk {
		part := lines[i:min(i+chunk, len(lines))]
		n := len(part)
		statement, work := make([]uuid.UUID, n), make([]uuid.UUID, n)
		media, territory := make([]string, n), make([]string, n)
		bp, gross, net, amount := make([]int64, n), make([]int64, n), make([]int64, n), make([]int64, n)
		residual := make([]bool, n)
		for k, l := range part {
			statement[k], work[k], media[k], territory[k] = l.StatementID, l.WorkID, string(l.Media), l.Territory
			bp[k], gross[k], net[k], amount[k], residual[k] = l.BasisPoints, int64(l.Gross), int64(l.Net), int64(l.Amount), l.Residual
		}
		if _, err := tx.ExecContext(ctx, `
			INSERT INTO statement_lines (statement_id, work_id, media, territory, basis_points, gross_cents, net_cents, amount_cents, residual)
			SELECT statement_id, work_id, media, territory, basis_points, gross, net, amount, residual FROM unnest(?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::int[], ?::bigint[], ?::bigint[], ?::bigint[], ?::boolean[])
			WITH ORDINALITY AS l(statement_id, work_id, media, territory, basis_points, gross, net, amount, residual, n)
			ORDER BY n`,
			pgdialect.Array(statement), pgdialect.Array(work), pgdialect.Array(media), pgdialect.Array(territory),
			pgdialect.Array(bp), pgdialect.Array(gross), pgdialect.Array(net), pgdialect.Array(amount), pgdialect.Array(residual)); err != nil {
			return err
		}
	}
	return nil
}
