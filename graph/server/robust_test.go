package server_test

// Hardening (issue 11): a database outage is retryable, never a logout;
// odd strings are refused on their field; a holder filters on herself
// only; the security headers.

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/postprod/postprod/db"
)

// post sends a raw body to /graphql and decodes the answer, keeping the
// response's headers.
func (e *env) post(token, lang string, body []byte) (*result, http.Header) {
	e.t.Helper()
	req, _ := http.NewRequest(http.MethodPost, e.API.URL+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if lang != "" {
		req.Header.Set("Accept-Language", lang)
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		e.t.Fatal(err)
	}
	defer resp.Body.Close()
	var r result
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
		e.t.Fatalf("decoding response (%d): %v", resp.StatusCode, err)
	}
	r.Status = resp.StatusCode
	return &r, resp.Header
}

func gqlBody(query string, vars map[string]any) []byte {
	b, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	return b
}

// outage makes the test's database refuse every connection and cuts the
// open ones, as a stopped PostgreSQL would (the cluster itself is shared
// by the package's tests); the returned function ends the outage.
func (e *env) outage() (restore func()) {
	e.t.Helper()
	u, err := url.Parse(e.URL)
	if err != nil {
		e.t.Fatal(err)
	}
	name := strings.TrimPrefix(u.Path, "/")
	u.Path = "/postgres"
	ctx := context.Background()
	admin, err := db.Open(ctx, u.String())
	if err != nil {
		e.t.Fatal(err)
	}
	exec := func(q string, args ...any) {
		if _, err := admin.ExecContext(ctx, q, args...); err != nil {
			e.t.Fatalf("%s: %v", q, err)
		}
	}
	exec("ALTER DATABASE ? ALLOW_CONNECTIONS false", bunIdent(name))
	exec("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ? AND pid <> pg_backend_pid()", name)
	done := false
	restore = func() {
		if !done {
			done = true
			exec("ALTER DATABASE ? ALLOW_CONNECTIONS true", bunIdent(name))
			admin.Close()
		}
	}
	e.t.Cleanup(restore)
	return restore
}

// With PostgreSQL out of reach, a signed-in user is told to wait, not to
// log in again: HTTP 503 and UNAVAILABLE (in French, or English), for a
// session token and an API token alike, and for a login; once the
// database is back, the same tokens work.
func TestDatabaseOutageIsRetryableNotALogout(t *testing.T) {
	e := newEmptyEnv(t)
	o := e.newOrg("Panne Post")
	const me = `{ me { role } }`
	tokens := map[string]string{"session": o.as(db.RoleCoordinator), "API token": o.as(db.RoleIntegration)}
	for what, tok := range tokens {
		if r, _ := e.post(tok, "", gqlBody(`{ productions(first: 1) { totalCount } }`, nil)); r.Status != 200 || len(r.Errors) > 0 {
			t.Fatalf("%s before the outage: %d %+v", what, r.Status, r.Errors)
		}
	}

	restore := e.outage()
	for what, tok := range tokens {
		for _, lang := range []string{"", "en"} {
			r, h := e.post(tok, lang, gqlBody(`{ productions(first: 1) { totalCount } }`, nil))
			if r.Status != http.StatusServiceUnavailable || r.code() != "UNAVAILABLE" || h.Get("Retry-After") == "" {
				t.Fatalf("%s (%q) during the outage: %d %s %+v, Retry-After %q", what, lang, r.Status, r.code(), r.Errors, h.Get("Retry-After"))
			}
			fr := strings.Contains(r.Errors[0].Message, "indisponible")
			if (lang == "en") == fr {
				t.Errorf("%s (%q): message in the wrong language: %q", what, lang, r.Errors[0].Message)
			}
		}
	}
	// Anonymous calls that need the database: a login is retryable too.
	r, _ := e.post("", "", gqlBody(loginMutation, map[string]any{"e": o.member(db.RoleCoordinator).Email, "p": "whatever-password"}))
	if r.Status != http.StatusServiceUnavailable || r.code() != "UNAVAILABLE" {
		t.Fatalf("login during the outage: %d %+v", r.Status, r.Errors)
	}
	// A token refused on its own merits is still UNAUTHENTICATED: no database is needed to know.
	r, _ = e.post("not-a-token", "", gqlBody(me, nil))
	if r.code() != "UNAUTHENTICATED" {
		t.Fatalf("a malformed token during the outage: %d %+v", r.Status, r.Errors)
	}

	restore()
	deadline := time.Now().Add(10 * time.Second)
	for what, tok := range tokens {
		for {
			r, _ := e.post(tok, "", gqlBody(`{ productions(first: 1) { totalCount } }`, nil))
			if r.Status == 200 && len(r.Errors) == 0 {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("%s after the outage: %d %+v", what, r.Status, r.Errors)
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
	var d struct{ Me struct{ Role string } }
	e.call(o.as(db.RoleCoordinator), me, nil, &d)
	if d.Me.Role != "COORDINATOR" {
		t.Fatalf("the session after the outage: %+v", d)
	}
}
