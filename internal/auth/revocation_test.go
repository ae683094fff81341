package auth

import (
	"testing"

	"github.com/google/uuid"
)

func TestRevocationReachesOnlyItsCallers(t *testing.T) {
	user, token, session := uuid.New(), uuid.New(), uuid.New()
	person := &Principal{UserID: user, SessionID: session}
	integration := &Principal{TokenID: token}
	for _, c := range []struct {
		r                 Revocation
		person, integrate bool
	}{
		{Revocation{RevokeUser, user}, true, false},
		{Revocation{RevokeSession, session}, true, false},
		{Revocation{RevokeSession, uuid.New()}, false, false},
		{Revocation{RevokeToken, token}, false, true},
		{Revocation{RevokeUser, uuid.Nil}, false, false},
	} {
		back, err := ParseRevocation(c.r.String())
		if c.r.ID != uuid.Nil && (err != nil || back != c.r) {
			t.Fatalf("%s read back as %v, %v", c.r, back, err)
		}
		if c.r.Reaches(person) != c.person || c.r.Reaches(integration) != c.integrate {
			t.Errorf("%s: reaches the person %v, the integration %v", c.r, c.r.Reaches(person), c.r.Reaches(integration))
		}
	}
	for _, bad := range []string{"", "user", "everyone:" + user.String(), "token:nope"} {
		if _, err := ParseRevocation(bad); err == nil {
			t.Errorf("%q was read", bad)
		}
	}
}
