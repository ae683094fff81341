package auth

import (
	"fmt"
	"strings"

	"github.com/google/uuid"
)

// RevocationChannel is the NOTIFY channel on which a change that withdraws
// access (a revoked API token, a logout, a removed member, a changed role)
// is announced to every replica, so each closes the live connections of
// that caller. The payload is a Revocation's String, a few dozen bytes.
const RevocationChannel = "postprod_revocations"

// RevocationKind says which callers a revocation reaches.
type RevocationKind string

const (
	RevokeToken   RevocationKind = "token"   // one API token
	RevokeSession RevocationKind = "session" // one login session (a refresh-token family)
	RevokeUser    RevocationKind = "user"    // every session of a user: logout everywhere, membership removed or changed
)

// Revocation names the callers whose access was withdrawn.
type Revocation struct {
	Kind RevocationKind
	ID   uuid.UUID
}

func (r Revocation) String() string { return string(r.Kind) + ":" + r.ID.String() }

// ParseRevocation reads a Revocation's String.
func ParseRevocation(s string) (Revocation, error) {
	kind, id, ok := strings.Cut(s, ":")
	if !ok {
		return Revocation{}, fmt.Errorf("revocation %q: no kind", s)
	}
	r := Revocation{Kind: RevocationKind(kind)}
	switch r.Kind {
	case RevokeToken, RevokeSession, RevokeUser:
	default:
		return Revocation{}, fmt.Errorf("revocation %q: unknown kind", s)
	}
	var err error
	r.ID, err = uuid.Parse(id)
	return r, err
}

// Reaches reports whether the revocation withdraws p's access.
func (r Revocation) Reaches(p *Principal) bool {
	if p == nil || r.ID == uuid.Nil {
		return false
	}
	switch r.Kind {
	case RevokeToken:
		return p.TokenID == r.ID
	case RevokeSession:
		return p.SessionID == r.ID
	case RevokeUser:
		return p.UserID == r.ID
	}
	return false
}
