package resources

import (
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/auth"
	"github.com/postprod/postprod/internal/productions"
)

// Who may change technicians, rooms and operations, and who sees which
// technician.

// CanManage: ADMIN and COORDINATOR keep technicians, rooms and the
// organisation's own operations.
func CanManage(p *auth.Principal) bool { return p.Manages() }

// CanListTechnicians: the staff read the whole technician list.
func CanListTechnicians(p *auth.Principal) bool { return p.SeesWholeOrganisation() }

// SeesCosts: technicians' and rooms' rates are private to ADMIN,
// COORDINATOR and ACCOUNTANT (DOMAIN.md, "Costs are private").
func SeesCosts(p *auth.Principal) bool {
	return p.Is(db.RoleAdmin, db.RoleCoordinator, db.RoleAccountant)
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
	"Mutation.createRoom":       CanManage,
	"Mutation.createOperation":  CanManage,
}
