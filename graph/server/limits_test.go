package server_test

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/parser"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/graph"
)

// TestAppDocumentsPassTheLimits: every document the app sends is far below
// each limit (at most half of it), and the server accepts it over HTTP.
// It prints the app's largest figures, which DefaultLimits quotes.
func TestAppDocumentsPassTheLimits(t *testing.T) {
	docs := appDocuments(t)
	l := graph.DefaultLimits
	var most graph.Shape
	var biggest string
	for _, d := range docs {
		doc, err := parser.ParseQuery(&ast.Source{Input: d.Text})
		if err != nil {
			t.Fatalf("%s: %v", d.Name, err)
		}
		s := graph.Measure(doc, 0, 0)
		s.Tokens = graph.CountTokens(d.Text, 0)
		if s.Tokens > most.Tokens {
			biggest = d.Name
		}
		most = graph.Shape{Tokens: max(most.Tokens, s.Tokens), Selections: max(most.Selections, s.Selections),
			Repeats: max(most.Repeats, s.Repeats), Aliases: max(most.Aliases, s.Aliases), Fields: max(most.Fields, s.Fields)}
		if 2*s.Tokens > l.MaxTokens || 2*s.Selections > l.MaxSelections || 2*s.Repeats > l.MaxRepeats ||
			2*s.Aliases > l.MaxAliases || 2*s.Fields > l.MaxFields {
			t.Errorf("%s is within a factor 2 of a limit: %+v, limits %+v", d.Name, s, l)
		}
	}
	msg := fmt.Sprintf("app documents: %d; largest figures: %d tokens (%s), %d fields in one selection, %d repeats, %d aliases, %d fields expanded",
		len(docs), most.Tokens, biggest, most.Selections, most.Repeats, most.Aliases, most.Fields)
	t.Log(msg)

	e := newEmptyEnv(t)
	for _, d := range docs {
		r := e.do("", d.Text, nil)
		if c := r.code(); c == "QUERY_TOO_COMPLEX" || c == "RATE_LIMITED" {
			t.Errorf("%s refused: %+v", d.Name, r.Errors)
		}
		if len(r.Errors) > 0 && strings.Contains(r.Errors[0].Message, "Cannot query field") {
			t.Errorf("%s does not validate: %s", d.Name, r.Errors[0].Message)
		}
	}
}

// post sends a GraphQL request body as is and decodes the answer.
func (e *env) postJSON(base string, body map[string]any) *result {
	e.t.Helper()
	b, _ := json.Marshal(body)
	r, _ := e.postAt(base, "", "", b)
	return r
}

func (r *result) reason() string {
	if len(r.Errors) == 0 {
		return ""
	}
	s, _ := r.Errors[0].Extensions["reason"].(string)
	return s
}

// doubling is a chain of fragments, each spreading the previous one twice:
// under a field (wide=false) it doubles the fields of the document at each
// level, side by side (wide=true) it doubles one selection set.
func doubling(levels int, wide bool) string {
	var b strings.Builder
	fmt.Fprintf(&b, "{ me { ...F%d } }\nfragment F0 on Me { role }\n", levels)
	for i := 1; i <= levels; i++ {
		if wide {
			fmt.Fprintf(&b, "fragment F%d on Me { ...F%d ...F%d }\n", i, i-1, i-1)
		} else {
			fmt.Fprintf(&b, "fragment F%d on Me { user { ...F%d } client { ...F%d } }\n", i, i-1, i-1)
		}
	}
	return b.String()
}

// TestAbusiveDocumentsAreRefusedBeforeValidation: the documents of the
// audit, sent anonymously, are refused with QUERY_TOO_COMPLEX and the limit
// they broke, whatever comment makes them new to the query cache, whether
// sent whole or to be persisted, over HTTP or a websocket.
func TestAbusiveDocumentsAreRefusedBeforeValidation(t *testing.T) {
	e := newEmptyEnv(t)
	roles := func(n int) string { return "{me{" + strings.Repeat("role ", n) + "}}" }
	var aliases strings.Builder
	for i := range 21 {
		fmt.Fprintf(&aliases, "a%d: role ", i)
	}
	cases := []struct {
		name, query string
		reason      graph.Limit
	}{
		{"20,000 repetitions", roles(20000), graph.LimitTokens},
		{"the same behind a comment", "# another text for the cache\n" + roles(20000), graph.LimitTokens},
		{"900 repetitions", roles(900), graph.LimitSelections},
		{"11 repetitions", roles(11), graph.LimitRepeats},
		{"21 aliases", "{me{" + aliases.String() + "}}", graph.LimitAliases},
		{"fragments doubling one selection 40 times", doubling(40, true), graph.LimitSelections},
		{"fragments doubling the fields 40 times", doubling(40, false), graph.LimitFields},
	}
	for _, c := range cases {
		start := time.Now()
		r := e.postJSON(e.API.URL, map[string]any{"query": c.query})
		t.Logf("%s: refused in %s", c.name, time.Since(start).Round(time.Microsecond))
		if r.code() != "QUERY_TOO_COMPLEX" || r.reason() != string(c.reason) || r.Status != http.StatusUnprocessableEntity {
			t.Errorf("%s: status %d, errors %+v", c.name, r.Status, r.Errors)
		}
		if r.Errors[0].Extensions["field"] != "query" || !strings.Contains(r.Errors[0].Message, "Requête trop") {
			t.Errorf("%s: %+v", c.name, r.Errors[0])
		}
	}

	// Persisted queries: an oversized document is refused before it is
	// stored, so its hash finds nothing afterwards.
	big := roles(5000)
	sum := sha256.Sum256([]byte(big))
	apq := map[string]any{"persistedQuery": map[string]any{"version": 1, "sha256Hash": hex.EncodeToString(sum[:])}}
	if r := e.postJSON(e.API.URL, map[string]any{"query": big, "extensions": apq}); r.reason() != string(graph.LimitTokens) {
		t.Errorf("persisting an oversized document: %+v", r.Errors)
	}
	if r := e.postJSON(e.API.URL, map[string]any{"extensions": apq}); r.reason() != "PERSISTED_QUERY_NOT_FOUND" {
		t.Errorf("the oversized document was persisted: %+v", r.Errors)
	}

	// Over a websocket, for a member (anonymous sockets are refused).
	tok := e.newOrg("Notre Post").as(db.RoleCoordinator)
	ws, err := e.dialWS(e.API.URL, map[string]any{"token": tok})
	if err != nil {
		t.Fatal(err)
	}
	ws.subscribe("1", "subscription {"+strings.Repeat(" __typename", 1200)+" }", nil)
	m, err := ws.read(5 * time.Second)
	if err != nil || wsErrorCode(m) != "QUERY_TOO_COMPLEX" {
		t.Errorf("websocket: %v %v", m, err)
	}

	// The server still answers, and the app's kind of query goes through.
	var d struct{ Me struct{ Role string } }
	e.call(tok, `{ me { role } }`, nil, &d)
	if d.Me.Role != "COORDINATOR" {
		t.Fatalf("me: %+v", d)
	}
}
