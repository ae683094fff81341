package db

// Accounts: organisations, users, their memberships and roles, sessions and API tokens.

import (
	"io"
	"slices"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"
)

// Role is what a member may do in an organisation.
type Role string

const (
	RoleAdmin        Role = "ADMIN"
	RoleCoordinator  Role = "COORDINATOR"
	RoleProducer     Role = "PRODUCER"
	RoleTechnician   Role = "TECHNICIAN"
	RoleRightsHolder Role = "RIGHTS_HOLDER"
	RoleAccountant   Role = "ACCOUNTANT"
	RoleIntegration  Role = "INTEGRATION" // API tokens only, never a membership
)

var AllRoles = []Role{RoleAdmin, RoleCoordinator, RoleProducer, RoleTechnician, RoleRightsHolder, RoleAccountant, RoleIntegration}

func (r Role) Valid() bool            { return slices.Contains(AllRoles, r) }
func (r Role) MarshalGQL(w io.Writer) { MarshalEnum(w, r) }
func (r *Role) UnmarshalGQL(v any) (err error) {
	*r, err = UnmarshalEnum(v, AllRoles, "Role")
	return
}

type Organisation struct {
	bun.BaseModel `bun:"table:organisations"`
	ID            uuid.UUID `bun:",pk,type:uuid,default:gen_random_uuid()"`
	Name          string
	LegalName     string
	Siret         string
	VatNumber     string
	Address       string
	CreatedAt     time.Time `bun:",nullzero,default:now()"`
	UpdatedAt     time.Time `bun:",nullzero,default:now()"`
}

type User struct {
	bun.BaseModel `bun:"table:users"`
	ID            uuid.UUID `bun:",pk,type:uuid,default:gen_random_uuid()"`
	Email         string
	Name          string
	PasswordHash  string `json:"-"`
	Locale        string
	CreatedAt     time.Time `bun:",nullzero,default:now()"`
	UpdatedAt     time.Time `bun:",nullzero,default:now()"`
}

type Membership struct {
	bun.BaseModel  `bun:"table:memberships"`
	ID             uuid.UUID `bun:",pk,type:uuid,default:gen_random_uuid()"`
	OrganisationID uuid.UUID `bun:"type:uuid"`
	UserID         uuid.UUID `bun:"type:uuid"`
	Role           Role
	ClientID       *uuid.UUID `bun:"type:uuid"`
	TechnicianID   *uuid.UUID `bun:"type:uuid"`
	CreatedAt      time.Time  `bun:",nullzero,default:now()"`
}

type RefreshToken struct {
	bun.BaseModel `bun:"table:refresh_tokens"`
	ID            uuid.UUID `bun:",pk,type:uuid,default:gen_random_uuid()"`
	UserID        uuid.UUID `bun:"type:uuid"`
	FamilyID      uuid.UUID `bun:"type:uuid"`
	TokenHash     []byte
	ExpiresAt     time.Time
	UsedAt        *time.Time
	RevokedAt     *time.Time
	CreatedAt     time.Time `bun:",nullzero,default:now()"`
}

type APIToken struct {
	bun.BaseModel  `bun:"table:api_tokens"`
	ID             uuid.UUID `bun:",pk,type:uuid,default:gen_random_uuid()"`
	OrganisationID uuid.UUID `bun:"type:uuid"`
	Name           string
	TokenHash      []byte     `json:"-"`
	CreatedBy      *uuid.UUID `bun:"type:uuid"`
	CreatedAt      time.Time  `bun:",nullzero,default:now()"`
	LastUsedAt     *time.Time
	RevokedAt      *time.Time
}

type Invitation struct {
	bun.BaseModel  `bun:"table:invitations"`
	ID             uuid.UUID `bun:",pk,type:uuid,default:gen_random_uuid()"`
	OrganisationID uuid.UUID `bun:"type:uuid"`
	Email          string
	Role           Role
	ClientID       *uuid.UUID `bun:"type:uuid"`
	TechnicianID   *uuid.UUID `bun:"type:uuid"`
	TokenHash      []byte     `json:"-"`
	InvitedBy      *uuid.UUID `bun:"type:uuid"`
	ExpiresAt      time.Time
	AcceptedAt     *time.Time
	Locale         string    // the invitation mail's language
	CreatedAt      time.Time `bun:",nullzero,default:now()"`
}
