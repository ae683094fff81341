package server_test

// Hardening (issue 11): a database outage is retryable, never a logout;
// odd strings are refused on their field; a holder filters on herself
// only; the security headers.

import (
	"context"
	"encoding/json"
	"github.com/coder/websocket"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/db/testdb"
	"github.com/postprod/postprod/frontend"
	"github.com/postprod/postprod/graph/server"
	"github.com/postprod/postprod/internal/config"
)

// post sends a raw body to /graphql and decodes the answer, keeping the
// response's headers.
func (e *env) post(token, lang string, body []byte) (*result, http.Header) {
	e.t.Helper()
	return e.postAt(e.API.URL, token, lang, body)
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
	// A websocket cannot be authenticated either: it is closed with 1013
	// (try again later), not 4403, so the app keeps its session.
	ws, err := e.connectWS(e.API.URL, map[string]any{"Authorization": "Bearer " + tokens["session"]})
	if err == nil {
		_, err = ws.read(5 * time.Second)
	}
	if websocket.CloseStatus(err) != 1013 {
		t.Fatalf("a websocket during the outage: want close 1013, got %v", err)
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

// clientNames are the names of an organisation's clients, as stored.
func (e *env) clientNames(orgID string) []string {
	e.t.Helper()
	var names []string
	if err := e.DB.NewSelect().Table("clients").Column("name").Where("organisation_id = ?", orgID).Order("name").Scan(context.Background(), &names); err != nil {
		e.t.Fatal(err)
	}
	return names
}

// A null character or text that is not valid Unicode is VALIDATION on the
// field holding it, in a filter or in a mutation's input, inline or in
// variables; nothing is stored, nothing is replaced by U+FFFD; the same
// request with proper text (escapes, a surrogate pair) goes through.
func TestOddStringsAreRefusedOnTheirField(t *testing.T) {
	e := newEmptyEnv(t)
	o := e.newOrg("Texte Post")
	coord := o.as(db.RoleCoordinator)
	before := e.clientNames(o.ID)
	const filter = `query($s:String){ productions(filter:{search:$s}) { totalCount } }`
	const create = `mutation($in:ClientInput!){ createClient(input:$in){ id name } }`
	cases := []struct {
		name   string
		body   string // a raw request body: what a client may really send
		status int
		field  string
		path   string // of a refusal before decoding: the JSON path to the text
	}{
		{"null in a filter variable", `{"query":"` + filter + `","variables":{"s":"a\u0000b"}}`, 200, "search", ""},
		{"null in an inline filter", `{"query":"{ productions(filter:{search:\"a\\u0000b\"}) { totalCount } }"}`, 200, "search", ""},
		{"null in a mutation field", `{"query":"` + create + `","variables":{"in":{"name":"Client\u0000nul"}}}`, 200, "name", ""},
		{"null in an inline mutation field", `{"query":"mutation { createClient(input:{name:\"x\", address:\"1 rue\\u0000\"}){ id } }"}`, 200, "address", ""},
		{"invalid UTF-8 in a filter", "{\"query\":\"" + filter + "\",\"variables\":{\"s\":\"caf\xe9\"}}", 400, "s", "variables.s"},
		{"invalid UTF-8 in a mutation field", "{\"query\":\"" + create + "\",\"variables\":{\"in\":{\"name\":\"Caf\xc3\x28\"}}}", 400, "name", "variables.in.name"},
		{"invalid UTF-8 in an inline value", "{\"query\":\"mutation { createClient(input:{name:\\\"Caf\xff\\\"}){ id } }\"}", 400, "query", "query"},
		{"a lone surrogate escape", `{"query":"` + create + `","variables":{"in":{"name":"Client \ud800"}}}`, 400, "name", "variables.in.name"},
	}
	for _, c := range cases {
		for _, lang := range []string{"", "en"} {
			r, _ := e.post(coord, lang, []byte(c.body))
			if r.Status != c.status || r.code() != "VALIDATION" || r.Errors[0].Extensions["field"] != c.field ||
				(c.path != "" && r.Errors[0].Extensions["path"] != c.path) {
				t.Errorf("%s (%q): want %d VALIDATION on %s (%s), got %d %+v", c.name, lang, c.status, c.field, c.path, r.Status, r.Errors)
				continue
			}
			msg := r.Errors[0].Message
			if fr := strings.Contains(msg, "Caractère") || strings.Contains(msg, "Texte"); (lang == "en") == fr {
				t.Errorf("%s (%q): message in the wrong language: %q", c.name, lang, msg)
			}
		}
	}
	// A GET request's parameters are checked too.
	get, _ := http.NewRequest(http.MethodGet, e.API.URL+"/graphql?query="+url.QueryEscape(filter)+"&variables=%7B%22s%22%3A%22caf%E9%22%7D", nil)
	get.Header.Set("Authorization", "Bearer "+coord)
	resp, err := http.DefaultClient.Do(get)
	if err != nil {
		t.Fatal(err)
	}
	var gr result
	_ = json.NewDecoder(resp.Body).Decode(&gr)
	resp.Body.Close()
	if resp.StatusCode != 400 || gr.code() != "VALIDATION" || gr.Errors[0].Extensions["path"] != "variables.s" {
		t.Errorf("GET with invalid UTF-8: %d %+v", resp.StatusCode, gr.Errors)
	}
	if after := e.clientNames(o.ID); strings.Join(after, "|") != strings.Join(before, "|") {
		t.Fatalf("a refused request stored something: %q, then %q", before, after)
	}

	// Proper text, escaped or not, with characters outside the BMP, passes and is kept as sent.
	r, _ := e.post(coord, "", []byte(`{"query":"`+create+`","variables":{"in":{"name":"Caf\u00e9 \ud83c\udfac Ça tourne"}}}`))
	if r.Status != 200 || len(r.Errors) > 0 {
		t.Fatalf("proper text refused: %d %+v", r.Status, r.Errors)
	}
	if names := e.clientNames(o.ID); !slicesContains(names, "Café 🎬 Ça tourne") {
		t.Fatalf("the name was not stored as sent: %q", names)
	}
	r, _ = e.post(coord, "", gqlBody(filter, map[string]any{"s": "Café"}))
	if r.Status != 200 || len(r.Errors) > 0 {
		t.Fatalf("a proper filter refused: %d %+v", r.Status, r.Errors)
	}
}

func slicesContains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// A rights holder filters the catalogue on herself only: filtering on
// another holder must not tell which of her works that holder shares in.
func TestHolderFiltersWorksOnHerselfOnly(t *testing.T) {
	e := newEmptyEnv(t)
	o := e.newOrg("Filtre Post")
	other := o.holder()
	shared := o.work("title", "Partagée")
	o.work("title", "Seule")
	e.call(o.as(db.RoleCoordinator), `mutation($w:ID!,$s:[ShareInput!]!){ setShares(workId:$w, shares:$s){ id } }`, map[string]any{"w": shared, "s": []any{
		map[string]any{"holderId": o.holderID, "media": "ALL", "territory": "WORLD", "basisPoints": 6000},
		map[string]any{"holderId": other, "media": "ALL", "territory": "WORLD", "basisPoints": 4000},
	}}, &struct{}{})
	titles := func(token, holderID string) []string {
		var d struct {
			Works struct {
				TotalCount int
				Edges      []struct{ Node struct{ Title string } }
			}
		}
		vars := map[string]any{"h": nil}
		if holderID != "" {
			vars["h"] = holderID
		}
		e.call(token, `query($h:ID){ works(filter:{holderId:$h}) { totalCount edges { node { title } } } }`, vars, &d)
		var out []string
		for _, ed := range d.Works.Edges {
			out = append(out, ed.Node.Title)
		}
		if d.Works.TotalCount != len(out) {
			t.Fatalf("totalCount %d for %d works", d.Works.TotalCount, len(out))
		}
		return out
	}
	holder := o.as(db.RoleRightsHolder)
	if got := titles(holder, other); len(got) != 0 {
		t.Fatalf("filtering on another holder revealed %q", got)
	}
	if got := titles(holder, o.holderID); strings.Join(got, "|") != "Partagée|Seule" {
		t.Fatalf("filtering on herself: %q", got)
	}
	if got := titles(holder, ""); len(got) != 2 {
		t.Fatalf("no filter: %q", got)
	}
	if got := titles(o.as(db.RoleCoordinator), other); strings.Join(got, "|") != "Partagée" {
		t.Fatalf("the staff filter on any holder: %q", got)
	}
}

// Every response carries the security headers; the app's pages a CSP that
// fits the built app (its scripts and styles are files of its own, no
// inline code), the API a CSP that runs nothing. Neither may be framed.
func TestSecurityHeaders(t *testing.T) {
	bdb, url := testdb.New(t)
	cfg, err := config.Load(func(k string) string {
		return map[string]string{"POSTPROD_JWT_SECRET": secret, "DATABASE_URL": url}[k]
	})
	if err != nil {
		t.Fatal(err)
	}
	dist, err := fs.Sub(frontend.Dist, "dist")
	if err != nil {
		t.Fatal(err)
	}
	srv, err := server.New(cfg, bdb, url, server.SPA(dist))
	if err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(srv.Handler)
	defer hs.Close()

	index, err := fs.ReadFile(dist, "index.html")
	if err != nil {
		t.Fatal(err)
	}
	// The CSP allows no inline code: the build must have none.
	for _, tag := range regexp.MustCompile(`(?is)<script\b[^>]*>`).FindAllString(string(index), -1) {
		if !regexp.MustCompile(`\bsrc="/`).MatchString(tag) {
			t.Errorf("index.html has an inline or foreign script, which the CSP refuses: %s", tag)
		}
	}
	if regexp.MustCompile(`(?i)<style\b|\sstyle=|\son[a-z]+=`).Match(index) {
		t.Error("index.html has inline styles or handlers, which the CSP refuses")
	}
	var asset string
	if m := regexp.MustCompile(`src="(/assets/[^"]+)"`).FindStringSubmatch(string(index)); m != nil {
		asset = m[1]
	}

	common := map[string]string{"X-Content-Type-Options": "nosniff", "X-Frame-Options": "DENY", "Referrer-Policy": "no-referrer"}
	check := func(req *http.Request, csp ...string) {
		t.Helper()
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		for k, v := range common {
			if got := resp.Header.Get(k); got != v {
				t.Errorf("%s %s: %s %q, want %q", req.Method, req.URL.Path, k, got, v)
			}
		}
		got := resp.Header.Get("Content-Security-Policy")
		for _, want := range append(csp, "frame-ancestors 'none'") {
			if !strings.Contains(got, want) {
				t.Errorf("%s %s: CSP %q lacks %q", req.Method, req.URL.Path, got, want)
			}
		}
		if strings.Contains(got, "unsafe-inline") || strings.Contains(got, "unsafe-eval") {
			t.Errorf("%s %s: CSP %q allows inline code", req.Method, req.URL.Path, got)
		}
	}
	get := func(path string) *http.Request { r, _ := http.NewRequest(http.MethodGet, hs.URL+path, nil); return r }
	app := []string{"script-src 'self'", "style-src 'self'", "connect-src 'self'", "worker-src 'self'", "object-src 'none'", "base-uri 'none'"}
	check(get("/"), app...)
	check(get("/productions/123/planning"), app...)
	check(get("/sw.js"), app...)
	if asset != "" {
		check(get(asset), app...)
	}
	post, _ := http.NewRequest(http.MethodPost, hs.URL+"/graphql", strings.NewReader(`{"query":"{ __typename }"}`))
	post.Header.Set("Content-Type", "application/json")
	check(post, "default-src 'none'")
	check(get("/documents/statements/00000000-0000-0000-0000-000000000000.pdf"), "default-src 'none'")
	check(get("/healthz"), "default-src 'none'")
}
