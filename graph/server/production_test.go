package server_test

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// startServerWith starts one more replica with extra settings, and a
// stand-in for the app that answers 200 to every path, so that a route
// falling through to the app shows.
func (e *env) startServerWith(extra map[string]string) *httptest.Server {
	e.t.Helper()
	app := http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { _, _ = io.WriteString(w, "<!doctype html>app") })
	return e.startServerOpts(serverOptions{vars: extra, app: app})
}

func get(t *testing.T, url, token string) (int, string) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, url, nil)
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// TestProductionModeRevealsNoSchema: in production, validation errors
// suggest no name, __schema is refused with a typed code and __type answers
// null, /graphiql is not found; development keeps all of them.
func TestProductionModeRevealsNoSchema(t *testing.T) {
	e := newEmptyEnv(t)
	dev := e.startServerWith(nil)
	prod := e.startServerWith(map[string]string{"POSTPROD_ENV": "production"})

	typos := map[string]string{
		"field":       `{ productio { totalCount } }`,
		"argument":    `{ productions(firts: 1) { totalCount } }`,
		"type":        `{ ...F } fragment F on Productio { id }`,
		"enum value":  `{ productions(filter: {status: IN_POS}) { totalCount } }`,
		"input field": `{ productions(filter: {statu: IN_POST}) { totalCount } }`,
	}
	for what, q := range typos {
		if r := e.postJSON(dev.URL, map[string]any{"query": q}); len(r.Errors) == 0 || !strings.Contains(r.Errors[0].Message, "Did you mean") {
			t.Errorf("development, %s: expected a suggestion, got %+v", what, r.Errors)
		}
		r := e.postJSON(prod.URL, map[string]any{"query": q})
		if r.code() != "VALIDATION" {
			t.Errorf("production, %s: %+v", what, r.Errors)
		}
		for _, err := range r.Errors {
			if strings.Contains(err.Message, "Did you mean") {
				t.Errorf("production, %s: %q", what, err.Message)
			}
		}
	}

	schema := `{ __schema { types { name } } }`
	viaFragment := `{ ...F } fragment F on Query { __schema { queryType { name } } }`
	for _, q := range []string{schema, viaFragment} {
		r := e.postJSON(prod.URL, map[string]any{"query": q})
		if r.code() != "FORBIDDEN" || r.reason() != "INTROSPECTION_DISABLED" || len(r.Data) > 0 && string(r.Data) != "null" {
			t.Errorf("production, %s: %+v %s", q, r.Errors, r.Data)
		}
	}
	r := e.postJSON(prod.URL, map[string]any{"query": `{ __type(name: "Production") { name fields { name } } }`})
	if len(r.Errors) > 0 || string(r.Data) != `{"__type":null}` {
		t.Errorf("production, __type: %+v %s", r.Errors, r.Data)
	}
	if r := e.postJSON(prod.URL, map[string]any{"query": `{ __typename }`}); len(r.Errors) > 0 {
		t.Errorf("production, __typename: %+v", r.Errors)
	}
	if r := e.postJSON(dev.URL, map[string]any{"query": schema}); len(r.Errors) > 0 || !strings.Contains(string(r.Data), `"Production"`) {
		t.Errorf("development, __schema: %+v", r.Errors)
	}
	open := e.startServerWith(map[string]string{"POSTPROD_ENV": "production", "POSTPROD_INTROSPECTION": "true"})
	if r := e.postJSON(open.URL, map[string]any{"query": schema}); len(r.Errors) > 0 {
		t.Errorf("production with POSTPROD_INTROSPECTION=true, __schema: %+v", r.Errors)
	}

	for base, want := range map[string]int{prod.URL: http.StatusNotFound, dev.URL: http.StatusOK, open.URL: http.StatusOK} {
		if code, _ := get(t, base+"/graphiql", ""); code != want {
			t.Errorf("/graphiql at %s: %d, want %d", base, code, want)
		}
	}
}

// TestMetricsNeedTheirToken: /metrics is open in development, absent in
// production without POSTPROD_METRICS_TOKEN, and asks for that token
// wherever it is set.
func TestMetricsNeedTheirToken(t *testing.T) {
	e := newEmptyEnv(t)
	const token = "metrics-token-0123456789"
	dev := e.startServerWith(nil)
	prod := e.startServerWith(map[string]string{"POSTPROD_ENV": "production"})
	guarded := e.startServerWith(map[string]string{"POSTPROD_ENV": "production", "POSTPROD_METRICS_TOKEN": token})
	cases := []struct {
		base, token string
		want        int
	}{
		{dev.URL, "", http.StatusOK},
		{prod.URL, "", http.StatusNotFound},
		{prod.URL, token, http.StatusNotFound},
		{guarded.URL, "", http.StatusUnauthorized},
		{guarded.URL, "wrong-token-0123456789", http.StatusUnauthorized},
		{guarded.URL, token, http.StatusOK},
	}
	for _, c := range cases {
		code, body := get(t, c.base+"/metrics", c.token)
		if code != c.want {
			t.Errorf("%s with %q: %d, want %d", c.base, c.token, code, c.want)
		}
		if code == http.StatusOK && !strings.Contains(body, "postprod_subscribers") {
			t.Errorf("%s: not the metrics: %.100s", c.base, body)
		}
	}
}
