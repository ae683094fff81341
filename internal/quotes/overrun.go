package quotes

import (
	"context"
	"fmt"
	"slices"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/auth"
	"github.com/postprod/postprod/internal/kernel/apperr"
	"github.com/postprod/postprod/internal/kernel/dates"
	"github.com/postprod/postprod/internal/kernel/money"
	"github.com/postprod/postprod/internal/platform/service"
	"github.com/postprod/postprod/internal/productions"
)

// An overrun turns into a proposed amendment (DOMAIN.md: "An overrun
// (approved time beyond the quoted quantity) proposes a draft amendment for
// the excess"): per operation, the approved time beyond what was sold and
// beyond what amendments still awaiting the producer's answer already ask,
// priced at the frozen price.

// ExcessQuantity is how an excess of minutes is written at a frozen price.
//
// It is "exactly the excess", up to the thousandth of a unit: in the frozen
// line's own unit when the excess is a whole number of thousandths of it
// (240 minutes at a DAY of 8 h: 0.5 DAY at the day's price); otherwise in
// hours, at the frozen price brought to the hour (unit price × 60 / unit
// minutes, half-up to the cent) and quantity = excess / 60 to three
// decimals, half-up (100 minutes: 1.667 HOUR). The hourly line then differs
// from the exact value of the excess by less than half a thousandth of an
// hour at that price.
func ExcessQuantity(f Frozen, excessMinutes int) (money.Quantity, db.QuoteUnit, money.Cents) {
	um := int64(f.UnitMinutes())
	milli := int64(excessMinutes) * 1000
	if um > 0 && milli%um == 0 {
		return money.Quantity(milli / um), f.Unit, f.UnitPrice
	}
	hourly := money.Cents(money.DivHalfUp(int64(f.UnitPrice)*60, um))
	return money.Quantity(money.DivHalfUp(milli, 60)), db.QuoteUnitHour, hourly
}

// approvedByOperation is the production's approved time per operation (a
// slip on a task counts toward the task's operation, as tracking does).
func approvedByOperation(ctx context.Context, idb bun.IDB, org, productionID uuid.UUID) (map[uuid.UUID]int, error) {
	var rows []struct {
		OperationID uuid.UUID
		Minutes     int
	}
	err := idb.NewRaw(`
		SELECT COALESCE(t.operation_id, s.operation_id) AS operation_id, sum(s.worked_minutes) AS minutes
		FROM slips s LEFT JOIN tasks t ON t.id = s.task_id
		WHERE s.organisation_id = ? AND s.production_id = ? AND s.current AND s.status = ?
		GROUP BY 1`, org, productionID, db.SlipStatusApproved).Scan(ctx, &rows)
	out := make(map[uuid.UUID]int, len(rows))
	for _, r := range rows {
		out[r.OperationID] = r.Minutes
	}
	return out, err
}

// pendingByOperation is the time that the production's amendments awaiting
// the producer's answer (SENT and not expired) already ask for, per
// operation.
func pendingByOperation(ctx context.Context, idb bun.IDB, org, productionID uuid.UUID, today dates.Date) (map[uuid.UUID]int, error) {
	var rows []struct {
		OperationID uuid.UUID
		Quantity    money.Quantity `bun:"quantity_milli"`
		Unit        db.QuoteUnit
		HoursPerDay int
	}
	err := idb.NewRaw(`
		SELECT ql.operation_id, ql.quantity_milli, ql.unit, ql.hours_per_day
		FROM amendments am JOIN quote_lines ql ON ql.amendment_id = am.id
		WHERE am.organisation_id = ? AND am.production_id = ? AND ? = ? AND ql.operation_id IS NOT NULL`,
		org, productionID, StatusExpr("am", today), db.QuoteSent).Scan(ctx, &rows)
	milli := map[uuid.UUID]int64{}
	for _, r := range rows {
		milli[r.OperationID] += int64(r.Quantity) * int64(r.Unit.Minutes(r.HoursPerDay))
	}
	out := make(map[uuid.UUID]int, len(milli))
	for op, m := range milli {
		out[op] = int(money.DivHalfUp(m, 1000))
	}
	return out, err
}

