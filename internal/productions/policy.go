package productions

import (
	"context"

	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/auth"
	"github.com/postprod/postprod/internal/kernel/apperr"
	"github.com/postprod/postprod/internal/kernel/money"
)

// Who may do what with productions, and which productions each role sees.
// Every other domain that keeps rows of a production (bookings, tasks,
// slips, deliveries, technicians on a team...) filters them with Scope: the
// visibility rule is written here only.

// CanManage: ADMIN and COORDINATOR create and change productions, their
// episodes and their teams.
func CanManage(p *auth.Principal) bool { return p.Manages() }

// CanManageClients: ADMIN and COORDINATOR keep the client list.
func CanManageClients(p *auth.Principal) bool { return p.Manages() }

// SeesAll: the staff (ADMIN, COORDINATOR, ACCOUNTANT, INTEGRATION) read every
// production of the organisation, and may follow all of them at once.
func SeesAll(p *auth.Principal) bool { return p.SeesWholeOrganisation() }

// Scope keeps the rows of q whose column (e.g. "booking.production_id")
// names a production the caller may see: every production for the staff,
// their client's for a producer, those whose team they are on for a
// technician, none for anyone else. It does not filter the organisation:
// the caller filters its own table's organisation_id.
func Scope(q *bun.SelectQuery, p *auth.Principal, column string) *bun.SelectQuery {
	switch {
	case SeesAll(p):
		return q
	case p.OwnClient() != nil:
		return q.Where("? IN (SELECT vp.id FROM productions vp WHERE vp.client_id = ?)", bun.Ident(column), *p.OwnClient())
	case p.OwnTechnician() != nil:
		return q.Where("? IN (SELECT vt.production_id FROM team_members vt WHERE vt.technician_id = ?)", bun.Ident(column), *p.OwnTechnician())
	default:
		return q.Where("false")
	}
}

// Visible restricts a query on productions (aliased "production") to what
// the caller may see. Every read of productions goes through it.
func Visible(q *bun.SelectQuery, p *auth.Principal) *bun.SelectQuery {
	return Scope(q.Where("production.organisation_id = ?", p.OrganisationID), p, "production.id")
}

// VisibleClients restricts a query on clients (aliased "client"): the
// whole organisation for its staff, their own client for a producer;
// FORBIDDEN for the others (a technician reaches a client only through a
// production they work on).
func VisibleClients(q *bun.SelectQuery, p *auth.Principal) (*bun.SelectQuery, error) {
	q = q.Where("client.organisation_id = ?", p.OrganisationID)
	switch {
	case SeesAll(p):
		return q, nil
	case p.OwnClient() != nil:
		return q.Where("client.id = ?", *p.OwnClient()), nil
	default:
		return nil, apperr.ForbiddenErr()
	}
}

// TeamMemberRate is a team member's daily rate as the caller may see it: a
// cost (auth.CostRoles), read by the cost roles and by that technician;
// null for the producer and the rest of the team. It copies the amount, so
// a row a loader shares is never changed.
func TeamMemberRate(ctx context.Context, tm *db.TeamMember) *money.Cents {
	return auth.Cost(auth.FromContext(ctx).SeesCostsOf(tm.TechnicianID), tm.DailyRate)
}

// Fields names the check behind each schema field that @hasRole guards.
var Fields = map[string]auth.Check{
	"Mutation.createClient":     CanManageClients,
	"Mutation.updateClient":     CanManageClients,
	"Mutation.createProduction": CanManage,
	"Mutation.updateProduction": CanManage,
	"Mutation.addEpisode":       CanManage,
	"Mutation.addEpisodes":      CanManage,
	"Mutation.addTeamMember":    CanManage,
	"Mutation.updateTeamMember": CanManage,
	"Mutation.removeTeamMember": CanManage,
}
