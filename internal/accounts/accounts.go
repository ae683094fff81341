// Package accounts holds organisations, users, memberships and sessions:
// sign-up, login, refresh rotation, logout, invitations and API tokens, and
// turning a bearer token into an auth.Principal.
package accounts

import (
	"context"
	"log/slog"
	"strings"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/auth"
	"github.com/postprod/postprod/internal/kernel/apperr"
	"github.com/postprod/postprod/internal/kernel/validate"
	"github.com/postprod/postprod/internal/notifications"
)

type Service struct {
	DB          *bun.DB
	Signer      *auth.Signer
	AllowSignUp bool
	// Notify mails invitations and password resets.
	Notify  *notifications.Notifier
	logins  loginLimiter
	members memberCache
}

// Session is what login, sign-up and refresh return.
type Session struct {
	AccessToken     string
	AccessExpiresAt time.Time
	RefreshToken    string
	User            *db.User
	// The session and membership it was opened with (memberCache).
	family uuid.UUID
	member memberEntry
}

func invalidCredentials() error {
	return apperr.New(apperr.Unauthenticated, "", "E-mail ou mot de passe incorrect.", "Wrong email or password.")
}

// Login checks the password and opens a new refresh-token family. The
// attempt is counted against the login limits (limit.go) before the
// password is checked.
func (s *Service) Login(ctx context.Context, email, password string) (*Session, error) {
	email = strings.ToLower(strings.TrimSpace(email))
	a := newAttempt(email, auth.ClientAddr(ctx))
	if err := s.logins.take(ctx, s.DB, a); err != nil {
		return nil, err
	}
	u := new(db.User)
	err := s.DB.NewSelect().Model(u).Where("lower(email) = ?", email).Scan(ctx)
	if apperr.NoRows(err) {
		auth.EqualiseTiming(password)
		return nil, invalidCredentials()
	}
	if err != nil {
		return nil, err
	}
	if !auth.CheckPassword(u.PasswordHash, password) {
		return nil, invalidCredentials()
	}
	if err := s.logins.succeeded(ctx, s.DB, a); err != nil {
		// The login stands; only the refund of its attempt is lost.
		slog.WarnContext(ctx, "login limits: recording a success", "err", err)
	}
	// The new session's membership is kept at once, unless a revocation
	// came while it was read (memberCache).
	_, _, gen := s.members.get(memberKey{})
	var sess *Session
	err = db.InTx(ctx, s.DB, func(tx bun.Tx) error {
		sess, err = s.newSession(ctx, tx, u, uuid.New())
		return err
	})
	if err != nil {
		return nil, err
	}
	s.members.put(memberKey{u.ID, sess.family}, sess.member, gen)
	return sess, nil
}

func (s *Service) newSession(ctx context.Context, idb bun.IDB, u *db.User, family uuid.UUID) (*Session, error) {
	m := new(db.Membership)
	if err := idb.NewSelect().Model(m).Where("user_id = ?", u.ID).Scan(ctx); err != nil {
		return nil, apperr.MissingAs(err, apperr.New(apperr.Forbidden, "", "Ce compte n'appartient à aucune organisation.", "This account belongs to no organisation."))
	}
	access, exp, err := s.Signer.IssueSession(u.ID, m.OrganisationID, family, string(m.Role))
	if err != nil {
		return nil, err
	}
	refresh, hash := auth.NewOpaqueToken("ppr_")
	rt := &db.RefreshToken{UserID: u.ID, FamilyID: family, TokenHash: hash, ExpiresAt: time.Now().Add(auth.RefreshTTL)}
	if _, err := idb.NewInsert().Model(rt).Exec(ctx); err != nil {
		return nil, err
	}
	return &Session{AccessToken: access, AccessExpiresAt: exp, RefreshToken: refresh, User: u,
		family: family, member: memberEntry{org: m.OrganisationID, role: m.Role, clientID: m.ClientID, technicianID: m.TechnicianID}}, nil
}

func invalidRefresh() error {
	return apperr.New(apperr.Unauthenticated, "refreshToken", "Session expirée, reconnectez-vous.", "Session expired, please log in again.")
}

// Refresh rotates a refresh token. A token used twice means it was stolen
// (or replayed): the whole family is revoked and both holders must log in.
func (s *Service) Refresh(ctx context.Context, token string) (*Session, error) {
	var sess *Session
	var reused bool
	err := db.InTx(ctx, s.DB, func(tx bun.Tx) error {
		rt := new(db.RefreshToken)
		err := tx.NewSelect().Model(rt).Where("token_hash = ?", auth.HashToken(token)).For("UPDATE").Scan(ctx)
		if apperr.NoRows(err) {
			return invalidRefresh()
		}
		if err != nil {
			return err
		}
		if rt.UsedAt != nil {
			reused = true
			return nil
		}
		if rt.RevokedAt != nil || time.Now().After(rt.ExpiresAt) {
			return invalidRefresh()
		}
		if _, err := tx.NewUpdate().Model(rt).Set("used_at = now()").WherePK().Exec(ctx); err != nil {
			return err
		}
		u := new(db.User)
		if err := tx.NewSelect().Model(u).Where("id = ?", rt.UserID).Scan(ctx); err != nil {
			return err
		}
		sess, err = s.newSession(ctx, tx, u, rt.FamilyID)
		return err
	})
	if err != nil {
		return nil, err
	}
	if reused {
		if err := s.revokeFamilyOf(ctx, token); err != nil {
			return nil, err
		}
		return nil, invalidRefresh()
	}
	return sess, nil
}

