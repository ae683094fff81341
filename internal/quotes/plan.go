package quotes

// A quote made from the plan: one line per task, its planned days priced
// from the sale price list in force today.

import (
	"context"
	"strings"

	"github.com/google/uuid"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/kernel/dates"
	"github.com/postprod/postprod/internal/kernel/money"
	"github.com/postprod/postprod/internal/platform/service"
	"github.com/postprod/postprod/internal/productions"
)

// ToComplete marks a line the price list could not price.
const ToComplete = "Prix à compléter"

// planTask is a task with what its bookings say: the kind of a booked
// room, the function on the team of a booked technician.
type planTask struct {
	ID, OrganisationID, OperationID uuid.UUID
	EpisodeID                       *uuid.UUID
	Title                           string
	PlannedMinutes                  int
	RoomKind                        *db.RoomKind
	Function                        *string
	HasTech                         bool
}

// FromPlan makes a DRAFT quote of a production with one line per task:
// its operation and episode, its planned days (3 decimals) priced by the
// room booked (ROOM_WITH_OPERATOR when a technician is booked too, ROOM
// otherwise), else by the booked technician's function on the team
// (TECHNICIAN), else by the operation; a line the list cannot price is at 0
// and says "Prix à compléter".
func (s *Service) FromPlan(ctx context.Context, productionID uuid.UUID) (*db.QuoteVersion, error) {
	return service.Do(ctx, s.DB, CanManageQuotes, func(c *service.Call) (*db.QuoteVersion, error) {
		prod, err := (&productions.Service{DB: s.DB}).GetIn(c.Ctx, c.Tx, productionID)
		if err != nil {
			return nil, err
		}
		var tasks []planTask
		// One statement: each task with the kind of its first booked room,
		// the function of its first booked technician and whether one is.
		err = c.Tx.NewSelect().TableExpr("tasks AS t").ColumnExpr("t.id, t.organisation_id, t.operation_id, t.episode_id, t.title, t.planned_minutes").
			ColumnExpr(`(SELECT r.kind FROM bookings b JOIN rooms r ON r.id = b.room_id
				WHERE b.task_id = t.id AND b.status <> 'CANCELLED' ORDER BY b.start_date, b.id LIMIT 1) AS room_kind`).
			ColumnExpr(`(SELECT tm.function FROM bookings b JOIN team_members tm ON tm.technician_id = b.technician_id AND tm.production_id = t.production_id
				WHERE b.task_id = t.id AND b.status <> 'CANCELLED' ORDER BY b.start_date, b.id LIMIT 1) AS function`).
			ColumnExpr(`EXISTS (SELECT 1 FROM bookings b WHERE b.task_id = t.id AND b.status <> 'CANCELLED' AND b.technician_id IS NOT NULL) AS has_tech`).
			Where("t.production_id = ? AND t.organisation_id = ?", prod.ID, c.P.OrganisationID).
			OrderExpr("t.start_date, t.created_at, t.id").Scan(c.Ctx, &tasks)
		if err != nil {
			return nil, err
		}
		prices, err := pricesOn(c.Ctx, c.Tx, c.P.OrganisationID, dates.Today())
		if err != nil {
			return nil, err
		}
		v, err := start(c, prod, nil, nil)
		if err != nil {
			return nil, err
		}
		lines := make([]*db.QuoteLine, 0, len(tasks))
		for _, t := range tasks {
			if l := planLine(&t, prices); l != nil {
				lines = append(lines, l)
			}
		}
		if err := writeLines(c, v, lines); err != nil {
			return nil, err
		}
		return v, emit(c, v, EventCreated)
	})
}

// planLine prices one task; nil for a task with no planned time.
func planLine(t *planTask, prices *priceList) *db.QuoteLine {
	kind := db.LineTechnician
	var price *db.SalePrice
	if t.RoomKind != nil {
		kind = db.LineRoom
		if t.HasTech {
			kind = db.LineRoomWithOperator
		}
		price = dayPrice(prices.byRoomKind[*t.RoomKind])
	}
	if price == nil && t.Function != nil {
		price = dayPrice(prices.byFunction[strings.ToLower(*t.Function)])
	}
	if price == nil {
		price = dayPrice(prices.byOperation[t.OperationID])
	}
	hours := 8
	if price != nil {
		hours = price.HoursPerDay
	}
	qty := money.Quantity(money.DivHalfUp(int64(t.PlannedMinutes)*1000, int64(hours*60)))
	if qty <= 0 {
		return nil
	}
	op, task := t.OperationID, t.ID
	l := &db.QuoteLine{OrganisationID: t.OrganisationID, LineKey: uuid.New(), OperationID: &op, EpisodeID: t.EpisodeID, TaskID: &task,
		Kind: kind, Description: t.Title, Quantity: qty, Unit: db.QuoteUnitDay, HoursPerDay: hours, VatRate: 2000}
	if price == nil {
		l.Description = ToComplete
		if t.Title != "" {
			l.Description = t.Title + " — " + ToComplete
		}
	} else {
		l.UnitPrice = price.UnitPrice
	}
	return l
}

// dayPrice is a time price as the price of a day of its hours: a half day
// counts twice, an hour hoursPerDay times; a price not of time (flat, TB,
// unit) does not price a task.
func dayPrice(p *db.SalePrice) *db.SalePrice {
	if p == nil {
		return nil
	}
	d := *p
	switch p.Unit {
	case db.QuoteUnitDay:
	case db.QuoteUnitHalfDay:
		d.UnitPrice = 2 * p.UnitPrice
	case db.QuoteUnitHour:
		d.UnitPrice = money.Cents(p.HoursPerDay) * p.UnitPrice
	default:
		return nil
	}
	d.Unit = db.QuoteUnitDay
	return &d
}
