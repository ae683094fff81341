package royalties

import (
	"bytes"
	"context"
	"slices"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/kernel/money"
)

// runWriter computes a run work after work and writes each work's run
// work and recoveries by chunks as it goes. Statement lines are kept, in a
// compact form (about 40 bytes each, against some 150 for a
// db.StatementLine), by holder until the end: written holder after holder,
// each statement's lines land next to each other in statement_lines and in
// its index: about three times cheaper than in the order of the works
// (measured on a million lines), the pages written staying in the cache.
type runWriter struct {
	run      *db.DistributionRun
	cat      *catalogue
	comp     computer
	totals   db.DistributionRun
	previous map[uuid.UUID]money.Cents // a correction's: what the corrected run gave each holder

	holders    map[uuid.UUID]*holderStatement
	works      []uuid.UUID // what pendingLine.work indexes
	keys       []lineKey   // what pendingLine.key indexes
	keyIndex   map[lineKey]int32
	runWorks   []db.RunWork
	recoveries []db.RunRecovery

	// Per work, reused.
	gross, net, shared map[lineKey]money.Cents
}

// holderStatement is a holder's statement and its lines so far.
type holderStatement struct {
	st    db.Statement
	lines []pendingLine
}

// pendingLine is a statement line waiting to be written.
type pendingLine struct {
	work, key, bp      int32
	residual           bool
	gross, net, amount money.Cents
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
	w := &runWriter{run: r, cat: cat, holders: map[uuid.UUID]*holderStatement{}, keyIndex: map[lineKey]int32{},
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
	w.works = append(w.works, id)
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
		w.line(h.HolderID, pendingLine{key: w.key(k), bp: int32(h.BasisPoints), // a share is at most 10000
			gross: w.gross[k], net: w.net[k], amount: h.Amount})
	}
	// What no share covers on a line goes to the work's residual holder.
	for _, l := range res.Lines {
		if rest := l.Net - w.shared[lineKey{l.Media, l.Territory}]; rest != 0 {
			w.line(residual, pendingLine{key: w.key(lineKey{l.Media, l.Territory}), gross: l.Gross, net: l.Net, amount: rest, residual: true})
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

// key is the index of a media and territory in w.keys.
func (w *runWriter) key(k lineKey) int32 {
	i, ok := w.keyIndex[k]
	if !ok {
		i = int32(len(w.keys))
		w.keys = append(w.keys, k)
		w.keyIndex[k] = i
	}
	return i
}

// line adds a statement line of holder h, for the work being computed,
// opening their statement on the first one.
func (w *runWriter) line(h uuid.UUID, l pendingLine) {
	hl, ok := w.holders[h]
	if !ok {
		hl = &holderStatement{st: db.Statement{ID: uuid.New(), OrganisationID: w.run.OrganisationID, RunID: w.run.ID, HolderID: h}}
		if w.previous != nil {
			prev := w.previous[h]
			hl.st.Previous = &prev
		}
		w.holders[h] = hl
	}
	hl.st.Amount += l.amount
	l.work = int32(len(w.works) - 1)
	hl.lines = append(hl.lines, l)
}

// finish writes what is left: run works, recoveries, then the statements
// and their lines, holder after holder in the order of their ids.
func (w *runWriter) finish(ctx context.Context, tx bun.Tx) error {
	if err := insertChunked(ctx, tx, w.runWorks); err != nil {
		return err
	}
	if err := insertChunked(ctx, tx, w.recoveries); err != nil {
		return err
	}
	ids := make([]uuid.UUID, 0, len(w.holders))
	for h := range w.holders {
		ids = append(ids, h)
	}
	slices.SortFunc(ids, func(a, b uuid.UUID) int { return bytes.Compare(a[:], b[:]) })
	sts := make([]db.Statement, len(ids))
	for i, h := range ids {
		sts[i] = w.holders[h].st
		w.totals.Holders += sts[i].Amount
	}
	if err := insertChunked(ctx, tx, sts); err != nil {
		return err
	}
	var c statementColumns
	for _, h := range ids {
		hl := w.holders[h]
		for _, l := range hl.lines {
			k := w.keys[l.key]
			c.add(db.StatementLine{StatementID: hl.st.ID, WorkID: w.works[l.work], Media: k.media, Territory: k.territory,
				BasisPoints: int64(l.bp), Gross: l.gross, Net: l.net, Amount: l.amount, Residual: l.residual})
			if c.len() == statementChunk {
				if err := c.flush(ctx, tx); err != nil {
					return err
				}
			}
		}
		delete(w.holders, h) // let its lines go
	}
	return c.flush(ctx, tx)
}
