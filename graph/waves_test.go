package graph

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// The waves' plans rest on which fields gqlgen runs concurrently (after the
// others, in goroutines): the generated executor must agree with the
// resolver interfaces field for field, or a count would be wrong.
func TestWavesKnowWhichFieldsRunConcurrently(t *testing.T) {
	src, err := os.ReadFile("generated.go")
	if err != nil {
		t.Fatal(err)
	}
	ws := newWaves()
	object := regexp.MustCompile(`^func \(ec \*executionContext\) _(\w+)\(ctx context\.Context, sel ast\.SelectionSet`)
	field := regexp.MustCompile(`^\t\tcase "(\w+)":$`)
	var typ string
	lines := strings.Split(string(src), "\n")
	checked := 0
	for i, l := range lines {
		if m := object.FindStringSubmatch(l); m != nil {
			typ = m[1]
			continue
		}
		if strings.HasPrefix(l, "func ") {
			typ = ""
		}
		m := field.FindStringSubmatch(l)
		if typ == "" || m == nil || m[1] == "__typename" || i+1 >= len(lines) {
			continue
		}
		name := m[1]
		generated := strings.Contains(lines[i+1], "ResolveConcurrently(") || strings.Contains(lines[i+1], "ResolveRootConcurrently(")
		if typ == "Subscription" || typ == "Mutation" { // one after the other (start), or streamed
			continue
		}
		if known := ws.concurrent[typ][strings.ToLower(name)]; known != generated {
			t.Errorf("%s.%s: concurrent in the executor %v, for the waves %v", typ, name, generated, known)
		}
		checked++
	}
	if checked < 500 {
		t.Fatalf("only %d fields checked: has the generated code changed shape?", checked)
	}
	t.Logf("%d fields checked", checked)
}
