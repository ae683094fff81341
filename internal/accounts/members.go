package accounts

import (
	"context"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/auth"
	"github.com/postprod/postprod/internal/kernel/apperr"
)

// An admin removes a member or changes their role. Either way the person's
// open websockets close on every replica (their feed was authorised for the
// old role); a removed member's sessions are revoked too, while a member
// with a new role keeps their sessions, which read the new role on their
// next request.

// MemberRoleInput is a member's new role and the record it needs: a
// producer's client, a technician's technician record.
type MemberRoleInput struct {
	Role         db.Role
	ClientID     *uuid.UUID
	TechnicianID *uuid.UUID
}

// memberOf locks the membership id of the caller's organisation, refusing
// the caller's own (an admin cannot remove or demote themselves, so an
// organisation keeps an admin).
func memberOf(ctx context.Context, tx bun.Tx, p *auth.Principal, id uuid.UUID) (*db.Membership, error) {
	m := new(db.Membership)
	err := tx.NewSelect().Model(m).Where("id = ? AND organisation_id = ?", id, p.OrganisationID).For("UPDATE").Scan(ctx)
	if err != nil {
		return nil, apperr.Missing(err, "membre")
	}
	if m.UserID == p.UserID {
		return nil, apperr.Invalid("id", "Vous ne pouvez pas modifier votre propre accès.", "You cannot change your own access.")
	}
	return m, nil
}

// RemoveMember takes a person out of the organisation and revokes their sessions.
func (s *Service) RemoveMember(ctx context.Context, id uuid.UUID) error {
	p, err := auth.Authorize(ctx, CanAdminister)
	if err != nil {
		return err
	}
	var user uuid.UUID
	return s.afterCommit(db.InTx(ctx, s.DB, func(tx bun.Tx) error {
		m, err := memberOf(ctx, tx, p, id)
		if err != nil {
			return err
		}
		if _, err := tx.NewDelete().Model(m).WherePK().Exec(ctx); err != nil {
			return err
		}
		user = m.UserID
		return revokeUser(ctx, tx, m.UserID)
	}), auth.Revocation{Kind: auth.RevokeUser, ID: user})
}

// ChangeMemberRole gives a member another role.
func (s *Service) ChangeMemberRole(ctx context.Context, id uuid.UUID, in MemberRoleInput) (*db.Membership, error) {
	p, err := auth.Authorize(ctx, CanAdminister)
	if err != nil {
		return nil, err
	}
	if err := s.checkRoleRecords(ctx, p, in.Role, in.ClientID, in.TechnicianID); err != nil {
		return nil, err
	}
	var m *db.Membership
	err = db.InTx(ctx, s.DB, func(tx bun.Tx) error {
		if m, err = memberOf(ctx, tx, p, id); err != nil {
			return err
		}
		m.Role, m.ClientID, m.TechnicianID = in.Role, nil, nil
		switch in.Role {
		case db.RoleProducer:
			m.ClientID = in.ClientID
		case db.RoleTechnician:
			m.TechnicianID = in.TechnicianID
		}
		if _, err := tx.NewUpdate().Model(m).Column("role", "client_id", "technician_id").WherePK().Exec(ctx); err != nil {
			return err
		}
		return announce(ctx, tx, auth.Revocation{Kind: auth.RevokeUser, ID: m.UserID})
	})
	if err != nil {
		return nil, err
	}
	return m, s.afterCommit(nil, auth.Revocation{Kind: auth.RevokeUser, ID: m.UserID})
}

// checkRoleRecords checks a role given to a person: not INTEGRATION, a
// producer with a client and a technician with a technician record, both of
// the caller's organisation.
func (s *Service) checkRoleRecords(ctx context.Context, p *auth.Principal, role db.Role, clientID, technicianID *uuid.UUID) error {
	if role == db.RoleIntegration || role == "" {
		return apperr.Invalid("role", "Rôle impossible pour une personne.", "This role cannot be given to a person.")
	}
	if role == db.RoleProducer && clientID == nil {
		return apperr.Invalid("clientId", "Un producteur doit être rattaché à un client.", "A producer must belong to a client.")
	}
	if role == db.RoleTechnician && technicianID == nil {
		return apperr.Invalid("technicianId", "Un technicien doit être rattaché à sa fiche technicien.", "A technician must be linked to a technician record.")
	}
	if clientID != nil {
		if ok, err := s.DB.NewSelect().Model((*db.Client)(nil)).Where("id = ? AND organisation_id = ?", *clientID, p.OrganisationID).Exists(ctx); err != nil || !ok {
			return apperr.Or(err, apperr.Invalid("clientId", "Client inconnu.", "Unknown client."))
		}
	}
	if technicianID != nil {
		if ok, err := s.DB.NewSelect().Model((*db.Technician)(nil)).Where("id = ? AND organisation_id = ?", *technicianID, p.OrganisationID).Exists(ctx); err != nil || !ok {
			return apperr.Or(err, apperr.Invalid("technicianId", "Technicien inconnu.", "Unknown technician."))
		}
	}
	return nil
}
