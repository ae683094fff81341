// Package auth knows who is calling: passwords (argon2id), access JWTs,
// rotated refresh tokens, API tokens, and the Principal carried in a request's
// context. It decides identity, not permissions: each domain's policy.go
// names its checks (an auth.Check) and row scopes, and its services start
// with Authorize(ctx, check) or Require and a scope.
package auth

import (
	"context"
	"time"

	"github.com/google/uuid"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/kernel/apperr"
	"github.com/postprod/postprod/internal/kernel/money"
)

// Principal is an authenticated caller in one organisation.
type Principal struct {
	UserID         uuid.UUID // zero for an API token
	OrganisationID uuid.UUID
	Role           db.Role
	ClientID       *uuid.UUID // the producer's client
	TechnicianID   *uuid.UUID // the technician's own record
	TokenID        uuid.UUID  // the API token, for INTEGRATION
	SessionID      uuid.UUID  // the login session (refresh-token family) of a user's access token
	ExpiresAt      time.Time
}

// Is reports whether the principal has one of roles.
func (p *Principal) Is(roles ...db.Role) bool {
	for _, r := range roles {
		if p.Role == r {
			return true
		}
	}
	return false
}

// The three role sets every domain's policy builds on; they are written here
// and nowhere else.
var (
	// StaffRoles read every production of the organisation.
	StaffRoles = []db.Role{db.RoleAdmin, db.RoleCoordinator, db.RoleAccountant, db.RoleIntegration}
	// ManagerRoles change the organisation's productions, plan, staff and catalogue.
	ManagerRoles = []db.Role{db.RoleAdmin, db.RoleCoordinator}
	// CostRoles read what the organisation pays: technicians' and team
	// rates, room rates, the cost of tracked time, gross pay and margins
	// (DOMAIN.md, "Costs are private"). INTEGRATION is one of them: an
	// organisation's API token serves its accounting or payroll system,
	// which reads costs as the ACCOUNTANT does. A producer sees prices only
	// in what is sent to them (quotes, amendments, invoices, reports).
	CostRoles = []db.Role{db.RoleAdmin, db.RoleCoordinator, db.RoleAccountant, db.RoleIntegration}
)

// SeesWholeOrganisation is true for the roles that read every production.
func (p *Principal) SeesWholeOrganisation() bool { return p.Is(StaffRoles...) }

// Manages is true for the roles that change productions, clients and staff.
func (p *Principal) Manages() bool { return p.Is(ManagerRoles...) }

// SeesCosts is true for the roles that read every cost of the
// organisation. It is the one cost rule: each domain's policy answers its
// cost fields through it (or SeesCostsOf) and Cost.
func (p *Principal) SeesCosts() bool { return p != nil && p.Is(CostRoles...) }

// SeesCostsOf is true for the costs tied to one technician (their rates,
// their rate on a team, their pay): the cost roles, and that technician
// themself.
func (p *Principal) SeesCostsOf(technicianID uuid.UUID) bool {
	if p == nil {
		return false
	}
	if p.SeesCosts() {
		return true
	}
	own := p.OwnTechnician()
	return own != nil && *own == technicianID
}

// Cost is what a cost field answers: the amount when the caller may see
// it, null otherwise. It returns a copy, so that a row shared by a
// loader's cache is never changed.
func Cost(seen bool, c money.Cents) *money.Cents {
	if !seen {
		return nil
	}
	return &c
}

// OwnTechnician is the technician record of a TECHNICIAN caller, nil for
// any other caller.
func (p *Principal) OwnTechnician() *uuid.UUID {
	if p.Is(db.RoleTechnician) {
		return p.TechnicianID
	}
	return nil
}

// OwnClient is the client of a PRODUCER caller, nil for any other caller.
func (p *Principal) OwnClient() *uuid.UUID {
	if p.Is(db.RoleProducer) {
		return p.ClientID
	}
	return nil
}

// ActorID is the user behind a change, nil for an integration.
func (p *Principal) ActorID() *uuid.UUID {
	if p.UserID == uuid.Nil {
		return nil
	}
	id := p.UserID
	return &id
}

type ctxKey struct{}
type langKey struct{}

func WithPrincipal(ctx context.Context, p *Principal) context.Context {
	return context.WithValue(ctx, ctxKey{}, p)
}

// FromContext returns the caller, or nil when anonymous.
func FromContext(ctx context.Context) *Principal {
	p, _ := ctx.Value(ctxKey{}).(*Principal)
	return p
}

// Require returns the caller or UNAUTHENTICATED.
func Require(ctx context.Context) (*Principal, error) {
	p := FromContext(ctx)
	if p == nil {
		return nil, apperr.UnauthenticatedErr()
	}
	return p, nil
}

// WithLang records the language the caller reads ("fr" or "en").
func WithLang(ctx context.Context, lang string) context.Context {
	return context.WithValue(ctx, langKey{}, lang)
}

func Lang(ctx context.Context) string {
	if l, ok := ctx.Value(langKey{}).(string); ok {
		return l
	}
	return "fr"
}

// Check is a named policy check of a domain (productions.CanManage,
// slips.CanApprove...): may this caller do this, whatever the row?
type Check func(p *Principal) bool

// Anyone lets every authenticated caller through; the rows they reach are
// then limited by the domain's scope.
func Anyone(*Principal) bool { return true }

// Authorize returns the caller when check allows them: UNAUTHENTICATED
// without a caller, FORBIDDEN when the check refuses. Every service method
// starts with it (or with Require and a scope).
func Authorize(ctx context.Context, check Check) (*Principal, error) {
	p, err := Require(ctx)
	if err != nil {
		return nil, err
	}
	if !check(p) {
		return nil, apperr.ForbiddenErr()
	}
	return p, nil
}
