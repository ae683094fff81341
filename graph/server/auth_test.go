package server_test

import (
	"encoding/base64"
	"strings"
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"

	"github.com/postprod/postprod/db"
)

const meQuery = `{ me { role user { email } organisation { name } } }`

func TestLoginAndMe(t *testing.T) {
	e := newEnv(t)
	s := e.login("coordinator@demo.test")
	var d struct {
		Me struct {
			Role string
			User struct{ Email string }
		}
	}
	e.do(s.Access, meQuery, nil).decode(t, &d)
	if d.Me.Role != "COORDINATOR" || d.Me.User.Email != "coordinator@demo.test" {
		t.Fatalf("me = %+v", d.Me)
	}

	r := e.do("", loginMutation, map[string]any{"e": "coordinator@demo.test", "p": "wrong-password"})
	if r.code() != "UNAUTHENTICATED" || r.Errors[0].Message != "E-mail ou mot de passe incorrect." {
		t.Fatalf("wrong password: %+v", r.Errors)
	}
	if r := e.do("", meQuery, nil); r.code() != "UNAUTHENTICATED" {
		t.Fatalf("anonymous me: %+v", r.Errors)
	}
}

func TestBadTokensAreRefused(t *testing.T) {
	e := newEnv(t)
	good := e.login("admin@demo.test").Access
	parts := strings.Split(good, ".")

	claims := func(mut func(jwt.MapClaims)) jwt.MapClaims {
		var c jwt.MapClaims
		_, _, err := jwt.NewParser().ParseUnverified(good, &c)
		if err != nil {
			t.Fatal(err)
		}
		mut(c)
		return c
	}
	sign := func(c jwt.MapClaims, key string) string {
		s, err := jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString([]byte(key))
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	expired := sign(claims(func(c jwt.MapClaims) { c["exp"] = time.Now().Add(-time.Minute).Unix() }), secret)
	wrongKey := sign(claims(func(jwt.MapClaims) {}), "another-secret-another-secret-another!!")
	// Tampered: a payload naming another user, with the original signature.
	tamperedPayload := base64.RawURLEncoding.EncodeToString([]byte(`{"sub":"00000000-0000-0000-0000-000000000001","iss":"postprod","aud":["postprod-api"],"exp":9999999999}`))
	tampered := parts[0] + "." + tamperedPayload + "." + parts[2]
	none, err := jwt.NewWithClaims(jwt.SigningMethodNone, claims(func(jwt.MapClaims) {})).SignedString(jwt.UnsafeAllowNoneSignatureType)
	if err != nil {
		t.Fatal(err)
	}
	noExp := sign(claims(func(c jwt.MapClaims) { delete(c, "exp") }), secret)
	wrongAud := sign(claims(func(c jwt.MapClaims) { c["aud"] = "someone-else" }), secret)

	for name, tok := range map[string]string{"expired": expired, "wrong key": wrongKey, "tampered": tampered, "alg none": none,
		"no expiry": noExp, "wrong audience": wrongAud, "garbage": "abc.def.ghi", "revoked-looking api token": "ppt_nope"} {
		if r := e.do(tok, meQuery, nil); r.code() != "UNAUTHENTICATED" {
			t.Errorf("%s token: got %+v", name, r.Errors)
		}
	}
	if r := e.do(good, meQuery, nil); len(r.Errors) > 0 {
		t.Fatalf("the good token stopped working: %+v", r.Errors)
	}
}

const refreshMutation = `mutation($t:String!){ refresh(refreshToken:$t){ accessToken refreshToken } }`

func TestRefreshRotatesAndReuseRevokesTheFamily(t *testing.T) {
	e := newEnv(t)
	s := e.login("tech@demo.test")
	var d struct {
		Refresh struct{ AccessToken, RefreshToken string }
	}
	e.do("", refreshMutation, map[string]any{"t": s.Refresh}).decode(t, &d)
	if d.Refresh.RefreshToken == s.Refresh || d.Refresh.RefreshToken == "" {
		t.Fatal("the refresh token was not rotated")
	}
	// Replaying the old token is refused, and kills the rotated one too.
	if r := e.do("", refreshMutation, map[string]any{"t": s.Refresh}); r.code() != "UNAUTHENTICATED" {
		t.Fatalf("reused refresh token: %+v", r.Errors)
	}
	if r := e.do("", refreshMutation, map[string]any{"t": d.Refresh.RefreshToken}); r.code() != "UNAUTHENTICATED" {
		t.Fatalf("the family should be revoked after a reuse: %+v", r.Errors)
	}
}

func TestLogoutRevokesTheSession(t *testing.T) {
	e := newEnv(t)
	s := e.login("producer@demo.test")
	var d struct{ Logout bool }
	e.do(s.Access, `mutation($t:String){ logout(refreshToken:$t) }`, map[string]any{"t": s.Refresh}).decode(t, &d)
	if r := e.do("", refreshMutation, map[string]any{"t": s.Refresh}); r.code() != "UNAUTHENTICATED" {
		t.Fatalf("refresh after logout: %+v", r.Errors)
	}
}

func TestAPITokenAuthenticatesAsIntegrationUntilRevoked(t *testing.T) {
	e := newEmptyEnv(t)
	fx := e.newOrg("Notre Post")
	fx.production()
	admin := fx.as(db.RoleAdmin)
	var d struct {
		CreateApiToken struct {
			Token    string
			ApiToken struct{ ID string }
		}
	}
	e.do(admin, `mutation{ createApiToken(name:"Compta"){ token apiToken{ id } } }`, nil).decode(t, &d)
	var me struct{ Me struct{ Role string } }
	e.do(d.CreateApiToken.Token, meQuery, nil).decode(t, &me)
	if me.Me.Role != "INTEGRATION" {
		t.Fatalf("role = %s", me.Me.Role)
	}
	var prods struct{ Productions struct{ TotalCount int } }
	e.do(d.CreateApiToken.Token, `{ productions { totalCount } }`, nil).decode(t, &prods)
	if prods.Productions.TotalCount == 0 {
		t.Fatal("an integration should read the organisation's productions")
	}
	e.do(admin, `mutation($id:ID!){ revokeApiToken(id:$id){ revokedAt } }`, map[string]any{"id": d.CreateApiToken.ApiToken.ID}).decode(t, &struct{}{})
	if r := e.do(d.CreateApiToken.Token, meQuery, nil); r.code() != "UNAUTHENTICATED" {
		t.Fatalf("revoked token still works: %+v", r.Errors)
	}
	// Only admins manage tokens.
	coord := fx.as(db.RoleCoordinator)
	if r := e.do(coord, `mutation{ createApiToken(name:"x"){ token } }`, nil); r.code() != "FORBIDDEN" {
		t.Fatalf("coordinator creating a token: %+v", r.Errors)
	}
}

func TestSignUpAndInvitation(t *testing.T) {
	e := newEmptyEnv(t)
	var su struct{ SignUp struct{ AccessToken string } }
	e.do("", `mutation{ signUp(organisation:"Autre Post", name:"Eve", email:"eve@autre.test", password:"un-mot-de-passe"){ accessToken } }`, nil).decode(t, &su)
	var me struct{ Me struct{ Role string } }
	e.do(su.SignUp.AccessToken, meQuery, nil).decode(t, &me)
	if me.Me.Role != "ADMIN" {
		t.Fatalf("the founder should be ADMIN, got %s", me.Me.Role)
	}
	if r := e.do("", `mutation{ signUp(organisation:"X", name:"Y", email:"eve@autre.test", password:"un-mot-de-passe"){ accessToken } }`, nil); r.code() != "CONFLICT" {
		t.Fatalf("duplicate email: %+v", r.Errors)
	}
	var inv struct{ InviteUser struct{ Token string } }
	e.do(su.SignUp.AccessToken, `mutation{ inviteUser(input:{email:"acc@autre.test", role:ACCOUNTANT}){ token } }`, nil).decode(t, &inv)
	var acc struct{ AcceptInvitation struct{ AccessToken string } }
	e.do("", `mutation($t:String!){ acceptInvitation(token:$t, name:"Paul", password:"encore-un-mot"){ accessToken } }`, map[string]any{"t": inv.InviteUser.Token}).decode(t, &acc)
	e.do(acc.AcceptInvitation.AccessToken, meQuery, nil).decode(t, &me)
	if me.Me.Role != "ACCOUNTANT" {
		t.Fatalf("invited role = %s", me.Me.Role)
	}
	if r := e.do("", `mutation($t:String!){ acceptInvitation(token:$t, name:"Paul", password:"encore-un-mot"){ accessToken } }`, map[string]any{"t": inv.InviteUser.Token}); r.code() != "VALIDATION" {
		t.Fatalf("an invitation works once: %+v", r.Errors)
	}
}

func TestLoginAttemptsAreRateLimited(t *testing.T) {
	e := newEnv(t)
	var codes []string
	for range 7 {
		r := e.do("", loginMutation, map[string]any{"e": "admin@demo.test", "p": "not-the-password"})
		codes = append(codes, r.code())
	}
	if codes[0] != "UNAUTHENTICATED" || codes[4] != "UNAUTHENTICATED" || codes[6] != "RATE_LIMITED" {
		t.Fatalf("codes of seven wrong logins: %v", codes)
	}
	// Even the right password waits now; another account is not affected,
	// and successful logins spend nothing.
	if r := e.do("", loginMutation, map[string]any{"e": "admin@demo.test", "p": "postprod-demo"}); r.code() != "RATE_LIMITED" {
		t.Fatalf("right password during the lock-out: %+v", r.Errors)
	}
	for range 8 {
		e.login("coordinator@demo.test")
	}
}

func TestMembersAreListedForManagersOnly(t *testing.T) {
	e := newEnv(t)
	var d struct {
		Members struct {
			TotalCount int
			Edges      []struct {
				Node struct {
					Role       string
					User       struct{ Email string }
					Client     *struct{ Name string }
					Technician *struct{ Name string }
				}
			}
		}
	}
	e.call(e.login("coordinator@demo.test").Access, `{ members { totalCount edges { node { role user { email } client { name } technician { name } } } } }`, nil, &d)
	if d.Members.TotalCount != 6 {
		t.Fatalf("members: %+v", d.Members)
	}
	for _, ed := range d.Members.Edges {
		n := ed.Node
		if (n.Role == "PRODUCER") != (n.Client != nil) || (n.Role == "TECHNICIAN") != (n.Technician != nil) {
			t.Errorf("member %+v", n)
		}
	}
	e.call(e.login("admin@demo.test").Access, `{ members(role: RIGHTS_HOLDER) { totalCount edges { node { user { email } } } } }`, nil, &d)
	if d.Members.TotalCount != 1 || d.Members.Edges[0].Node.User.Email != "holder@demo.test" {
		t.Fatalf("rights holders: %+v", d.Members)
	}
	if r := e.do(e.login("producer@demo.test").Access, `{ members { totalCount } }`, nil); r.code() != "FORBIDDEN" {
		t.Fatalf("a producer listing members: %+v", r.Errors)
	}
}
