package notifications

import (
	"slices"

	"github.com/google/uuid"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/auth"
)

// Who reads which inbox: every user reads their own, in the organisation
// they are signed in to, and nobody else's (not even an ADMIN). An API
// token is nobody: it has no inbox, and the inbox API refuses it
// (FORBIDDEN) rather than answer an empty list that would look like one.

// CanUseInbox: any signed-in user; not an integration token.
func CanUseInbox(p *auth.Principal) bool { return p.UserID != uuid.Nil }

// Locked kinds always come by email: the recipient may have no account yet
// (an invitation) or cannot sign in (a password reset).
func Locked(k db.NotificationKind) bool {
	return k == db.NotificationInvitation || k == db.NotificationPasswordReset
}

// KindsFor are the kinds a role can receive, as its preferences list
// them: the locked kinds for everyone, then what happens to that role.
func KindsFor(r db.Role) []db.NotificationKind {
	out := []db.NotificationKind{db.NotificationInvitation, db.NotificationPasswordReset}
	switch r {
	case db.RoleTechnician:
		out = append(out, db.NotificationSlipRejected, db.NotificationBookingCreated, db.NotificationBookingMoved, db.NotificationBookingCancelled)
	case db.RoleRightsHolder:
		out = append(out, db.NotificationStatementIssued)
	}
	return out
}

// receives reports whether a role can receive kind.
func receives(r db.Role, k db.NotificationKind) bool { return slices.Contains(KindsFor(r), k) }

// Fields names the check behind each schema field that @hasRole guards:
// none here, every inbox field is the caller's own and checked by
// CanUseInbox in the service.
var Fields = map[string]auth.Check{}
