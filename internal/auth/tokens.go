package auth

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"time"

	"github.com/golang-jwt/jwt/v5"
	"github.com/google/uuid"
)

const (
	issuer   = "postprod"
	audience = "postprod-api"
	// AccessTTL bounds a websocket's life without re-authentication;
	// revocation does not wait for it (each request checks the session).
	AccessTTL  = 15 * time.Minute
	RefreshTTL = 30 * 24 * time.Hour
)

// Signer issues and checks access tokens with one HS256 secret.
type Signer struct {
	secret []byte
	now    func() time.Time
}

func NewSigner(secret []byte) (*Signer, error) {
	if len(secret) < 32 {
		return nil, errors.New("POSTPROD_JWT_SECRET must be at least 32 bytes")
	}
	return &Signer{secret: secret, now: time.Now}, nil
}

type claims struct {
	jwt.RegisteredClaims
	Org  string `json:"org"`
	Role string `json:"role"`
	// Sid is the session (the refresh-token family) the token was issued
	// in: logging that session out refuses the token at once.
	Sid string `json:"sid,omitempty"`
}

// Access is what a verified access token says.
type Access struct {
	UserID    uuid.UUID
	SessionID uuid.UUID // zero for a token issued without a session
	ExpiresAt time.Time
}

// Issue signs an access token for a user in an organisation, outside any
// session (tools and tests); logins use IssueSession.
func (s *Signer) Issue(userID, orgID uuid.UUID, role string) (string, time.Time, error) {
	return s.IssueSession(userID, orgID, uuid.Nil, role)
}

// IssueSession signs an access token for a user in an organisation, tied to
// a session. Role and scoping are re-read from the database on each
// request, so a changed membership applies at once; the claims only name
// the user and the session.
func (s *Signer) IssueSession(userID, orgID, sessionID uuid.UUID, role string) (string, time.Time, error) {
	now := s.now()
	exp := now.Add(AccessTTL)
	c := claims{
		RegisteredClaims: jwt.RegisteredClaims{
			Issuer:    issuer,
			Audience:  jwt.ClaimStrings{audience},
			Subject:   userID.String(),
			IssuedAt:  jwt.NewNumericDate(now),
			NotBefore: jwt.NewNumericDate(now.Add(-30 * time.Second)),
			ExpiresAt: jwt.NewNumericDate(exp),
			ID:        uuid.NewString(),
		},
		Org:  orgID.String(),
		Role: role,
	}
	if sessionID != uuid.Nil {
		c.Sid = sessionID.String()
	}
	tok, err := jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString(s.secret)
	return tok, exp, err
}

// Parse verifies an access token: HS256 only (no "none", no RS/HS confusion),
// our issuer and audience, expiry required.
func (s *Signer) Parse(token string) (userID uuid.UUID, exp time.Time, err error) {
	a, err := s.ParseAccess(token)
	return a.UserID, a.ExpiresAt, err
}

// ParseAccess verifies an access token like Parse and also returns its session.
func (s *Signer) ParseAccess(token string) (Access, error) {
	var c claims
	_, err := jwt.ParseWithClaims(token, &c, func(*jwt.Token) (any, error) { return s.secret, nil },
		jwt.WithValidMethods([]string{"HS256"}),
		jwt.WithIssuer(issuer),
		jwt.WithAudience(audience),
		jwt.WithExpirationRequired(),
		jwt.WithTimeFunc(s.now),
	)
	if err != nil {
		return Access{}, err
	}
	id, err := uuid.Parse(c.Subject)
	if err != nil {
		return Access{}, err
	}
	a := Access{UserID: id, ExpiresAt: c.ExpiresAt.Time}
	if c.Sid != "" {
		if a.SessionID, err = uuid.Parse(c.Sid); err != nil {
			return Access{}, err
		}
	}
	return a, nil
}

// Opaque tokens (refresh, API, invitation) are random; only their SHA-256
// is stored, so a database leak does not leak usable tokens.
func NewOpaqueToken(prefix string) (token string, hash []byte) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		panic(err)
	}
	token = prefix + base64.RawURLEncoding.EncodeToString(b)
	return token, HashToken(token)
}

func HashToken(token string) []byte {
	h := sha256.Sum256([]byte(token))
	return h[:]
}

const APITokenPrefix = "ppt_"
