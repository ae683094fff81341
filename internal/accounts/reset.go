package accounts

import (
	"context"
	"math"
	"net/netip"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/auth"
	"github.com/postprod/postprod/internal/kernel/apperr"
	"github.com/postprod/postprod/internal/kernel/validate"
	"github.com/postprod/postprod/internal/platform/mail"
)

// Password reset ("mot de passe oublié"): a single-use link, mailed, valid
// for resetTTL; using it sets the password, revokes every session of the
// user and opens a new one.
//
// Nothing the caller sees tells whether an address has an account: the
// answer is true either way, rate-limited the same way, and given no sooner
// than resetAnswerTime after the request began, which covers the writes
// (the token, the mail rendered into the outbox, the commit) that only a
// known address causes.

const (
	// ResetTokenPrefix starts every reset token, so a token pasted in the
	// wrong place is recognisable.
	ResetTokenPrefix = "ppw_"
	// ResetPath is the app's page a reset mail links to, followed by the token.
	ResetPath = "/password/reset/"
	resetTTL  = time.Hour
	// resetAnswerTime is the least time requestPasswordReset takes. The
	// writes of a known address take a few milliseconds on an idle server;
	// a floor well above them hides them even under load.
	resetAnswerTime = 250 * time.Millisecond
)

// Reset requests are limited in the same PostgreSQL buckets as logins
// (limit.go), under their own scopes. Each request may send a mail, so the
// limits are about mailboxes rather than guessing:
//
//   - per email: 5 at once, then one more every 12 minutes (5 an hour).
//     A person who lost their password asks once, perhaps again when the
//     first mail is slow or went to spam; more is someone filling their
//     mailbox, which this caps whoever asks.
//   - per client address: 20 at once, then one more every 3 minutes (20 an
//     hour). An office behind one public address holds a few dozen people,
//     and few forget their password the same hour; one address cannot mail
//     reset links to many people's mailboxes faster than this.
//
// The address bucket is spent first and the email's only if it allowed, so
// requests refused for their address do not spend the allowance of the
// email, which the real person may need from elsewhere.
var (
	resetPerAddress = limit{"reset-address", 20, 3 * time.Minute}
	resetPerEmail   = limit{"reset-email", 5, 12 * time.Minute}
)

// takeReset counts one reset request, or refuses it with RATE_LIMITED.
func (ll *loginLimiter) takeReset(ctx context.Context, idb bun.IDB, email string, addr netip.Addr) error {
	ll.prune(ctx, idb)
	var addrOK, emailOK bool
	var addrWait, emailWait float64 // ms until tat, before this statement
	const keys = 2
	err := idb.NewRaw(`
WITH a AS (`+spend(0, keys, "TRUE")+` RETURNING 1),
m AS (`+spend(1, keys, "EXISTS (SELECT 1 FROM a)")+` RETURNING 1)
SELECT EXISTS (SELECT 1 FROM a), EXISTS (SELECT 1 FROM m),
	coalesce((SELECT extract(epoch FROM tat - now()) * 1000 FROM login_limits WHERE key = ?0), 0),
	coalesce((SELECT extract(epoch FROM tat - now()) * 1000 FROM login_limits WHERE key = ?1), 0)`,
		bucketKey(resetPerAddress, addressKey(addr)), bucketKey(resetPerEmail, email),
		resetPerAddress.every.Milliseconds(), resetPerAddress.window(),
		resetPerEmail.every.Milliseconds(), resetPerEmail.window(),
	).Scan(ctx, &addrOK, &emailOK, &addrWait, &emailWait)
	switch {
	case err != nil:
		return err
	case !addrOK:
		return resetLimited(resetPerAddress.retryAfter(addrWait))
	case !emailOK:
		return resetLimited(resetPerEmail.retryAfter(emailWait))
	}
	return nil
}

func resetLimited(after time.Duration) error {
	secs := int(math.Ceil(after.Seconds()))
	return &RetryError{
		Err: apperr.New(apperr.RateLimited, "email",
			"Trop de demandes de réinitialisation du mot de passe : réessayez dans "+frDuration(secs)+".",
			"Too many password reset requests: try again in "+enDuration(secs)+"."),
		After: time.Duration(secs) * time.Second,
	}
}

