package royalties

import (
	"context"

	"github.com/google/uuid"
	"github.com/uptrace/bun"
	"github.com/uptrace/bun/dialect/pgdialect"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/kernel/money"
)

// runWriter computes a run work after work and writes each work's results
// as it goes: run works and statement lines by chunks, a holder's
// statement when its first line is written (its amount, known at the end,
// set by finish). Only the totals per holder stay in memory.
type runWriter struct {
	run      *db.DistributionRun
	cat      *catalogue
	comp     computer
	totals   db.DistributionRun
	previous map[uuid.UUID]money.Cents // a correction's: what the corrected run gave each holder

	statements map[uuid.UUID]*db.Statement // by holder
	order      []*db.Statement             // in the order they were opened
	unwritten  int                         // order[unwritten:] are not inserted yet
	lines      statementColumns
	runWorks   []db.RunWork
	recoveries []db.RunRecovery

	// Per work, reused.
	gross, net, shared map[lineKey]money.Cents
}

type lineKey struct {
	media     db.Media
	territory string
}

func newRunWriter(ctx context.Context, tx bun.Tx, r *db.DistributionRun) (*runWriter, error) {
	cat, err := loadCatalogue(ctx, tx, r)
	if err != nil {
		return nil, err
	}
	w := &runWriter{run: r, cat: cat, statements: map[uuid.UUID]*db.Statement{},
		gross: map[lineKey]money.Cents{}, net: map[lineKey]money.Cents{}, shared: map[lineKey]money.Cents{}}
	if r.CorrectsRunID != nil {
		var old []db.Statement
		if err := tx.NewSelect().Model(&old).Where("run_id = ?", *r.CorrectsRunID).Scan(ctx); err != nil {
			return nil, err
		}
		w.previous = map[uuid.UUID]money.Cents{}
		for _, o := range old {
			w.previous[o.HolderID] = o.Amount
		}
	}
	return w, nil
}

// work computes the waterfall of one work from its receipts and queues
// (writing when a chunk is full) its run work, recoveries and statement
// lines.
func (w *runWriter) work(ctx context.Context, tx bun.Tx, id uuid.UUID, receipts []Receipt) error {
	residual := w.cat.residual[id]
	res := w.comp.compute(WorkInput{WorkID: id, ResidualHolder: residual, Receipts: receipts,
		Commissions: w.cat.commissions[id], Shares: w.cat.shares[id], Expenses: w.cat.expenses[id]})
	t := &w.totals
	t.Gross += res.Gross
	t.Commission += res.Commission
	t.Recouped += res.Recouped
	t.Net += res.Net
	t.Residual += res.Residual
	clear(w.gross)
	clear(w.net)
	clear(w.shared)
	for _, l := range res.Lines {
		k := lineKey{l.Media, l.Territory}
		w.gross[k], w.net[k] = l.Gross, l.Net
	}
	for _, h := range res.Holders {
		k := lineKey{h.Media, h.Territory}
		w.shared[k] += h.Amount
		if err := w.line(ctx, tx, h.HolderID, db.StatementLine{WorkID: id, Media: h.Media, Territory: h.Territory,
			BasisPoints: h.BasisPoints, Gross: w.gross[k], Net: w.net[k], Amount: h.Amount}); err != nil {
			return err
		}
	}
	// What no share covers on a line goes to the work's residual holder.
	for _, l := range res.Lines {
		if rest := l.Net - w.shared[lineKey{l.Media, l.Territory}]; rest != 0 {
			if err := w.line(ctx, tx, residual, db.StatementLine{WorkID: id, Media: l.Media, Territory: l.Territory,
				Gross: l.Gross, Net: l.Net, Amount: rest, Residual: true}); err != nil {
				return err
			}
		}
	}
	// The waterfall names holders by id; statements are read by people.
	for i, e := range res.Explanation {
		res.Explanation[i] = uuidRe.ReplaceAllStringFunc(e, func(m string) string {
			if n, ok := w.cat.names[uuid.MustParse(m)]; ok {
				return n
			}
			return m
		})
	}
	w.runWorks = append(w.runWorks, db.RunWork{RunID: w.run.ID, WorkID: id, Gross: res.Gross, Commission: res.Commission, Recouped: res.Recouped,
		Net: res.Net, Residual: res.Residual, Detail: map[string]any{"explanation": res.Explanation, "lines": res.Lines}})
	if len(w.runWorks) == insertChunk {
		if err := insertChunked(ctx, tx, w.runWorks); err != nil {
			return err
		}
		clear(w.runWorks)
		w.runWorks = w.runWorks[:0]
	}
	for _, rc := range res.Recoveries {
		if rc.Recovered != 0 {
			w.recoveries = append(w.recoveries, db.RunRecovery{RunID: w.run.ID, ExpenseID: rc.ExpenseID, Recovered: rc.Recovered, Remaining: rc.RemainingAfter})
		}
	}
	return nil
}

// line adds a statement line of holder h, opening their statement on the
// first one.
func (w *runWriter) line(ctx context.Context, tx bun.Tx, h uuid.UUID, l db.StatementLine) error {
	st, ok := w.statements[h]
	if !ok {
		st = &db.Statement{ID: uuid.New(), OrganisationID: w.run.OrganisationID, RunID: w.run.ID, HolderID: h}
		if w.previous != nil {
			prev := w.previous[h]
			st.Previous = &prev
		}
		w.statements[h] = st
		w.order = append(w.order, st)
	}
	st.Amount += l.Amount
	l.StatementID = st.ID
	w.lines.add(l)
	if w.lines.len() == statementChunk {
		return w.flushLines(ctx, tx)
	}
	return nil
}

// flushLines writes the statement lines queued, after the statements they
// belong to.
func (w *runWriter) flushLines(ctx context.Context, tx bun.Tx) error {
	if w.unwritten < len(w.order) {
		rows := make([]db.Statement, 0, len(w.order)-w.unwritten)
		for _, st := range w.order[w.unwritten:] {
			rows = append(rows, *st)
		}
		if err := insertChunked(ctx, tx, rows); err != nil {
			return err
		}
		w.unwritten = len(w.order)
	}
	return w.lines.flush(ctx, tx)
}

// finish writes what is queued and sets each statement's amount.
func (w *runWriter) finish(ctx context.Context, tx bun.Tx) error {
	if err := insertChunked(ctx, tx, w.runWorks); err != nil {
		return err
	}
	if err := insertChunked(ctx, tx, w.recoveries); err != nil {
		return err
	}
	if err := w.flushLines(ctx, tx); err != nil {
		return err
	}
	ids := make([]uuid.UUID, len(w.order))
	amounts := make([]int64, len(w.order))
	for i, st := range w.order {
		ids[i], amounts[i] = st.ID, int64(st.Amount)
		w.totals.Holders += st.Amount
	}
	_, err := tx.ExecContext(ctx, `UPDATE statements s SET amount_cents = a.amount
		FROM unnest(?::uuid[], ?::bigint[]) AS a(id, amount) WHERE s.id = a.id`, pgdialect.Array(ids), pgdialect.Array(amounts))
	return err
}
