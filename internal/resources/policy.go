package resources

import (
	"context"

	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/auth"
	"github.com/postprod/postprod/internal/kernel/money"
	"github.com/postprod/postprod/internal/productions"
)

// Who may change technicians, rooms and operations, and who sees which
// technician.

// CanManage: ADMIN and COORDINATOR keep technicians, rooms and the
// organisation's own operations.
func CanManage(p *auth.Principal) bool { return p.Manages() }

// CanListRooms: the rooms are for the people who work on productions (a
// technician picks one on a slip, a producer sees them on bookings); a
// rights holder sees only the catalogue.
func CanListRooms(p *auth.Principal) bool { return !p.Is(db.RoleRightsHolder) }

// CanListTechnicians: the staff read the whole technician list.
func CanListTechnicians(p *auth.Principal) bool { return p.SeesWholeOrganisation() }

// Rates are costs (auth.CostRoles): a technician's rates are read by the
// cost roles and by that technician, a room's by the cost roles only; the
// others read null. They answer the schema's nullable rate fields whatever
// the path that reached the row (a team, a booking, a slip), and copy the
// amount, so a row a loader shares is never changed.

// HourlyRate is a technician's hourly rate as the caller may see it.
func HourlyRate(ctx context.Context, t *db.Technician) *money.Cents {
	return auth.Cost(auth.FromContext(ctx).SeesCostsOf(t.ID), t.HourlyRate)
}

// DailyRate is a technician's daily rate as the caller may see it.
func DailyRate(ctx context.Context, t *db.Technician) *money.Cents {
	return auth.Cost(auth.FromContext(ctx).SeesCostsOf(t.ID), t.DailyRate)
}

// RoomRate is a room's daily rate as the caller may see it.
func RoomRate(ctx context.Context, r *db.Room) *money.Cents {
	return auth.Cost(auth.FromContext(ctx).SeesCosts(), r.DailyRate)
}

// VisibleTechnicians restricts a query on technicians (aliased
// "technician"): the staff see all of the organisation's, a technician
// themself, anyone else those on the team of a production they may see.
func VisibleTechnicians(q *bun.SelectQuery, p *auth.Principal) *bun.SelectQuery {
	q = q.Where("technician.organisation_id = ?", p.OrganisationID)
	switch {
	case p.SeesWholeOrganisation():
		return q
	case p.OwnTechnician() != nil:
		return q.Where("technician.id = ?", *p.OwnTechnician())
	default:
		return q.Where("technician.id IN (?)",
			productions.Scope(q.NewSelect().TableExpr("team_members AS tm").Column("tm.technician_id"), p, "tm.production_id"))
	}
}

// Fields names the check behind each schema field that @hasRole guards.
var Fields = map[string]auth.Check{
	"Query.technicians":         CanListTechnicians,
	"Mutation.createTechnician": CanManage,
	"Mutation.updateTechnician": CanManage,
	"Query.rooms":               CanListRooms,
	"Mutation.createRoom":       CanManage,
	"Mutation.updateRoom":       CanManage,
	"Mutation.createOperation":  CanManage,
}
