package server_test

// Login limits (internal/accounts/limit.go): per email and address 5 at
// once then one per 30 s, per address 10 at once then one per 10 s, per
// email 20 at once then one per minute unless the email logged in from
// that address before. State in PostgreSQL, shared by the replicas.

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/graph/server"
	"github.com/postprod/postprod/internal/config"
	"github.com/postprod/postprod/internal/demo"
)

// startBehindProxy starts one more replica that trusts 127.0.0.1 as its
// reverse proxy, so a test names the client in X-Forwarded-For.
func (e *env) startBehindProxy() *httptest.Server {
	cfg, err := config.Load(func(k string) string {
		return map[string]string{"POSTPROD_JWT_SECRET": secret, "DATABASE_URL": e.URL, "POSTPROD_TRUSTED_PROXIES": "127.0.0.1/32"}[k]
	})
	if err != nil {
		e.t.Fatal(err)
	}
	srv, err := server.New(cfg, e.DB, e.URL, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	hs := httptest.NewServer(srv.Handler)
	e.t.Cleanup(hs.Close)
	return hs
}

// loginFrom logs in at base; from, when set, is the client address the
// proxy names; lang is the Accept-Language.
func (e *env) loginFrom(base, from, email, password, lang string) *result {
	body, _ := json.Marshal(map[string]any{"query": loginMutation, "variables": map[string]any{"e": email, "p": password}})
	req, _ := http.NewRequest(http.MethodPost, base+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if from != "" {
		req.Header.Set("X-Forwarded-For", from)
	}
	if lang != "" {
		req.Header.Set("Accept-Language", lang)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		e.t.Error(err)
		return &result{}
	}
	defer resp.Body.Close()
	var r result
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
		e.t.Errorf("decoding a login response: %v", err)
	}
	return &r
}

// codes counts the error codes of results ("" for a success).
func codes(rs []*result) map[string]int {
	out := map[string]int{}
	for _, r := range rs {
		out[r.code()]++
	}
	return out
}

func TestParallelWrongPasswordsAreCountedBeforeTheCheck(t *testing.T) {
	e := newEmptyEnv(t)
	fx := e.newOrg("Post Parallèle")
	victim := fx.member(db.RoleCoordinator).Email
	rs := make([]*result, 40)
	var wg sync.WaitGroup
	for i := range rs {
		wg.Go(func() { rs[i] = e.loginFrom(e.API.URL, "", victim, "pas-le-bon", "") })
	}
	wg.Wait()
	got := codes(rs)
	if got["UNAUTHENTICATED"] != 5 || got["RATE_LIMITED"] != 35 {
		t.Fatalf("40 wrong passwords in parallel: %v (want 5 checked, 35 limited)", got)
	}
	t.Logf("40 in parallel: %v", got)
}

func TestPasswordSprayingFromOneAddressIsSlowed(t *testing.T) {
	e := newEmptyEnv(t)
	var rs []*result
	for i := range 30 {
		rs = append(rs, e.loginFrom(e.API.URL, "", "personne"+string(rune('a'+i%26))+string(rune('0'+i/26))+"@spray.test", "Printemps2026!", "en"))
	}
	for i, r := range rs {
		want := "UNAUTHENTICATED"
		if i >= 10 {
			want = "RATE_LIMITED"
		}
		if r.code() != want {
			t.Fatalf("attempt %d of 30 emails from one address: %s, want %s (%+v)", i+1, r.code(), want, r.Errors)
		}
	}
	// The refusal says when to retry, in the caller's language.
	last := rs[29].Errors[0]
	if !strings.HasPrefix(last.Message, "Too many login attempts: try again in ") || last.Extensions["retryAfter"] == nil {
		t.Fatalf("refusal: %+v", last)
	}
	if secs, _ := last.Extensions["retryAfter"].(float64); secs < 1 || secs > 10 {
		t.Fatalf("retryAfter = %v s, want within the address's 10 s interval", last.Extensions["retryAfter"])
	}
	fr := e.loginFrom(e.API.URL, "", "encore@spray.test", "x", "").Errors[0]
	if !strings.HasPrefix(fr.Message, "Trop de tentatives de connexion : réessayez dans ") {
		t.Fatalf("French refusal: %+v", fr)
	}
}

// An attacker cannot lock the real user out of her own address: the
// per-email ceiling, which attackers from many addresses can spend, does
// not apply where she has logged in before.
func TestTheRealUserStillLogsInWhileAttackersAreLimited(t *testing.T) {
	e := newEmptyEnv(t)
	fx := e.newOrg("Post Assiégée")
	proxy := e.startBehindProxy()
	victim := fx.member(db.RoleAdmin).Email
	const home = "198.51.100.7"

	if r := e.loginFrom(proxy.URL, home, victim, demo.Password, ""); r.code() != "" {
		t.Fatalf("the victim at home: %+v", r.Errors)
	}
	// One attacker: five guesses checked, then limited.
	var rs []*result
	for range 8 {
		rs = append(rs, e.loginFrom(proxy.URL, "203.0.113.1", victim, "devine", ""))
	}
	if got := codes(rs); got["UNAUTHENTICATED"] != 5 || got["RATE_LIMITED"] != 3 {
		t.Fatalf("one attacker: %v", got)
	}
	// The victim, meanwhile, logs in from home, even after a typo.
	if r := e.loginFrom(proxy.URL, home, victim, "faute-de-frappe", ""); r.code() != "UNAUTHENTICATED" {
		t.Fatalf("a typo at home: %+v", r.Errors)
	}
	if r := e.loginFrom(proxy.URL, home, victim, demo.Password, ""); r.code() != "" {
		t.Fatalf("the victim at home while attacked: %+v", r.Errors)
	}
	// Attackers from many addresses spend the per-email ceiling (20 at once,
	// 5 of which the first one spent): a new address is then limited too...
	rs = nil
	for _, addr := range []string{"203.0.113.2", "203.0.113.3", "203.0.113.4", "2001:db8:1::1", "2001:db8:2::1"} {
		for range 5 {
			rs = append(rs, e.loginFrom(proxy.URL, addr, victim, "devine", ""))
		}
	}
	if got := codes(rs); got["UNAUTHENTICATED"] != 15 || got["RATE_LIMITED"] != 10 {
		t.Fatalf("attackers from five more addresses: %v", got)
	}
	if r := e.loginFrom(proxy.URL, "192.0.2.50", victim, demo.Password, ""); r.code() != "RATE_LIMITED" {
		t.Fatalf("a new address while the email's ceiling is spent: %+v", r.Errors)
	}
	// ...but not the victim at home.
	if r := e.loginFrom(proxy.URL, home, victim, demo.Password, ""); r.code() != "" {
		t.Fatalf("the victim at home after the ceiling is spent: %+v", r.Errors)
	}
	// A forged X-Forwarded-For from a client that is not a trusted proxy is
	// ignored: not taken for the victim's home, this attempt meets the
	// spent per-email ceiling.
	if r := e.loginFrom(e.API.URL, home, victim, demo.Password, ""); r.code() != "RATE_LIMITED" {
		t.Fatalf("direct, with a forged header naming the victim's home: %+v", r.Errors)
	}
}

// The replicas share the state; a success resets its own pair; old rows
// are pruned.
func TestLoginLimitsAreSharedByReplicasAndReset(t *testing.T) {
	e := newEmptyEnv(t)
	fx := e.newOrg("Post Partagée")
	user := fx.member(db.RoleAccountant).Email
	second := e.startServer()
	// Stale rows from long ago, and one trusted pair, before any login on the second replica.
	if _, err := e.DB.ExecContext(context.Background(), `INSERT INTO login_limits (key, tat, trusted_until) VALUES
		('\x01', now() - interval '2 hours', NULL), ('\x02', now() - interval '2 hours', now() + interval '1 day')`); err != nil {
		t.Fatal(err)
	}
	var rs []*result
	for i := range 6 {
		base := e.API.URL
		if i%2 == 1 {
			base = second.URL
		}
		rs = append(rs, e.loginFrom(base, "", user, "faux", ""))
	}
	if got := codes(rs); got["UNAUTHENTICATED"] != 5 || rs[5].code() != "RATE_LIMITED" {
		t.Fatalf("six wrong passwords over two replicas: %v", got)
	}
	var stale []string
	if err := e.DB.NewSelect().Table("login_limits").ColumnExpr("encode(key, 'hex')").Where("length(key) = 1").Scan(context.Background(), &stale); err != nil {
		t.Fatal(err)
	}
	if len(stale) != 1 || stale[0] != "02" {
		t.Fatalf("after pruning, the one-byte rows are %v, want only the trusted one", stale)
	}

	// Another person, from another address: four mistakes, the right
	// password, and the count starts again.
	proxy := e.startBehindProxy()
	const from = "198.51.100.9"
	other := fx.member(db.RoleTechnician).Email
	for range 4 {
		e.loginFrom(proxy.URL, from, other, "faux", "")
	}
	if r := e.loginFrom(proxy.URL, from, other, demo.Password, ""); r.code() != "" {
		t.Fatalf("the right password after four mistakes: %+v", r.Errors)
	}
	rs = nil
	for range 6 {
		rs = append(rs, e.loginFrom(proxy.URL, from, other, "faux", ""))
	}
	if got := codes(rs); got["UNAUTHENTICATED"] != 5 || rs[5].code() != "RATE_LIMITED" {
		t.Fatalf("after a success, six more mistakes: %v", got)
	}
}
