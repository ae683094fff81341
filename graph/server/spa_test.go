package server_test

import (
	"net/http"
	"net/http/httptest"
	"testing"
	"testing/fstest"

	"github.com/postprod/postprod/graph/server"
)

func TestSPAServesRoutesAndCachesHashedAssets(t *testing.T) {
	dist := fstest.MapFS{
		"index.html":           {Data: []byte("<!doctype html><title>postprod</title>")},
		"assets/app-3f2a.js":   {Data: []byte("console.log(1)")},
		"manifest.webmanifest": {Data: []byte("{}")},
	}
	h := server.SPA(dist)
	get := func(method, path string) *httptest.ResponseRecorder {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, httptest.NewRequest(method, path, nil))
		return w
	}
	cases := []struct {
		path, cache string
		status      int
		body        string
	}{
		{"/", "no-cache", 200, "<!doctype html>"},
		{"/productions/123/planning", "no-cache", 200, "<!doctype html>"}, // an app route
		{"/assets/app-3f2a.js", "public, max-age=31536000, immutable", 200, "console.log"},
		{"/manifest.webmanifest", "no-cache", 200, "{}"},
		{"/assets/missing.js", "", 404, ""}, // a missing file is not an app route
		// Traversal never leaves dist: the cleaned path is an app route.
		{"/../../etc/passwd", "no-cache", 200, "<!doctype html>"},
		{"/%2e%2e/%2e%2e/etc/passwd", "no-cache", 200, "<!doctype html>"},
		{"/../../etc/hosts.txt", "", 404, ""},
	}
	for _, c := range cases {
		w := get(http.MethodGet, c.path)
		if w.Code != c.status || w.Header().Get("Cache-Control") != c.cache || (c.body != "" && w.Body.String()[:len(c.body)] != c.body) {
			t.Errorf("GET %s: %d %q %.40q", c.path, w.Code, w.Header().Get("Cache-Control"), w.Body.String())
		}
	}
	if w := get(http.MethodPost, "/"); w.Code != http.StatusMethodNotAllowed {
		t.Errorf("POST /: %d", w.Code)
	}
}

func TestHealthReadinessMetricsAndGraphiQL(t *testing.T) {
	e := newEnv(t)
	for path, want := range map[string]int{"/healthz": 200, "/readyz": 200, "/metrics": 200, "/graphiql": 200} {
		resp, err := http.Get(e.API.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != want {
			t.Errorf("%s: %d", path, resp.StatusCode)
		}
	}
}
