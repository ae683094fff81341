package graph

import (
	"fmt"
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/parser"
)

// nestedFragments spreads each fragment twice in the next: the last one
// expands to 2^levels fields in a document of a few hundred bytes.
func nestedFragments(levels int) string {
	var b strings.Builder
	b.WriteString("{ me { ...F" + fmt.Sprint(levels) + " } }\nfragment F0 on User { role }\n")
	for i := 1; i <= levels; i++ {
		fmt.Fprintf(&b, "fragment F%d on User { ...F%d ...F%d }\n", i, i-1, i-1)
	}
	return b.String()
}

// nestedObjects doubles the fields at each level without widening any
// selection set: each fragment spreads the previous one under two fields.
func nestedObjects(levels int) string {
	var b strings.Builder
	b.WriteString("{ me { ...F" + fmt.Sprint(levels) + " } }\nfragment F0 on User { role }\n")
	for i := 1; i <= levels; i++ {
		fmt.Fprintf(&b, "fragment F%d on User { a { ...F%d } b { ...F%d } }\n", i, i-1, i-1)
	}
	return b.String()
}

func parse(t *testing.T, text string) *ast.QueryDocument {
	t.Helper()
	doc, err := parser.ParseQuery(&ast.Source{Input: text})
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func TestCountTokensStopsPastTheLimit(t *testing.T) {
	if n := CountTokens("# a comment\n{ me { role } }", 0); n != 6 {
		t.Fatalf("tokens: %d, want 6 (comments are not counted)", n)
	}
	if n := CountTokens("{me{"+strings.Repeat("role ", 20000)+"}}", 100); n != 101 {
		t.Fatalf("counting should stop at 101, got %d", n)
	}
}

func TestMeasure(t *testing.T) {
	cases := []struct {
		name string
		doc  string
		want Shape
	}{
		{"plain", `{ me { role user { id name } } }`, Shape{Selections: 2, Repeats: 1, Fields: 5}},
		{"repeated field", "{ me {" + strings.Repeat(" role", 50) + " } }", Shape{Selections: 50, Repeats: 50, Fields: 51}},
		{"aliases", `{ me { a: role b: role c: role } }`, Shape{Selections: 3, Repeats: 1, Aliases: 3, Fields: 4}},
		{"aliased repeats", `{ me { a: role a: role role } }`, Shape{Selections: 3, Repeats: 2, Aliases: 2, Fields: 4}},
		// The fragment's fields are merged into the set that spreads it:
		// the validator compares them with the set's own.
		{"fragment widens the set", `{ me { role ...R ...R } } fragment R on User { role user { id } }`,
			Shape{Selections: 5, Repeats: 3, Fields: 8}},
		{"inline fragment", `{ me { ... on User { role role } role } }`, Shape{Selections: 3, Repeats: 3, Fields: 4}},
		{"cycle counts as empty", `{ me { ...A } } fragment A on User { role ...B } fragment B on User { ...A }`,
			Shape{Selections: 1, Repeats: 1, Fields: 2}},
	}
	for _, c := range cases {
		got := Measure(parse(t, c.doc), 0, 0)
		if got != c.want {
			t.Errorf("%s: %+v, want %+v", c.name, got, c.want)
		}
	}
	// Forty levels of doubling: 2^40 fields, counted in a few microseconds
	// and saturated just past the cap.
	got := Measure(parse(t, nestedFragments(40)), 1000, 100)
	if got.Fields != 1001 || got.Selections != 1001 {
		t.Fatalf("nested fragments: %+v", got)
	}
	if got := Measure(parse(t, nestedObjects(40)), 1000, 100); got.Fields != 1001 || got.Selections != 2 {
		t.Fatalf("nested objects: %+v", got)
	}
}

func TestLimitsNameTheLimitBroken(t *testing.T) {
	l := DocumentLimits{MaxTokens: 100, MaxSelections: 10, MaxRepeats: 3, MaxAliases: 2, MaxFields: 50}
	if le := l.CheckTokens("{me{" + strings.Repeat("role ", 200) + "}}"); le == nil || le.Limit != LimitTokens {
		t.Errorf("tokens: %+v", le)
	}
	for doc, want := range map[string]Limit{
		"{me{" + strings.Repeat("role ", 11) + "}}":                 LimitSelections,
		"{me{a:role b:role c:role}}":                                LimitAliases,
		nestedFragments(8):                                          LimitSelections,
		nestedObjects(8):                                            LimitFields,
		"{me{role role role role}}":                                 LimitRepeats,
		"{me{user{id} ...U ...U ...U}} fragment U on Me {user{id}}": LimitRepeats,
		"{me{role role role user{id}}}":                             "",
		"{me{a:role b:role user{" + "id name" + "}}}":               "",
	} {
		le := l.CheckShape(parse(t, doc))
		switch {
		case want == "" && le != nil:
			t.Errorf("%.40s: refused %+v", doc, le)
		case want != "" && (le == nil || le.Limit != want):
			t.Errorf("%.40s: %+v, want %s", doc, le, want)
		}
		if le != nil && (le.FR == "" || le.EN == "" || le.FR == le.EN) {
			t.Errorf("%s: messages %q / %q", want, le.FR, le.EN)
		}
	}
}
