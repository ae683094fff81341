package accounts

import (
	"context"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/auth"
	"github.com/postprod/postprod/internal/kernel/apperr"
	"github.com/postprod/postprod/internal/kernel/dates"
	"github.com/postprod/postprod/internal/kernel/page"
	"github.com/postprod/postprod/internal/kernel/validate"
	"github.com/postprod/postprod/internal/notifications"
	"github.com/postprod/postprod/internal/platform/mail"
)

// Me is the caller's user (nil for an API token), organisation and role.
type Me struct {
	User         *db.User
	Organisation *db.Organisation
	Role         db.Role
	TechnicianID *uuid.UUID
	ClientID     *uuid.UUID
}

func (s *Service) Me(ctx context.Context) (*Me, error) {
	p, err := auth.Require(ctx)
	if err != nil {
		return nil, err
	}
	me := &Me{Role: p.Role, TechnicianID: p.TechnicianID, ClientID: p.ClientID, Organisation: new(db.Organisation)}
	if err := s.DB.NewSelect().Model(me.Organisation).Where("id = ?", p.OrganisationID).Scan(ctx); err != nil {
		return nil, err
	}
	if p.UserID != uuid.Nil {
		me.User = new(db.User)
		if err := s.DB.NewSelect().Model(me.User).Where("id = ?", p.UserID).Scan(ctx); err != nil {
			return nil, err
		}
	}
	return me, nil
}

// OrganisationInput holds the legal details printed on invoices and statements.
type OrganisationInput struct {
	Name, LegalName, Siret, VatNumber, Address string
}

func (s *Service) UpdateOrganisation(ctx context.Context, in OrganisationInput) (*db.Organisation, error) {
	p, err := auth.Authorize(ctx, CanAdminister)
	if err != nil {
		return nil, err
	}
	o := &db.Organisation{ID: p.OrganisationID}
	if o.Name, err = validate.Required("name", in.Name, 200); err != nil {
		return nil, err
	}
	if o.LegalName, err = validate.Optional("legalName", in.LegalName, 200); err != nil {
		return nil, err
	}
	if o.Siret, err = validate.Siret("siret", in.Siret); err != nil {
		return nil, err
	}
	if o.VatNumber, err = validate.Optional("vatNumber", in.VatNumber, 20); err != nil {
		return nil, err
	}
	if o.Address, err = validate.Optional("address", in.Address, 500); err != nil {
		return nil, err
	}
	_, err = s.DB.NewUpdate().Model(o).Column("name", "legal_name", "siret", "vat_number", "address").
		Set("updated_at = now()").WherePK().Returning("*").Exec(ctx)
	return o, err
}

// InviteInput names the future member; a producer needs a client, a
// technician their technician record.
type InviteInput struct {
	Email        string
	Role         db.Role
	ClientID     *uuid.UUID
	TechnicianID *uuid.UUID
	// Locale is the invitation mail's language, "fr" (default) or "en";
	// the account created from it starts in that language.
	Locale string
}

// Invite creates an invitation, mails its link (/invitation/<token>) to
// the person in the same transaction, and returns the token too (the
// admin may still pass the link on by hand).
func (s *Service) Invite(ctx context.Context, in InviteInput) (*NewInvitation, error) {
	p, err := auth.Authorize(ctx, CanAdminister)
	if err != nil {
		return nil, err
	}
	email, err := validate.Email("email", in.Email)
	if err != nil {
		return nil, err
	}
	member, err := s.DB.NewSelect().Model((*db.Membership)(nil)).Join("JOIN users AS u ON u.id = membership.user_id").
		Where("membership.organisation_id = ? AND lower(u.email) = ?", p.OrganisationID, email).Exists(ctx)
	if err != nil {
		return nil, err
	}
	if member {
		return nil, apperr.New(apperr.Conflict, "email", "Cette adresse est déjà celle d'un membre de l'organisation : inutile de l'inviter.",
			"This address already belongs to a member of the organisation: there is no need to invite it.")
	}
	if err := s.checkRoleRecords(ctx, p, in.Role, in.ClientID, in.TechnicianID); err != nil {
		return nil, err
	}
	locale := in.Locale
	if locale == "" {
		locale = "fr"
	}
	if locale != "fr" && locale != "en" {
		return nil, apperr.Invalid("locale", "Langue attendue : fr ou en.", "Language expected: fr or en.")
	}
	token, hash := auth.NewOpaqueToken("ppi_")
	inv := &db.Invitation{OrganisationID: p.OrganisationID, Email: email, Role: in.Role, ClientID: in.ClientID, TechnicianID: in.TechnicianID,
		TokenHash: hash, InvitedBy: p.ActorID(), ExpiresAt: time.Now().Add(7 * 24 * time.Hour), Locale: locale}
	err = db.InTx(ctx, s.DB, func(tx bun.Tx) error {
		if _, err := tx.NewInsert().Model(inv).Returning("*").Exec(ctx); err != nil {
			return err
		}
		return s.Notify.Email(ctx, tx, &p.OrganisationID, db.NotificationInvitation, mail.Address{Email: email}, locale, "/invitation/"+token,
			map[string]string{notifications.ParamRole: string(in.Role), notifications.ParamExpires: dates.Of(inv.ExpiresAt.In(dates.Paris)).String()})
	})
	if err != nil {
		return nil, err
	}
	return &NewInvitation{Invitation: inv, Token: &token}, nil
}

