package auth

import (
	"testing"
	"time"

	"github.com/google/uuid"
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
