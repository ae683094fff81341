package accounts

import (
	"context"
	"crypto/sha256"
	"fmt"
	"math"
	"net/netip"
	"sync/atomic"
	"time"

	"github.com/uptrace/bun"

	"github.com/postprod/postprod/internal/kernel/apperr"
)

// Login attempts are limited in PostgreSQL, so every replica shares the
// count, and each attempt is counted before its password is checked, in one
// statement, so parallel guesses cannot all slip through. Three token
// buckets (see the login_limits migration) must all allow an attempt:
//
//   - an email at an address: the tight limit. An attacker guessing one
//     account from one address is slowed at once; the real user, from
//     their own address, keeps their own allowance;
//   - an address, whatever the email: password spraying (one password
//     tried on many accounts) from one address;
//   - an email, from anywhere: a higher ceiling that bounds guessing from
//     many addresses. It does not apply to an email at an address that
//     logged in successfully recently (a trusted pair), so attackers
//     elsewhere cannot lock the real user out of their usual place.
//
// The buckets are spent in that order and each only if the previous one
// allowed: a refused attempt never spends the per-email ceiling that other
// addresses rely on. A successful login gives back what it spent on the
// address and the email, and resets and trusts its pair.
type limit struct {
	scope string
	burst int           // attempts allowed at once
	every time.Duration // one more attempt per interval after the burst
}

var (
	perPair    = limit{"pair", 5, 30 * time.Second}
	perAddress = limit{"address", 10, 10 * time.Second}
	perEmail   = limit{"email", 20, time.Minute}
)

const (
	// trustPair is how long a successful login exempts its email at its
	// address from the per-email ceiling.
	trustPair = 30 * 24 * time.Hour
	// pruneEvery: how often a replica deletes the rows that have become
	// equivalent to no row.
	pruneEvery = 10 * time.Minute
)

type loginLimiter struct {
	lastPrune atomic.Int64 // unix nanoseconds
}

// attempt is one login attempt's buckets.
type attempt struct {
	pair, address, email []byte
	spentEmail           bool
}

func newAttempt(email string, addr netip.Addr) *attempt {
	a := addressKey(addr)
	return &attempt{pair: bucketKey(perPair, email, a), address: bucketKey(perAddress, a), email: bucketKey(perEmail, email)}
}

// addressKey groups an IPv6 client by its /64, which one subscriber
// usually holds whole.
func addressKey(addr netip.Addr) string {
	switch {
	case !addr.IsValid():
		return "unknown"
	case addr.Is4() || addr.Is4In6():
		return addr.Unmap().String()
	default:
		p, _ := addr.Prefix(64)
		return p.String()
	}
}

func bucketKey(l limit, parts ...string) []byte {
	h := sha256.New()
	h.Write([]byte(l.scope))
	for _, p := range parts {
		h.Write([]byte{0})
		h.Write([]byte(p))
	}
	return h.Sum(nil)
}

// take counts the attempt, or refuses it with RATE_LIMITED saying when to
// retry.
func (ll *loginLimiter) take(ctx context.Context, idb bun.IDB, a *attempt) error {
	ll.prune(ctx, idb)
	var pairOK, addrOK, emailOK, trusted bool
	var pairWait, addrWait, emailWait float64 // ms until tat, before this statement
	err := idb.NewRaw(`
WITH p AS (`+spend(0, 3, "TRUE")+` RETURNING coalesce(l.trusted_until > now(), false) AS trusted),
a AS (`+spend(1, 3, "EXISTS (SELECT 1 FROM p)")+` RETURNING 1),
m AS (`+spend(2, 3, "EXISTS (SELECT 1 FROM a) AND NOT (SELECT trusted FROM p)")+` RETURNING 1)
SELECT EXISTS (SELECT 1 FROM p), EXISTS (SELECT 1 FROM a), EXISTS (SELECT 1 FROM m), coalesce((SELECT trusted FROM p), false),
	coalesce((SELECT extract(epoch FROM tat - now()) * 1000 FROM login_limits WHERE key = ?0), 0),
	coalesce((SELECT extract(epoch FROM tat - now()) * 1000 FROM login_limits WHERE key = ?1), 0),
	coalesce((SELECT extract(epoch FROM tat - now()) * 1000 FROM login_limits WHERE key = ?2), 0)`,
		a.pair, a.address, a.email,
		perPair.every.Milliseconds(), perPair.window(),
		perAddress.every.Milliseconds(), perAddress.window(),
		perEmail.every.Milliseconds(), perEmail.window(),
	).Scan(ctx, &pairOK, &addrOK, &emailOK, &trusted, &pairWait, &addrWait, &emailWait)
	if err != nil {
		return err
	}
	a.spentEmail = emailOK
	switch {
	case !pairOK:
		return rateLimited(perPair.retryAfter(pairWait))
	case !addrOK:
		return rateLimited(perAddress.retryAfter(addrWait))
	case !emailOK && !trusted:
		return rateLimited(perEmail.retryAfter(emailWait))
	}
	return nil
}

