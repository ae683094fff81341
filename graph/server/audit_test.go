package server_test

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestGraphQLOverHTTPAudit runs the graphql-http package's server audit
// (scripts/graphql-http-audit.mjs, under Node) against a development and a
// production server: no audit may err in either.
func TestGraphQLOverHTTPAudit(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not installed")
	}
	if _, err := os.Stat(filepath.Join("..", "..", "frontend", "node_modules")); err != nil {
		t.Skip("frontend/node_modules is not installed (npm ci in frontend)")
	}
	e := newEmptyEnv(t)
	for mode, extra := range map[string]map[string]string{
		"development": nil,
		"production":  {"POSTPROD_ENV": "production"},
	} {
		srv := e.startServerWith(extra)
		out, err := exec.Command(node, filepath.Join("..", "..", "scripts", "graphql-http-audit.mjs"), srv.URL+"/graphql").Output()
		var sum struct {
			OK, Notice, Warn, Error   int
			Notices, Warnings, Errors []string
		}
		if jerr := json.Unmarshal(out, &sum); jerr != nil {
			t.Fatalf("%s: %v %v: %s", mode, err, jerr, out)
		}
		t.Logf("graphql-http audit, %s: %d ok, %d notices (MAY), %d warnings (SHOULD), %d errors (MUST)", mode, sum.OK, sum.Notice, sum.Warn, sum.Error)
		for _, w := range append(sum.Notices, sum.Warnings...) {
			t.Logf("  not followed: %s", w)
		}
		if err != nil || sum.Error > 0 || sum.OK == 0 {
			t.Errorf("%s: %v, errors %v", mode, err, sum.Errors)
		}
	}
}