// AcceptInvitation creates the user and membership and logs them in.
func (s *Service) AcceptInvitation(ctx context.Context, token, name, password string) (*Session, error) {
	name, err := validate.Required("name", name, 200)
	if err != nil {
		return nil, err
	}
	hash, err := newPasswordHash(password)
	if err != nil {
		return nil, err
	}
	var sess *Session
	err = db.InTx(ctx, s.DB, func(tx bun.Tx) error {
		inv := new(db.Invitation)
		err := tx.NewSelect().Model(inv).Where("token_hash = ?", auth.HashToken(token)).For("UPDATE").Scan(ctx)
		if apperr.NoRows(err) || (err == nil && (inv.AcceptedAt != nil || time.Now().After(inv.ExpiresAt))) {
			return apperr.Invalid("token", "Invitation invalide ou expirée.", "Invalid or expired invitation.")
		}
		if err != nil {
			return err
		}
		u, err := createUser(ctx, tx, inv.Email, name, hash)
		if err != nil {
			return err
		}
		// The account reads the language its invitation was written in.
		if inv.Locale != "" && inv.Locale != u.Locale {
			u.Locale = inv.Locale
			if _, err := tx.NewUpdate().Model(u).Column("locale").WherePK().Exec(ctx); err != nil {
				return err
			}
		}
		m := &db.Membership{OrganisationID: inv.OrganisationID, UserID: u.ID, Role: inv.Role, ClientID: inv.ClientID, TechnicianID: inv.TechnicianID}
		if _, err := tx.NewInsert().Model(m).Exec(ctx); err != nil {
			return err
		}
		if _, err := tx.NewUpdate().Model(inv).Set("accepted_at = now()").WherePK().Exec(ctx); err != nil {
			return err
		}
		sess, err = s.newSession(ctx, tx, u, uuid.New())
		return err
	})
	return sess, err
}

// CreateAPIToken returns the token once; only its hash is kept.
func (s *Service) CreateAPIToken(ctx context.Context, name string) (*db.APIToken, string, error) {
	p, err := auth.Authorize(ctx, CanAdminister)
	if err != nil {
		return nil, "", err
	}
	name, err = validate.Required("name", name, 100)
	if err != nil {
		return nil, "", err
	}
	token, hash := auth.NewOpaqueToken(auth.APITokenPrefix)
	t := &db.APIToken{OrganisationID: p.OrganisationID, Name: name, TokenHash: hash, CreatedBy: p.ActorID()}
	if _, err := s.DB.NewInsert().Model(t).Returning("*").Exec(ctx); err != nil {
		return nil, "", err
	}
	return t, token, nil
}

// CreateAPITokenFor is the CLI's path (`postprod token create`): no caller,
// the operator of the server names the organisation.
func (s *Service) CreateAPITokenFor(ctx context.Context, orgID uuid.UUID, name string) (string, error) {
	token, hash := auth.NewOpaqueToken(auth.APITokenPrefix)
	_, err := s.DB.NewInsert().Model(&db.APIToken{OrganisationID: orgID, Name: name, TokenHash: hash}).Exec(ctx)
	return token, err
}

func (s *Service) RevokeAPIToken(ctx context.Context, id uuid.UUID) (*db.APIToken, error) {
	p, err := auth.Authorize(ctx, CanAdminister)
	if err != nil {
		return nil, err
	}
	t := new(db.APIToken)
	err = db.InTx(ctx, s.DB, func(tx bun.Tx) error {
		res, err := tx.NewUpdate().Model(t).Set("revoked_at = COALESCE(revoked_at, now())").
			Where("id = ? AND organisation_id = ?", id, p.OrganisationID).Returning("*").Exec(ctx)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return apperr.NotFoundErr("jeton d'API")
		}
		// Its open websockets close on every replica.
		return announce(ctx, tx, auth.Revocation{Kind: auth.RevokeToken, ID: t.ID})
	})
	if err != nil {
		return nil, err
	}
	return t, nil
}

func (s *Service) APITokens(ctx context.Context) ([]*db.APIToken, error) {
	p, err := auth.Authorize(ctx, CanAdminister)
	if err != nil {
		return nil, err
	}
	var ts []*db.APIToken
	err = s.DB.NewSelect().Model(&ts).Where("organisation_id = ?", p.OrganisationID).Order("created_at DESC").Limit(200).Scan(ctx)
	return ts, err
}

// NewInvitation is an invitation with its token, shown only to the admin
// who created it.
type NewInvitation struct {
	*db.Invitation
	Token *string
}

// Members lists the organisation's memberships, for its managers.
func (s *Service) Members(ctx context.Context, role *db.Role, a page.Args) ([]*db.Membership, page.Info, error) {
	p, err := auth.Authorize(ctx, CanListMembers)
	if err != nil {
		return nil, page.Info{}, err
	}
	q := s.DB.NewSelect().Where("membership.organisation_id = ?", p.OrganisationID)
	if role != nil {
		q = q.Where("membership.role = ?", *role)
	}
	return page.Fetch[*db.Membership](ctx, q.Order("membership.created_at", "membership.id"), a)
}
