package auth

import (
	"slices"
	"testing"
	"time"

	"github.com/google/uuid"

	"github.com/postprod/postprod/db"
)

func TestPasswords(t *testing.T) {
	h, err := HashPassword("postprod-demo")
	if err != nil {
		t.Fatal(err)
	}
	if !CheckPassword(h, "postprod-demo") || CheckPassword(h, "postprod-demO") || CheckPassword("garbage", "postprod-demo") {
		t.Fatal("argon2id check")
	}
	h2, _ := HashPassword("postprod-demo")
	if h == h2 {
		t.Fatal("hashes must be salted")
	}
}

func TestAccessTokens(t *testing.T) {
	s, err := NewSigner([]byte("0123456789abcdef0123456789abcdef"))
	if err != nil {
		t.Fatal(err)
	}
	uid := uuid.New()
	tok, exp, err := s.Issue(uid, uuid.New(), "ADMIN")
	if err != nil {
		t.Fatal(err)
	}
	got, gotExp, err := s.Parse(tok)
	if err != nil || got != uid || !gotExp.Equal(exp.Truncate(time.Second)) {
		t.Fatalf("parse: %v %v %v", got, gotExp, err)
	}
	s.now = func() time.Time { return time.Now().Add(AccessTTL + time.Minute) }
	if _, _, err := s.Parse(tok); err == nil {
		t.Fatal("an expired token was accepted")
	}
	other, _ := NewSigner([]byte("another-secret-another-secret-!!"))
	if _, _, err := other.Parse(tok); err == nil {
		t.Fatal("a token signed with another secret was accepted")
	}
	if _, err := NewSigner([]byte("short")); err == nil {
		t.Fatal("a short secret was accepted")
	}
}

func TestOpaqueTokensAreStoredHashed(t *testing.T) {
	tok, hash := NewOpaqueToken(APITokenPrefix)
	if string(HashToken(tok)) != string(hash) || len(tok) < 40 || tok[:4] != APITokenPrefix {
		t.Fatal("opaque token")
	}
	tok2, _ := NewOpaqueToken(APITokenPrefix)
	if tok == tok2 {
		t.Fatal("tokens must be random")
	}
}

// Costs are private (DOMAIN.md): the staff who pay read them, INTEGRATION
// as the organisation's accounting system; a technician their own only;
// nobody else, and nobody without a caller.
func TestSeesCosts(t *testing.T) {
	own, other := uuid.New(), uuid.New()
	for _, c := range []struct {
		role       db.Role
		all, owned bool
	}{
		{db.RoleAdmin, true, true},
		{db.RoleCoordinator, true, true},
		{db.RoleAccountant, true, true},
		{db.RoleIntegration, true, true},
		{db.RoleProducer, false, false},
		{db.RoleTechnician, false, true},
		{db.RoleRightsHolder, false, false},
	} {
		p := &Principal{Role: c.role, TechnicianID: &own}
		if p.SeesCosts() != c.all || p.SeesCostsOf(other) != c.all || p.SeesCostsOf(own) != c.owned {
			t.Errorf("%s: sees costs %v, of another technician %v, of their own %v", c.role, p.SeesCosts(), p.SeesCostsOf(other), p.SeesCostsOf(own))
		}
	}
	for _, r := range db.AllRoles {
		if (&Principal{Role: r}).SeesCosts() && !slices.Contains(CostRoles, r) {
			t.Errorf("%s sees costs without being a cost role", r)
		}
	}
	var nobody *Principal
	if nobody.SeesCosts() || nobody.SeesCostsOf(own) {
		t.Error("no caller sees costs")
	}
	if Cost(false, 100) != nil || *Cost(true, 100) != 100 {
		t.Error("Cost")
	}
}
