package accounts

import (
	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/auth"
)

// Who may run the organisation's accounts.

// CanAdminister: only ADMIN edits the organisation's legal details,
// invites, removes and re-roles people and issues or revokes API tokens.
func CanAdminister(p *auth.Principal) bool { return p.Is(db.RoleAdmin) }

// CanListMembers: ADMIN and COORDINATOR see who belongs to the
// organisation (to staff productions and link rights holders).
func CanListMembers(p *auth.Principal) bool { return p.Manages() }

// Fields names the check behind each schema field that @hasRole guards.
var Fields = map[string]auth.Check{
	"Query.apiTokens":             CanAdminister,
	"Query.members":               CanListMembers,
	"Mutation.inviteUser":         CanAdminister,
	"Mutation.updateOrganisation": CanAdminister,
	"Mutation.createApiToken":     CanAdminister,
	"Mutation.revokeApiToken":     CanAdminister,
	"Mutation.removeMember":       CanAdminister,
	"Mutation.changeMemberRole":   CanAdminister,
}