// proposalLines are the lines of the excess of a production, in the order
// of the quote's lines: one per operation over what was sold and asked.
func proposalLines(ctx context.Context, idb bun.IDB, org, productionID uuid.UUID, today dates.Date) ([]*db.QuoteLine, error) {
	sold, err := soldOf(ctx, idb, org, []uuid.UUID{productionID})
	if err != nil {
		return nil, err
	}
	approved, err := approvedByOperation(ctx, idb, org, productionID)
	if err != nil {
		return nil, err
	}
	pending, err := pendingByOperation(ctx, idb, org, productionID, today)
	if err != nil {
		return nil, err
	}
	var over []*OperationSold
	excess := map[uuid.UUID]int{}
	for id, op := range sold[productionID].Operations {
		if op.Frozen == nil || op.Frozen.UnitMinutes() == 0 {
			continue
		}
		if x := approved[id] - op.Minutes - pending[id]; x > 0 {
			over = append(over, op)
			excess[id] = x
		}
	}
	if len(over) == 0 {
		return nil, nil
	}
	slices.SortFunc(over, func(a, b *OperationSold) int { return a.rank - b.rank })
	ids := make([]uuid.UUID, len(over))
	for i, op := range over {
		ids[i] = op.OperationID
	}
	var ops []*db.Operation
	if err := idb.NewSelect().Model(&ops).Column("id", "label_fr").Where("id IN (?)", bun.In(ids)).Scan(ctx); err != nil {
		return nil, err
	}
	label := map[uuid.UUID]string{}
	for _, o := range ops {
		label[o.ID] = o.LabelFr
	}
	lines := make([]*db.QuoteLine, len(over))
	for i, op := range over {
		q, unit, price := ExcessQuantity(*op.Frozen, excess[op.OperationID])
		id := op.OperationID
		lines[i] = &db.QuoteLine{OperationID: &id, Kind: op.Frozen.Kind, Description: "Dépassement — " + label[id],
			Quantity: q, Unit: unit, HoursPerDay: op.Frozen.HoursPerDay, UnitPrice: price, VatRate: op.Frozen.VatRate}
	}
	return lines, nil
}

// latestAccepted is the production's quote version accepted last, which a
// proposal amends; nil when none is.
func latestAccepted(ctx context.Context, idb bun.IDB, org, productionID uuid.UUID) (*db.QuoteVersion, error) {
	v := new(db.QuoteVersion)
	err := idb.NewSelect().Model(v).ExcludeColumn("document").
		Where("qv.organisation_id = ? AND qv.production_id = ? AND qv.status = ?", org, productionID, db.QuoteAccepted).
		Order("qv.accepted_at DESC").Limit(1).Scan(ctx)
	if apperr.NoRows(err) {
		return nil, nil
	}
	return v, err
}

// errNothingOver and errEditedDraft are what a coordinator's proposal is
// told; the automatic proposal on a slip's approval says nothing.
var (
	errNothingOver = apperr.Invalid("productionId",
		"Aucun dépassement : le temps approuvé ne dépasse pas ce qui a été vendu (ni ce que les avenants envoyés demandent déjà).",
		"No overrun: the approved time does not exceed what was sold (nor what the amendments sent already ask for).")
	errNoAccepted = apperr.New(apperr.Conflict, "productionId",
		"Cette production n'a pas de devis accepté : un dépassement se chiffre sur un devis accepté.",
		"This production has no accepted quote: an overrun is priced on an accepted quote.")
	errEditedDraft = apperr.New(apperr.Conflict, "productionId",
		"Un avenant en brouillon, modifié à la main, existe déjà pour ce devis : terminez-le (envoyez-le ou supprimez-le) avant d'en proposer un autre.",
		"A draft amendment edited by hand already exists for this quote: finish it (send or discard it) before proposing another.")
)

