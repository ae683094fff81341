package accounts

import (
	"context"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/auth"
	"github.com/postprod/postprod/internal/kernel/apperr"
	"github.com/postprod/postprod/internal/platform/live"
)

// Withdrawing access, and telling every replica.
//
// Each change that withdraws access announces an auth.Revocation on
// auth.RevocationChannel in its transaction; PostgreSQL delivers it at
// commit to every replica's listener, which forgets the memberships it
// kept for those callers (memberCache) and closes their websockets with
// 4403. The replica that made the change forgets them itself right after
// the commit (afterCommit), so its next request never waits for the
// notification.

// announce sends r from the changing transaction.
func announce(ctx context.Context, tx bun.IDB, r auth.Revocation) error {
	return live.Notify(ctx, tx, auth.RevocationChannel, r.String())
}

// revokeFamilyOf revokes the session (refresh-token family) of a refresh
// token; an unknown token revokes nothing.
func (s *Service) revokeFamilyOf(ctx context.Context, token string) error {
	var family uuid.UUID
	return s.afterCommit(db.InTx(ctx, s.DB, func(tx bun.Tx) error {
		err := tx.NewSelect().Model((*db.RefreshToken)(nil)).Column("family_id").Where("token_hash = ?", auth.HashToken(token)).Scan(ctx, &family)
		if err != nil || family == uuid.Nil {
			return ignoreNoRows(err)
		}
		if _, err := tx.NewUpdate().Model((*db.RefreshToken)(nil)).Set("revoked_at = now()").
			Where("family_id = ?", family).Where("revoked_at IS NULL").Exec(ctx); err != nil {
			return err
		}
		return announce(ctx, tx, auth.Revocation{Kind: auth.RevokeSession, ID: family})
	}), auth.Revocation{Kind: auth.RevokeSession, ID: family})
}

// afterCommit forgets, on this replica, the memberships r reaches once the
// transaction that announced r committed (err nil).
func (s *Service) afterCommit(err error, r auth.Revocation) error {
	if err == nil {
		s.members.forget(r)
	}
	return err
}

// revokeUser revokes every session of a user.
func revokeUser(ctx context.Context, tx bun.IDB, userID uuid.UUID) error {
	if _, err := tx.NewUpdate().Model((*db.RefreshToken)(nil)).Set("revoked_at = now()").
		Where("user_id = ?", userID).Where("revoked_at IS NULL").Exec(ctx); err != nil {
		return err
	}
	return announce(ctx, tx, auth.Revocation{Kind: auth.RevokeUser, ID: userID})
}

func ignoreNoRows(err error) error {
	if err != nil && !apperr.NoRows(err) {
		return err
	}
	return nil
}

// StillValid reports whether a principal authenticated earlier (a
// websocket's) would still be accepted with the same role: its API token
// not revoked, or its membership unchanged and its session alive. A
// replica calls it for every open connection after its listener
// reconnects, since revocations announced meanwhile were not heard.
func (s *Service) StillValid(ctx context.Context, p *auth.Principal) (bool, error) {
	if p.TokenID != uuid.Nil {
		return s.DB.NewSelect().Model((*db.APIToken)(nil)).Where("id = ? AND revoked_at IS NULL", p.TokenID).Exists(ctx)
	}
	q := s.DB.NewSelect().Model((*db.Membership)(nil)).
		Where("user_id = ? AND organisation_id = ? AND role = ?", p.UserID, p.OrganisationID, p.Role).
		Where("client_id IS NOT DISTINCT FROM ? AND technician_id IS NOT DISTINCT FROM ?", p.ClientID, p.TechnicianID)
	if p.SessionID != uuid.Nil {
		q = q.Where("EXISTS (SELECT 1 FROM refresh_tokens WHERE family_id = ? AND user_id = ? AND revoked_at IS NULL)", p.SessionID, p.UserID)
	}
	return q.Exists(ctx)
}