// spend is the upsert that spends one attempt of bucket i of a statement
// over keys buckets (its key is argument i, its interval and window in ms
// the arguments keys+2i and keys+2i+1) when cond holds and the bucket
// allows it.
func spend(i, keys int, cond string) string {
	key, every, window := fmt.Sprintf("?%d", i), fmt.Sprintf("?%d", keys+2*i), fmt.Sprintf("?%d", keys+2*i+1)
	return `INSERT INTO login_limits AS l (key, tat) SELECT ` + key + `, now() + ` + every + ` * interval '1 millisecond' WHERE ` + cond + `
	ON CONFLICT (key) DO UPDATE SET tat = greatest(l.tat, now()) + ` + every + ` * interval '1 millisecond'
	WHERE greatest(l.tat, now()) <= now() + ` + window + ` * interval '1 millisecond'`
}

// window is how far ahead of now a bucket's tat may be and still allow an
// attempt: burst-1 intervals, in milliseconds.
func (l limit) window() int64 { return int64(l.burst-1) * l.every.Milliseconds() }

// retryAfter is when the bucket allows one more attempt, given how far
// ahead its tat was (ms).
func (l limit) retryAfter(waitMs float64) time.Duration {
	d := time.Duration(waitMs)*time.Millisecond - time.Duration(l.window())*time.Millisecond
	return max(d, time.Second)
}

// succeeded gives back what a successful login spent on the address and
// the email, and resets and trusts its pair. Each is its own statement, in
// the order take locks them, so no two logins can deadlock.
func (ll *loginLimiter) succeeded(ctx context.Context, idb bun.IDB, a *attempt) error {
	if _, err := idb.NewRaw(`INSERT INTO login_limits (key, tat, trusted_until) VALUES (?, now(), now() + ? * interval '1 second')
		ON CONFLICT (key) DO UPDATE SET tat = now(), trusted_until = EXCLUDED.trusted_until`, a.pair, int64(trustPair.Seconds())).Exec(ctx); err != nil {
		return err
	}
	refund := func(key []byte, l limit) error {
		_, err := idb.NewRaw(`UPDATE login_limits SET tat = tat - ? * interval '1 millisecond' WHERE key = ?`, l.every.Milliseconds(), key).Exec(ctx)
		return err
	}
	if err := refund(a.address, perAddress); err != nil {
		return err
	}
	if a.spentEmail {
		return refund(a.email, perEmail)
	}
	return nil
}

// prune deletes, at most once per pruneEvery on this replica, the rows
// whose bucket is full again and whose pair is not trusted: they mean the
// same as no row.
func (ll *loginLimiter) prune(ctx context.Context, idb bun.IDB) {
	now := time.Now().UnixNano()
	last := ll.lastPrune.Load()
	if now-last < int64(pruneEvery) || !ll.lastPrune.CompareAndSwap(last, now) {
		return
	}
	// Best effort: a failed prune is retried next time and refuses no login.
	_, _ = idb.NewRaw(`DELETE FROM login_limits WHERE tat < now() AND (trusted_until IS NULL OR trusted_until < now())`).Exec(ctx)
}

func rateLimited(after time.Duration) error {
	secs := int(math.Ceil(after.Seconds()))
	return &RetryError{
		Err: apperr.New(apperr.RateLimited, "email",
			fmt.Sprintf("Trop de tentatives de connexion : réessayez dans %s.", frDuration(secs)),
			fmt.Sprintf("Too many login attempts: try again in %s.", enDuration(secs))),
		After: time.Duration(secs) * time.Second,
	}
}

// RetryError is a client error that says when to try again; the error
// presenter adds extensions.retryAfter (seconds).
type RetryError struct {
	Err   *apperr.Error
	After time.Duration
}

func (e *RetryError) Error() string { return e.Err.Error() }
func (e *RetryError) Unwrap() error { return e.Err }

// RetryAfterSeconds is when to try again.
func (e *RetryError) RetryAfterSeconds() int { return int(math.Ceil(e.After.Seconds())) }

func frDuration(secs int) string {
	switch {
	case secs <= 1:
		return "1 seconde"
	case secs < 60:
		return fmt.Sprintf("%d secondes", secs)
	case secs < 120:
		return "1 minute"
	default:
		return fmt.Sprintf("%d minutes", (secs+59)/60)
	}
}

func enDuration(secs int) string {
	switch {
	case secs <= 1:
		return "1 second"
	case secs < 60:
		return fmt.Sprintf("%d seconds", secs)
	case secs < 120:
		return "1 minute"
	default:
		return fmt.Sprintf("%d minutes", (secs+59)/60)
	}
}
