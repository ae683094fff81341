package quotes

import (
	"context"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/kernel/money"
)

// What was sold to a production, per operation: the lines of its accepted
// quote versions and of their accepted amendments (DOMAIN.md, "Committed =
// accepted version + accepted amendments"). Tracking shows it beside the
// time worked; overruns are measured against it.

// Frozen is the price an operation was sold at, which values its overruns:
// the accepted version's line for the operation of kind ROOM_WITH_OPERATOR,
// else TECHNICIAN, else ROOM (the first by position), counted in a unit of
// time. An operation that only an accepted amendment added is frozen at that
// amendment's line, found the same way.
type Frozen struct {
	Kind        db.QuoteLineKind
	Unit        db.QuoteUnit
	HoursPerDay int
	UnitPrice   money.Cents
	VatRate     money.Rate
}

// UnitMinutes is how many minutes one unit of the frozen line is.
func (f Frozen) UnitMinutes() int { return f.Unit.Minutes(f.HoursPerDay) }

// OperationSold is what was sold of one operation.
type OperationSold struct {
	OperationID uuid.UUID
	// Minutes is the time sold, from the lines counted in a unit of time
	// (DAY, HALF_DAY, HOUR); HasTime says whether there is any such line.
	Minutes int
	HasTime bool
	// Amount is the sum of the nets HT of every line of the operation.
	Amount money.Cents
	// Frozen is nil when no line of a frozen kind in a unit of time sells it.
	Frozen *Frozen
	// rank orders operations as their frozen line appears in the quote.
	rank int
}

// Sold is what was sold to one production, by operation.
type Sold struct {
	ProductionID uuid.UUID
	Operations   map[uuid.UUID]*OperationSold
}

// soldLine is a line of an accepted version or amendment.
type soldLine struct {
	ProductionID uuid.UUID
	OperationID  uuid.UUID
	FromVersion  bool
	AcceptedAt   time.Time
	Position     int
	Kind         db.QuoteLineKind
	Quantity     money.Quantity `bun:"quantity_milli"`
	Unit         db.QuoteUnit
	HoursPerDay  int
	UnitPrice    money.Cents `bun:"unit_price_cents"`
	VatRate      money.Rate  `bun:"vat_bp"`
	Net          money.Cents `bun:"net_cents"`
}

// frozenRank is the preference among line kinds for the frozen price; kinds
// absent from it never give one.
var frozenRank = map[db.QuoteLineKind]int{db.LineRoomWithOperator: 0, db.LineTechnician: 1, db.LineRoom: 2}

// soldOf reads, in one statement whatever their number, what was sold to
// the productions (of org) among ids. Every id gets a Sold, empty when
// nothing was sold. The callers have authorised the productions.
func soldOf(ctx context.Context, idb bun.IDB, org uuid.UUID, ids []uuid.UUID) (map[uuid.UUID]*Sold, error) {
	out := make(map[uuid.UUID]*Sold, len(ids))
	for _, id := range ids {
		out[id] = &Sold{ProductionID: id, Operations: map[uuid.UUID]*OperationSold{}}
	}
	if len(ids) == 0 {
		return out, nil
	}
	var lines []soldLine
	const cols = `ql.operation_id, ql.position, ql.kind, ql.quantity_milli, ql.unit, ql.hours_per_day, ql.unit_price_cents, ql.vat_bp, ql.net_cents`
	err := idb.NewRaw(`
		SELECT qv.production_id, true AS from_version, qv.accepted_at, `+cols+`
		FROM quote_versions qv JOIN quote_lines ql ON ql.version_id = qv.id
		WHERE qv.organisation_id = ? AND qv.production_id IN (?) AND qv.status = ? AND ql.operation_id IS NOT NULL
		UNION ALL
		SELECT am.production_id, false, am.accepted_at, `+cols+`
		FROM amendments am JOIN quote_lines ql ON ql.amendment_id = am.id
		WHERE am.organisation_id = ? AND am.production_id IN (?) AND am.status = ? AND ql.operation_id IS NOT NULL
		ORDER BY from_version DESC, accepted_at, position`,
		org, bun.In(ids), db.QuoteAccepted, org, bun.In(ids), db.QuoteAccepted).Scan(ctx, &lines)
	if err != nil {
		return nil, err
	}
	for _, s := range out {
		foldSold(s, lines)
	}
	return out, nil
}

// foldSold sums the lines of s's production, read in the order of soldOf:
// the versions' lines before the amendments', each by acceptance then
// position.
func foldSold(s *Sold, lines []soldLine) {
	minutes := map[uuid.UUID]int64{} // thousandths of a minute
	frozenFromVersion := map[uuid.UUID]bool{}
	for i, l := range lines {
		if l.ProductionID != s.ProductionID {
			continue
		}
		op := s.Operations[l.OperationID]
		if op == nil {
			op = &OperationSold{OperationID: l.OperationID, rank: i}
			s.Operations[l.OperationID] = op
		}
		op.Amount += l.Net
		um := l.Unit.Minutes(l.HoursPerDay)
		if um == 0 {
			continue
		}
		op.HasTime = true
		minutes[l.OperationID] += int64(l.Quantity) * int64(um)
		rank, ok := frozenRank[l.Kind]
		if !ok {
			continue
		}
		// A version's line always wins over an amendment's; among lines
		// of one origin the better kind, then the first read.
		better := op.Frozen == nil ||
			(l.FromVersion && !frozenFromVersion[l.OperationID]) ||
			(l.FromVersion == frozenFromVersion[l.OperationID] && rank < frozenRank[op.Frozen.Kind])
		if better {
			op.Frozen = &Frozen{Kind: l.Kind, Unit: l.Unit, HoursPerDay: l.HoursPerDay, UnitPrice: l.UnitPrice, VatRate: l.VatRate}
			frozenFromVersion[l.OperationID] = l.FromVersion
			op.rank = i
		}
	}
	for id, m := range minutes {
		s.Operations[id].Minutes = int(money.DivHalfUp(m, 1000))
	}
}

// SoldByProduction reads what was sold to many productions at once, for
// the tracking rows' loader: the tracking they belong to was authorised.
func SoldByProduction(idb bun.IDB, org uuid.UUID) db.Batch[*Sold] {
	return func(ctx context.Context, ids []uuid.UUID) ([]*Sold, error) {
		m, err := soldOf(ctx, idb, org, ids)
		if err != nil {
			return nil, err
		}
		out := make([]*Sold, 0, len(m))
		for _, id := range ids {
			out = append(out, m[id])
		}
		return out, nil
	}
}

// SoldFigures are a tracking row's sold figures: nil on a task row or when
// nothing is sold of the operation (Minutes also when nothing is sold in a
// unit of time), OverMinutes the approved time beyond the time sold.
type SoldFigures struct {
	Minutes     *int
	Amount      *money.Cents
	OverMinutes int
}

// FiguresOf is the sold figures of an operation whose approved time is
// approved.
func (s *Sold) FiguresOf(operationID uuid.UUID, approved int) SoldFigures {
	op := s.Operations[operationID]
	if op == nil {
		return SoldFigures{}
	}
	f := SoldFigures{Amount: &op.Amount}
	if op.HasTime {
		m := op.Minutes
		f.Minutes = &m
		f.OverMinutes = max(0, approved-op.Minutes)
	}
	return f
}