// Logout revokes the refresh token's family (this device's session), or every
// session of the caller when no token is given. The access tokens of those
// sessions are refused from then on, and their websockets closed.
func (s *Service) Logout(ctx context.Context, p *auth.Principal, token string) error {
	if token != "" {
		return s.revokeFamilyOf(ctx, token)
	}
	if p == nil || p.UserID == uuid.Nil {
		return apperr.UnauthenticatedErr()
	}
	return s.afterCommit(db.InTx(ctx, s.DB, func(tx bun.Tx) error {
		return revokeUser(ctx, tx, p.UserID)
	}), auth.Revocation{Kind: auth.RevokeUser, ID: p.UserID})
}

// SignUpInput creates an organisation and its first ADMIN.
type SignUpInput struct {
	Organisation, Name, Email, Password string
}

func (s *Service) SignUp(ctx context.Context, in SignUpInput) (*Session, error) {
	if !s.AllowSignUp {
		return nil, apperr.New(apperr.Forbidden, "", "L'inscription est fermée sur ce serveur.", "Sign-up is closed on this server.")
	}
	org, err := validate.Required("organisation", in.Organisation, 200)
	if err != nil {
		return nil, err
	}
	name, err := validate.Required("name", in.Name, 200)
	if err != nil {
		return nil, err
	}
	email, err := validate.Email("email", in.Email)
	if err != nil {
		return nil, err
	}
	if err := validate.Password("password", in.Password); err != nil {
		return nil, err
	}
	hash, err := auth.HashPassword(in.Password)
	if err != nil {
		return nil, err
	}
	var sess *Session
	err = db.InTx(ctx, s.DB, func(tx bun.Tx) error {
		o := &db.Organisation{Name: org, LegalName: org}
		if _, err := tx.NewInsert().Model(o).Returning("*").Exec(ctx); err != nil {
			return err
		}
		u, err := createUser(ctx, tx, email, name, hash)
		if err != nil {
			return err
		}
		if _, err := tx.NewInsert().Model(&db.Membership{OrganisationID: o.ID, UserID: u.ID, Role: db.RoleAdmin}).Exec(ctx); err != nil {
			return err
		}
		sess, err = s.newSession(ctx, tx, u, uuid.New())
		return err
	})
	return sess, err
}

func createUser(ctx context.Context, idb bun.IDB, email, name, hash string) (*db.User, error) {
	exists, err := idb.NewSelect().Model((*db.User)(nil)).Where("lower(email) = ?", email).Exists(ctx)
	if err != nil {
		return nil, err
	}
	if exists {
		return nil, apperr.New(apperr.Conflict, "email", "Un compte existe déjà avec cet e-mail.", "An account already exists with this email.")
	}
	u := &db.User{Email: email, Name: name, PasswordHash: hash, Locale: "fr"}
	_, err = idb.NewInsert().Model(u).Returning("*").Exec(ctx)
	return u, err
}

// Authenticate turns a bearer token into a principal. An API token is read
// on every request; the membership and session of an access token are read
// once and then kept by this replica until a revocation reaches them
// (memberCache): a removed or changed membership, a logout or a revoked
// token apply at once on this replica, and as soon as the notification
// arrives on the others.
func (s *Service) Authenticate(ctx context.Context, bearer string) (*auth.Principal, error) {
	if strings.HasPrefix(bearer, auth.APITokenPrefix) {
		t := new(db.APIToken)
		err := s.DB.NewSelect().Model(t).Where("token_hash = ?", auth.HashToken(bearer)).Where("revoked_at IS NULL").Scan(ctx)
		if err != nil {
			return nil, apperr.MissingAs(err, apperr.New(apperr.Unauthenticated, "", "Jeton d'API invalide ou révoqué.", "Invalid or revoked API token."))
		}
		// Best effort: a failure to record use must not refuse the request.
		_, _ = s.DB.NewUpdate().Model(t).Set("last_used_at = now()").WherePK().
			Where("last_used_at IS NULL OR last_used_at < now() - interval '1 minute'").Exec(ctx)
		return &auth.Principal{OrganisationID: t.OrganisationID, Role: db.RoleIntegration, TokenID: t.ID}, nil
	}
	a, err := s.Signer.ParseAccess(bearer)
	if err != nil {
		return nil, apperr.New(apperr.Unauthenticated, "", "Session invalide ou expirée.", "Invalid or expired session.")
	}
	key := memberKey{a.UserID, a.SessionID}
	e, ok, gen := s.members.get(key)
	if !ok {
		m := new(db.Membership)
		q := s.DB.NewSelect().Model(m).Where("user_id = ?", a.UserID)
		if a.SessionID != uuid.Nil {
			q = q.Where("EXISTS (SELECT 1 FROM refresh_tokens WHERE family_id = ? AND user_id = ? AND revoked_at IS NULL)", a.SessionID, a.UserID)
		}
		if err := q.Scan(ctx); err != nil {
			return nil, apperr.MissingAs(err, apperr.UnauthenticatedErr())
		}
		e = memberEntry{org: m.OrganisationID, role: m.Role, clientID: m.ClientID, technicianID: m.TechnicianID}
		s.members.put(key, e, gen)
	}
	return &auth.Principal{UserID: a.UserID, OrganisationID: e.org, Role: e.role, ClientID: copyID(e.clientID), TechnicianID: copyID(e.technicianID),
		SessionID: a.SessionID, ExpiresAt: a.ExpiresAt}, nil
}

// copyID gives each principal its own copy of a kept id.
func copyID(id *uuid.UUID) *uuid.UUID {
	if id == nil {
		return nil
	}
	c := *id
	return &c
}
