package accounts

import (
	"sync"
	"time"

	"github.com/google/uuid"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/auth"
)

// The membership behind an access token, kept per replica so that a
// request does not read it again (Authenticate).
//
// It is exact as long as the replica hears the revocations: every change
// that withdraws or changes access (a removed member, a new role, a
// logout, a password reset) announces an auth.Revocation in its
// transaction, and each replica's listener passes it to Forget. So:
//   - on the replica that made the change, the entry is forgotten right
//     after the commit, before the change is answered: the next request
//     reads the new membership;
//   - on another replica, it is forgotten when the notification arrives,
//     which PostgreSQL sends at commit: until then (the time NOTIFY takes
//     to reach it, milliseconds) that replica still answers with the
//     old membership, as a request already running would.
//
// A read that started before a revocation is never kept (generations), so
// a slow read cannot put back what a revocation removed. Nothing is kept
// while the replica does not listen (Listening): before its listener's
// first connection, and from a lost connection until the next one, when
// everything is forgotten since announcements made meanwhile were lost.
// An entry lives at most memberTTL, a bound for a connection lost without
// the listener noticing.
type memberCache struct {
	mu        sync.Mutex
	listening bool
	gen       uint64
	entries   map[memberKey]memberEntry
}

// memberTTL bounds how long an entry is trusted without a revocation.
const memberTTL = time.Minute

// memberCap bounds the entries (one per live session); beyond, start afresh.
const memberCap = 100_000

type memberKey struct{ user, session uuid.UUID }

type memberEntry struct {
	org          uuid.UUID
	role         db.Role
	clientID     *uuid.UUID
	technicianID *uuid.UUID
	until        time.Time
}

// get returns the kept membership, and the generation to store a fresh
// read under.
func (c *memberCache) get(k memberKey) (memberEntry, bool, uint64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.entries[k]
	if ok && time.Now().After(e.until) {
		delete(c.entries, k)
		ok = false
	}
	return e, ok && c.listening, c.gen
}

// put keeps a membership read under generation gen, unless a revocation
// (or a change of connection) came since.
func (c *memberCache) put(k memberKey, e memberEntry, gen uint64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.listening || c.gen != gen {
		return
	}
	if c.entries == nil || len(c.entries) >= memberCap {
		c.entries = map[memberKey]memberEntry{}
	}
	e.until = time.Now().Add(memberTTL)
	c.entries[k] = e
}

// forget drops the entries r reaches.
func (c *memberCache) forget(r auth.Revocation) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.gen++
	for k := range c.entries {
		if r.Reaches(&auth.Principal{UserID: k.user, SessionID: k.session}) {
			delete(c.entries, k)
		}
	}
}

func (c *memberCache) setListening(on bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.gen++
	c.listening = on
	c.entries = nil
}

// Forget applies a revocation heard by this replica's listener.
func (s *Service) Forget(r auth.Revocation) { s.members.forget(r) }

// Hears reports whether this replica hears revocations now (Listening).
func (s *Service) Hears() bool {
	s.members.mu.Lock()
	defer s.members.mu.Unlock()
	return s.members.listening
}

// Listening tells whether this replica's listener hears revocations now:
// true after each (re)connection, false when the connection is lost.
// Either way every kept membership is forgotten.
func (s *Service) Listening(on bool) { s.members.setListening(on) }
