package royalties

import (
	"context"
	"database/sql"
	"strconv"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/kernel/apperr"
	"github.com/postprod/postprod/internal/kernel/money"
)

// A run claims its revenue lines by rule, not by a row per line (issue 13:
// a million such rows, each locking its line for the foreign key, made the
// run 25 times the cost of summing the lines). Every revenue line has a
// number (seq) from one sequence, given when it is recorded under the
// catalogue lock; a run records the last number given when it is computed
// (ClaimedThrough). Its lines are then
//
//   - while not issued: those of the organisation whose period ends in the
//     run's period, numbered up to the mark, not distributed (or distributed
//     by the run it corrects): claimable below;
//   - once issued: the same, whose run_id is the run or a correction of it
//     (issuing sets run_id to the run; a correction takes them over):
//     lineage below.
//
// No line numbered up to the mark can appear later (lines are recorded
// under the lock the run holds), and issuing checks that the rule still
// designates the lines the run was computed on (their count and gross):
// a line distributed meanwhile by another run makes the issue refused,
// so a line is never counted in two runs.

// claimMark is the last revenue line number given so far. The caller holds
// the catalogue lock: every line numbered up to it is committed, or rolled
// back, and none recorded later can have a lower number.
func claimMark(ctx context.Context, tx bun.Tx) (int64, error) {
	var mark int64
	err := tx.NewRaw("SELECT CASE WHEN is_called THEN last_value ELSE last_value - 1 END FROM revenue_lines_seq").Scan(ctx, &mark)
	return mark, err
}

// claimable is the condition on revenue_lines of r's lines before it is
// issued.
func claimable(r *db.DistributionRun) (string, []any) {
	where := "organisation_id = ? AND period_end BETWEEN ? AND ? AND seq <= ? AND "
	args := []any{r.OrganisationID, r.PeriodStart, r.PeriodEnd, r.ClaimedThrough}
	if r.CorrectsRunID != nil {
		return where + "(run_id IS NULL OR run_id = ?)", append(args, *r.CorrectsRunID)
	}
	return where + "run_id IS NULL", args
}

// lineage pairs each run of an organisation (root) with itself and every
// run correcting it, directly or not: an issued run's lines are those of
// its rule distributed by one of them.
const lineage = `lineage (root, run_id) AS (
	SELECT id, id FROM distribution_runs WHERE organisation_id = ?
	UNION ALL
	SELECT l.root, c.id FROM lineage l JOIN distribution_runs c ON c.corrects_run_id = l.run_id)`

// receiptChunk is the sums read from the database at a time.
const receiptChunk = 20_000

// claimedSum is the claimed receipts of one work, media and territory.
type claimedSum struct {
	work    uuid.UUID
	receipt Receipt
	lines   int64
}

// streamReceipts sums r's claimable lines per work, media and territory,
// and hands each work's sums to fn, work after work in the order of their
// ids, without holding them all: a cursor reads them a chunk at a time, so
// that fn may write between two chunks in the same transaction. It returns
// how many lines were summed. The waterfall only ever uses these sums
// (groupReceipts adds a line's receipts up first): a million lines need not
// cross the wire.
func streamReceipts(ctx context.Context, tx bun.Tx, r *db.DistributionRun, fn func(work uuid.UUID, receipts []Receipt) error) (int64, error) {
	where, args := claimable(r)
	// The whole result is read: plan for it, not for its first rows.
	if _, err := tx.ExecContext(ctx, "SET LOCAL cursor_tuple_fraction = 1"); err != nil {
		return 0, err
	}
	if _, err := tx.ExecContext(ctx, `DECLARE run_receipts NO SCROLL CURSOR FOR
		SELECT work_id, media, territory, sum(amount_eur_cents)::bigint, count(*)
		FROM revenue_lines WHERE `+where+`
		GROUP BY work_id, media, territory ORDER BY work_id`, args...); err != nil {
		return 0, err
	}
	var (
		lines    int64
		pending  []claimedSum
		receipts []Receipt
		names    = map[string]string{} // media and territory codes, shared
	)
	intern := func(b sql.RawBytes) string {
		if s, ok := names[string(b)]; ok {
			return s
		}
		s := string(b)
		names[s] = s
		return s
	}
	// flush hands over the works of pending[:end], whole.
	flush := func(end int) error {
		for start := 0; start < end; {
			w := pending[start].work
			receipts = receipts[:0]
			i := start
			for ; i < end && pending[i].work == w; i++ {
				receipts = append(receipts, pending[i].receipt)
			}
			if err := fn(w, receipts); err != nil {
				return err
			}
			start = i
		}
		pending = append(pending[:0], pending[end:]...)
		return nil
	}
	for {
		rows, err := tx.QueryContext(ctx, "FETCH "+strconv.Itoa(receiptChunk)+" FROM run_receipts")
		if err != nil {
			return 0, err
		}
		n := 0
		var media, territory sql.RawBytes
		for rows.Next() {
			var s claimedSum
			var amount int64
			if err := rows.Scan(&s.work, &media, &territory, &amount, &s.lines); err != nil {
				rows.Close()
				return 0, err
			}
			s.receipt = Receipt{Media: db.Media(intern(media)), Territory: intern(territory), Amount: money.Cents(amount)}
			lines += s.lines
			pending = append(pending, s)
			n++
		}
		if err := rows.Close(); err != nil {
			return 0, err
		}
		if err := rows.Err(); err != nil {
			return 0, err
		}
		if n < receiptChunk {
			break
		}
		// The last work may go on in the next chunk.
		end := len(pending)
		for end > 0 && pending[end-1].work == pending[len(pending)-1].work {
			end--
		}
		if err := flush(end); err != nil {
			return 0, err
		}
	}
	if err := flush(len(pending)); err != nil {
		return 0, err
	}
	_, err := tx.ExecContext(ctx, "CLOSE run_receipts")
	return lines, err
}

// markDistributed sets run_id on r's lines as it is issued, and refuses
// (rolling the issue back) when its rule no longer designates the lines it
// was computed on: some were distributed meanwhile by another run.
func markDistributed(ctx context.Context, tx bun.Tx, r *db.DistributionRun) error {
	where, args := claimable(r)
	var n, gross int64
	err := tx.NewRaw(`WITH d AS (UPDATE revenue_lines SET run_id = ? WHERE `+where+` RETURNING amount_eur_cents)
		SELECT count(*), COALESCE(sum(amount_eur_cents), 0)::bigint FROM d`, append([]any{r.ID}, args...)...).Scan(ctx, &n, &gross)
	if err != nil {
		return err
	}
	if n != r.ClaimedLines || money.Cents(gross) != r.Gross {
		return apperr.Invalid("status",
			"Des recettes de cette répartition ont été réparties entre-temps par une autre répartition émise : elle ne peut plus être émise. Créez une nouvelle répartition sur la période.",
			"Some receipts of this run were distributed meanwhile by another issued run: it can no longer be issued. Create a new run over the period.")
	}
	return nil
}
