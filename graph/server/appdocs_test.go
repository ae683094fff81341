package server_test

// The app's own GraphQL documents, read from the frontend sources, as the
// app sends them: each operation with the fragments it spreads, and the
// __typename that graphcache adds to every selection set.

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/formatter"
	"github.com/vektah/gqlparser/v2/parser"
)

var (
	// graphql(`...`) calls, and plain strings holding a whole operation
	// (the refresh mutation the fetch wrapper sends by hand).
	taggedDoc = regexp.MustCompile("graphql\\(\\s*`([^`]*)`")
	plainDoc  = regexp.MustCompile(`'((?:query|mutation|subscription) [A-Z]\w*[^']*)'`)
)

type appDocument struct {
	Name, Text string
}

// appDocuments reads every GraphQL document of frontend/src (generated
// code and tests excepted).
func appDocuments(t *testing.T) []appDocument {
	t.Helper()
	root := filepath.Join("..", "..", "frontend", "src")
	var pieces []string
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == "gql" {
			return filepath.SkipDir
		}
		ext := filepath.Ext(p)
		if d.IsDir() || (ext != ".ts" && ext != ".tsx") || strings.Contains(d.Name(), ".test.") {
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		for _, re := range []*regexp.Regexp{taggedDoc, plainDoc} {
			for _, m := range re.FindAllStringSubmatch(string(b), -1) {
				pieces = append(pieces, m[1])
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	fragments := map[string]*ast.FragmentDefinition{}
	var ops []*ast.OperationDefinition
	for _, p := range pieces {
		doc, err := parser.ParseQuery(&ast.Source{Input: p})
		if err != nil {
			t.Fatalf("a document of the app does not parse: %v\n%s", err, p)
		}
		ops = append(ops, doc.Operations...)
		for _, f := range doc.Fragments {
			fragments[f.Name] = f
		}
	}
	if len(ops) < 50 {
		t.Fatalf("only %d operations found in %s: the extraction is broken", len(ops), root)
	}
	var out []appDocument
	for _, op := range ops {
		doc := &ast.QueryDocument{Operations: ast.OperationList{op}}
		used := map[string]bool{}
		var spread func(ast.SelectionSet)
		spread = func(set ast.SelectionSet) {
			for _, s := range set {
				switch s := s.(type) {
				case *ast.Field:
					spread(s.SelectionSet)
				case *ast.InlineFragment:
					spread(s.SelectionSet)
				case *ast.FragmentSpread:
					if f := fragments[s.Name]; f != nil && !used[s.Name] {
						used[s.Name] = true
						doc.Fragments = append(doc.Fragments, f)
						spread(f.SelectionSet)
					}
				}
			}
		}
		spread(op.SelectionSet)
		var buf bytes.Buffer
		formatter.NewFormatter(&buf).FormatQueryDocument(withTypename(doc))
		out = append(out, appDocument{Name: op.Name, Text: buf.String()})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// withTypename copies a document adding __typename to every selection set
// below the operation's root, as graphcache does.
func withTypename(doc *ast.QueryDocument) *ast.QueryDocument {
	var set func(ast.SelectionSet, bool) ast.SelectionSet
	set = func(in ast.SelectionSet, root bool) ast.SelectionSet {
		out := ast.SelectionSet{}
		for _, s := range in {
			switch s := s.(type) {
			case *ast.Field:
				c := *s
				c.SelectionSet = set(s.SelectionSet, false)
				out = append(out, &c)
			case *ast.InlineFragment:
				c := *s
				c.SelectionSet = set(s.SelectionSet, false)
				out = append(out, &c)
			default:
				out = append(out, s)
			}
		}
		if !root && len(in) > 0 {
			out = append(out, &ast.Field{Name: "__typename", Alias: "__typename"})
		}
		return out
	}
	c := &ast.QueryDocument{}
	for _, op := range doc.Operations {
		o := *op
		o.SelectionSet = set(op.SelectionSet, true)
		c.Operations = append(c.Operations, &o)
	}
	for _, f := range doc.Fragments {
		g := *f
		g.SelectionSet = set(f.SelectionSet, false)
		c.Fragments = append(c.Fragments, &g)
	}
	return c
}
