package planning

import (
	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/auth"
	"github.com/postprod/postprod/internal/kernel/apperr"
	"github.com/postprod/postprod/internal/productions"
)

// Who may plan, and which tasks, bookings and unavailabilities each role
// sees. Tasks and bookings follow the productions' visibility
// (productions.Scope), except that a technician sees only their own
// bookings.

// CanPlan: ADMIN and COORDINATOR change tasks, dependencies and bookings.
func CanPlan(p *auth.Principal) bool { return p.Manages() }

// CanSetTaskStatus: the planners, and a technician for the tasks they are
// booked on (checked on the row, see SetStatus).
func CanSetTaskStatus(p *auth.Principal) bool { return CanPlan(p) || p.OwnTechnician() != nil }

// CanDeclareUnavailability: the planners for anyone, a technician for
// themself (ForTechnician picks whom).
func CanDeclareUnavailability(p *auth.Principal) bool {
	return CanPlan(p) || p.OwnTechnician() != nil
}

// CanResetFeed: the planners for anyone, a technician for their own feed.
func CanResetFeed(p *auth.Principal) bool { return CanPlan(p) || p.OwnTechnician() != nil }

// ForTechnician is the technician a change is about: the one named, for a
// planner (who must name one); the caller themself, for a technician (who
// may not name another).
func ForTechnician(p *auth.Principal, named *uuid.UUID) (*uuid.UUID, error) {
	switch {
	case CanPlan(p):
		if named == nil {
			return nil, apperr.Invalid("technicianId", "Précisez le technicien.", "Name the technician.")
		}
		return named, nil
	case p.OwnTechnician() != nil:
		if named != nil && *named != *p.OwnTechnician() {
			return nil, apperr.ForbiddenErr()
		}
		return p.OwnTechnician(), nil
	default:
		return nil, apperr.ForbiddenErr()
	}
}

// ScopeTasks restricts a query on tasks (aliased "task") to those of
// productions the caller may see.
func ScopeTasks(q *bun.SelectQuery, p *auth.Principal) *bun.SelectQuery {
	return productions.Scope(q.Where("task.organisation_id = ?", p.OrganisationID), p, "task.production_id")
}

// VisibleBookings restricts a query on bookings (aliased "booking"): those
// of the productions the caller may see, and for a technician their own.
func VisibleBookings(q *bun.SelectQuery, p *auth.Principal) *bun.SelectQuery {
	q = q.Where("booking.organisation_id = ?", p.OrganisationID)
	if t := p.OwnTechnician(); t != nil {
		return q.Where("booking.technician_id = ?", *t)
	}
	return productions.Scope(q, p, "booking.production_id")
}

// OwnBookings keeps, of a visible task's bookings, those the caller may
// see: a technician sees only their own.
func OwnBookings(p *auth.Principal, bs []*db.Booking) []*db.Booking {
	if p == nil || !p.Is(db.RoleTechnician) {
		return bs
	}
	out := []*db.Booking{}
	for _, b := range bs {
		if b.TechnicianID != nil && p.TechnicianID != nil && *b.TechnicianID == *p.TechnicianID {
			out = append(out, b)
		}
	}
	return out
}

// ScopeUnavailabilities restricts a query on unavailabilities: the staff
// read everyone's, a technician their own; FORBIDDEN for the others.
func ScopeUnavailabilities(q *bun.SelectQuery, p *auth.Principal) (*bun.SelectQuery, error) {
	q = q.Where("organisation_id = ?", p.OrganisationID)
	switch {
	case p.SeesWholeOrganisation():
		return q, nil
	case p.OwnTechnician() != nil:
		return q.Where("technician_id = ?", *p.OwnTechnician()), nil
	default:
		return nil, apperr.ForbiddenErr()
	}
}

// Fields names the check behind each schema field that @hasRole guards.
var Fields = map[string]auth.Check{
	"Mutation.createTask":               CanPlan,
	"Mutation.updateTask":               CanPlan,
	"Mutation.deleteTask":               CanPlan,
	"Mutation.setTaskStatus":            CanSetTaskStatus,
	"Mutation.setTaskDependencies":      CanPlan,
	"Mutation.shiftTask":                CanPlan,
	"Mutation.planEpisodesFromTemplate": CanPlan,
	"Mutation.createBooking":            CanPlan,
	"Mutation.moveBooking":              CanPlan,
	"Mutation.setBookingStatus":         CanPlan,
	"Mutation.declareUnavailability":    CanDeclareUnavailability,
	"Mutation.deleteUnavailability":     CanDeclareUnavailability,
	"Mutation.resetCalendarFeed":        CanResetFeed,
}