// RequestPasswordReset mails a reset link to the account of email, if
// there is one, and answers the same either way (see above).
func (s *Service) RequestPasswordReset(ctx context.Context, email string) error {
	start := time.Now()
	email, err := validate.Email("email", email)
	if err != nil {
		return err
	}
	if err := s.logins.takeReset(ctx, s.DB, email, auth.ClientAddr(ctx)); err != nil {
		return err
	}
	// Made whether or not it is used, like everything up to the lookup.
	token, hash := auth.NewOpaqueToken(ResetTokenPrefix)
	err = db.InTx(ctx, s.DB, func(tx bun.Tx) error {
		// Only someone who can log in is mailed: a user left without any
		// membership could not use a new password.
		u := new(db.User)
		err := tx.NewSelect().Model(u).Where("lower(email) = ?", email).
			Where("EXISTS (SELECT 1 FROM memberships AS m WHERE m.user_id = ?TableAlias.id)").Scan(ctx)
		if apperr.NoRows(err) {
			return nil
		}
		if err != nil {
			return err
		}
		r := &db.PasswordReset{UserID: u.ID, TokenHash: hash, ExpiresAt: time.Now().Add(resetTTL)}
		if _, err := tx.NewInsert().Model(r).Exec(ctx); err != nil {
			return err
		}
		return s.Notify.Email(ctx, tx, nil, db.NotificationPasswordReset, mail.Address{Name: u.Name, Email: u.Email}, u.Locale,
			ResetPath+token, map[string]string{"name": u.Name, "minutes": "60"})
	})
	if err != nil {
		return err
	}
	wait(ctx, resetAnswerTime-time.Since(start))
	return nil
}

// wait sleeps for d, or until ctx ends.
func wait(ctx context.Context, d time.Duration) {
	if d <= 0 {
		return
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
	case <-ctx.Done():
	}
}

func invalidResetToken() error {
	return apperr.Invalid("token", "Ce lien de réinitialisation est invalide, déjà utilisé ou expiré : demandez-en un nouveau.",
		"This reset link is invalid, already used or expired: ask for a new one.")
}

// ResetPassword sets a new password with a reset token, uses up every
// pending reset of the user, revokes all their sessions (their websockets
// close) and logs them in. One transaction: a refusal changes nothing.
func (s *Service) ResetPassword(ctx context.Context, token, password string) (*Session, error) {
	hash, err := newPasswordHash(password)
	if err != nil {
		return nil, err
	}
	var sess *Session
	err = db.InTx(ctx, s.DB, func(tx bun.Tx) error {
		r := new(db.PasswordReset)
		err := tx.NewSelect().Model(r).Where("token_hash = ?", auth.HashToken(token)).For("UPDATE").Scan(ctx)
		if apperr.NoRows(err) || (err == nil && (r.UsedAt != nil || !time.Now().Before(r.ExpiresAt))) {
			return invalidResetToken()
		}
		if err != nil {
			return err
		}
		u := &db.User{ID: r.UserID}
		if _, err := tx.NewUpdate().Model(u).Set("password_hash = ?", hash).Set("updated_at = now()").
			WherePK().Returning("*").Exec(ctx); err != nil {
			return err
		}
		// This link and any other still pending: one reset spends them all.
		if _, err := tx.NewUpdate().Model((*db.PasswordReset)(nil)).Set("used_at = now()").
			Where("user_id = ? AND used_at IS NULL", r.UserID).Exec(ctx); err != nil {
			return err
		}
		// Whoever knew the old password is logged out everywhere.
		if err := revokeUser(ctx, tx, r.UserID); err != nil {
			return err
		}
		sess, err = s.newSession(ctx, tx, u, uuid.New())
		return err
	})
	if err != nil {
		return nil, err
	}
	return sess, s.afterCommit(nil, auth.Revocation{Kind: auth.RevokeUser, ID: sess.User.ID})
}

// newPasswordHash checks a password a person chooses (an invitation, a
// reset) and hashes it, before any transaction opens: argon2id is slow.
func newPasswordHash(password string) (string, error) {
	if err := validate.Password("password", password); err != nil {
		return "", err
	}
	return auth.HashPassword(password)
}
