package accounts

import (
	"strings"
	"sync"
	"time"

	"golang.org/x/time/rate"

	"github.com/postprod/postprod/internal/kernel/apperr"
)

// loginLimiter slows password guessing: per email, five failed attempts at
// once, then one every twelve seconds; successful logins cost nothing. It lives in each replica, so a cluster of
// n replicas allows n times as many; enough to make guessing useless.
type loginLimiter struct {
	mu      sync.Mutex
	buckets map[string]*bucket
	swept   time.Time
}

type bucket struct {
	l    *rate.Limiter
	seen time.Time
}

func (ll *loginLimiter) allow(email string) error { return ll.take(email, false) }

// failed spends one attempt of the email's allowance.
func (ll *loginLimiter) failed(email string) { _ = ll.take(email, true) }

func (ll *loginLimiter) take(email string, spend bool) error {
	email = strings.ToLower(strings.TrimSpace(email))
	now := time.Now()
	ll.mu.Lock()
	defer ll.mu.Unlock()
	if ll.buckets == nil {
		ll.buckets = map[string]*bucket{}
	}
	if now.Sub(ll.swept) > 10*time.Minute {
		for k, b := range ll.buckets {
			if now.Sub(b.seen) > 10*time.Minute {
				delete(ll.buckets, k)
			}
		}
		ll.swept = now
	}
	b, ok := ll.buckets[email]
	if !ok {
		b = &bucket{l: rate.NewLimiter(rate.Every(12*time.Second), 5)}
		ll.buckets[email] = b
	}
	b.seen = now
	if spend {
		b.l.AllowN(now, 1)
		return nil
	}
	if b.l.TokensAt(now) < 1 {
		return apperr.New(apperr.RateLimited, "email", "Trop de tentatives de connexion : réessayez dans une minute.", "Too many login attempts: try again in a minute.")
	}
	return nil
}