// propose writes the production's excess as the DRAFT amendment of its
// accepted quote marked proposed: it replaces a draft still as proposed, a
// draft edited since is errEditedDraft. Nil (and no error) when the lines
// proposed are already those of the draft.
func (s *Service) propose(c *service.Call, productionID uuid.UUID) (*db.Amendment, error) {
	ctx, tx, p := c.Ctx, c.Tx, c.P
	v, err := latestAccepted(ctx, tx, p.OrganisationID, productionID)
	if err != nil {
		return nil, err
	}
	if v == nil {
		return nil, errNoAccepted
	}
	// Proposals, drafts and numbering of one quote take turns.
	if err := lockQuoteRow(ctx, tx, v.QuoteID); err != nil {
		return nil, err
	}
	today := dates.Today()
	lines, err := proposalLines(ctx, tx, p.OrganisationID, productionID, today)
	if err != nil {
		return nil, err
	}
	if len(lines) == 0 {
		return nil, errNothingOver
	}
	am, err := draftOf(ctx, tx, v.QuoteID)
	if err != nil {
		return nil, err
	}
	title := fmt.Sprintf("Dépassement au %s", today.Time().Format("02/01/2006"))
	switch {
	case am == nil:
		am = &db.Amendment{OrganisationID: p.OrganisationID, QuoteID: v.QuoteID, QuoteVersionID: v.ID, ProductionID: productionID,
			ClientID: v.ClientID, Status: db.QuoteDraft, Proposed: true, Title: title, ValidUntil: today.AddDays(DefaultValidityDays),
			CreatedBy: p.ActorID()}
		if _, err := tx.NewInsert().Model(am).ExcludeColumn("document").Returning("*").Exec(ctx); err != nil {
			return nil, err
		}
	case !am.Proposed:
		return nil, errEditedDraft
	default:
		current, err := amendmentLines(ctx, tx, am)
		if err != nil {
			return nil, err
		}
		if sameLines(current, lines) {
			return nil, nil
		}
		am.QuoteVersionID, am.Title = v.ID, title
		if _, err := tx.NewUpdate().Model(am).Column("quote_version_id", "title").Set("updated_at = now()").WherePK().Exec(ctx); err != nil {
			return nil, err
		}
	}
	if err := writeAmendmentLines(ctx, tx, am, lines); err != nil {
		return nil, err
	}
	return am, c.Emit(&productionID, "amendment.proposed", &am.ID, eventPayload(am))
}

// sameLines: a proposal that would write the lines the draft has.
func sameLines(a, b []*db.QuoteLine) bool {
	return slices.EqualFunc(a, b, func(x, y *db.QuoteLine) bool {
		return x.OperationID != nil && y.OperationID != nil && *x.OperationID == *y.OperationID && x.Kind == y.Kind &&
			x.Description == y.Description && x.Quantity == y.Quantity && x.Unit == y.Unit && x.HoursPerDay == y.HoursPerDay &&
			x.UnitPrice == y.UnitPrice && x.VatRate == y.VatRate && x.DiscountRate == nil && x.DiscountAmount == nil
	})
}

// ProposeAmendment is the coordinator's "propose an amendment for the
// overrun" on a production they may see.
func (s *Service) ProposeAmendment(ctx context.Context, productionID uuid.UUID) (*db.Amendment, error) {
	return service.Do(ctx, s.DB, CanManageQuotes, func(c *service.Call) (*db.Amendment, error) {
		if _, err := (&productions.Service{DB: s.DB}).GetIn(ctx, c.Tx, productionID); err != nil {
			return nil, err
		}
		am, err := s.propose(c, productionID)
		if err != nil || am != nil {
			return am, err
		}
		// Already proposed as is: the draft stands.
		v, err := latestAccepted(ctx, c.Tx, c.P.OrganisationID, productionID)
		if err != nil {
			return nil, err
		}
		return draftOf(ctx, c.Tx, v.QuoteID)
	})
}

// ProposeOnApproval is the slips' approval hook (slips.Service.OnApproved):
// in the approving transaction, an overrun beyond what was sold refreshes
// the proposed amendment, when the production has an accepted quote and no
// draft amendment edited by hand. Nothing over, nothing done.
func (s *Service) ProposeOnApproval(ctx context.Context, tx bun.Tx, productionID uuid.UUID) error {
	p, err := auth.Require(ctx)
	if err != nil {
		return err
	}
	_, err = s.propose(&service.Call{Ctx: ctx, P: p, Tx: tx}, productionID)
	if ae, ok := apperr.As(err); ok && (ae == errNothingOver || ae == errNoAccepted || ae == errEditedDraft) {
		return nil
	}
	return err
}
