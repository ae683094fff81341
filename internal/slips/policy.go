package slips

import (
	"context"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/auth"
	"github.com/postprod/postprod/internal/kernel/apperr"
	"github.com/postprod/postprod/internal/kernel/money"
	"github.com/postprod/postprod/internal/productions"
)

// Who may declare, approve and read slips and their tracking.

// CanSubmitSlips: a technician declares their own sessions; the coordinators may
// declare one for any technician.
func CanSubmitSlips(p *auth.Principal) bool { return p.Manages() || p.OwnTechnician() != nil }

// CanApproveSlips: ADMIN and COORDINATOR approve, reject and correct slips.
func CanApproveSlips(p *auth.Principal) bool { return p.Manages() }

// CanTrack: planned against actual is for the staff and the producer of the
// production; a technician does not see other people's time, a rights
// holder sees only the catalogue.
func CanTrack(p *auth.Principal) bool { return p.SeesWholeOrganisation() || p.Is(db.RoleProducer) }

// The cost of tracked time is worked minutes at the technicians' rates: a
// cost (auth.CostRoles). A producer tracks their productions in minutes and
// levels; the money is null for them.

// ActualCost is a tracking row's cost of the time worked, as the caller
// may see it.
func ActualCost(ctx context.Context, r *Row) *money.Cents {
	return auth.Cost(auth.FromContext(ctx).SeesCosts(), r.ActualCost)
}

// ExcessCost is a tracking row's cost of the excess, as the caller may see
// it.
func ExcessCost(ctx context.Context, r *Row) *money.Cents {
	return auth.Cost(auth.FromContext(ctx).SeesCosts(), r.ExcessCost())
}

// SummaryActualCost and SummaryExcessCost are the headline's costs, as the
// caller may see them.
func SummaryActualCost(ctx context.Context, s *Summary) *money.Cents {
	return auth.Cost(auth.FromContext(ctx).SeesCosts(), s.ActualCost)
}

func SummaryExcessCost(ctx context.Context, s *Summary) *money.Cents {
	return auth.Cost(auth.FromContext(ctx).SeesCosts(), s.ExcessCost)
}

// CanSeeSlipWarnings: a slip's warnings speak of the technician's other
// sessions, on productions a producer may not see: the staff and the
// technician themself see them, a producer gets none.
func CanSeeSlipWarnings(p *auth.Principal) bool {
	return p.SeesWholeOrganisation() || p.OwnTechnician() != nil
}

// CanReviewFlags: the list of flagged slips is the staff's (coordinators
// follow the hours, accountants prepare the payroll on them).
func CanReviewFlags(p *auth.Principal) bool { return p.SeesWholeOrganisation() }

// Visible restricts a query on slips (aliased "slip") to the caller's: those
// of the productions they may see, and for a technician their own.
func Visible(q *bun.SelectQuery, p *auth.Principal) *bun.SelectQuery {
	q = q.Where("slip.organisation_id = ?", p.OrganisationID)
	if t := p.OwnTechnician(); t != nil {
		return q.Where("slip.technician_id = ?", *t)
	}
	return productions.Scope(q, p, "slip.production_id")
}

// technicianFor is whose session a slip records: the one named, for a
// coordinator (who must name one); the caller, for a technician (who may
// not name another).
func technicianFor(p *auth.Principal, requested *uuid.UUID) (uuid.UUID, error) {
	switch {
	case p.Manages():
		if requested == nil {
			return uuid.Nil, apperr.Invalid("technicianId", "Précisez le technicien.", "Name the technician.")
		}
		return *requested, nil
	case p.OwnTechnician() != nil:
		if requested != nil && *requested != *p.OwnTechnician() {
			return uuid.Nil, apperr.New(apperr.Forbidden, "technicianId", "Vous ne pouvez déclarer que vos propres séances.", "You can only declare your own sessions.")
		}
		return *p.OwnTechnician(), nil
	default:
		return uuid.Nil, apperr.ForbiddenErr()
	}
}

// mayResubmit: the coordinators any rejected slip, a technician their own.
func mayResubmit(p *auth.Principal, technicianID uuid.UUID) bool {
	return p.Manages() || (p.OwnTechnician() != nil && *p.OwnTechnician() == technicianID)
}

// Fields names the check behind each schema field that @hasRole guards.
var Fields = map[string]auth.Check{
	"Query.checkSlip":       CanSubmitSlips,
	"Query.flaggedSlips":    CanReviewFlags,
	"Mutation.submitSlip":   CanSubmitSlips,
	"Mutation.resubmitSlip": CanSubmitSlips,
	"Mutation.approveSlip":  CanApproveSlips,
	"Mutation.rejectSlip":   CanApproveSlips,
	"Mutation.approveSlips": CanApproveSlips,
	"Mutation.correctSlip":  CanApproveSlips,
}
