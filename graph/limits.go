package graph

// Limits on the shape of a GraphQL document, checked before it is
// validated. Validation is the expensive step for an anonymous caller: the
// rule that checks that fields of one selection set can be merged compares
// them pairwise, so `{me{role role ...}}` costs the square of its length,
// and nested fragment spreads (`fragment B on User {...A ...A}`) double the
// fields to walk at each level. The limits below are counted on the text
// (tokens) and on the parsed document with every fragment spread expanded,
// in linear time, so that what reaches the validator is small.

import (
	"fmt"
	"time"

	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/lexer"
)

// DocumentLimits bound what one document may cost before it is validated.
type DocumentLimits struct {
	// MaxTokens bounds the lexer tokens of the text (comments excluded).
	MaxTokens int
	// MaxSelections bounds the fields of one selection set once its
	// fragment spreads and inline fragments are expanded: what the
	// validator compares pairwise.
	MaxSelections int
	// MaxRepeats bounds the fields sharing one response name in one
	// selection set, fragments expanded: the validator compares those pairs
	// down to their own sub-selections.
	MaxRepeats int
	// MaxAliases bounds the aliased fields written in the document.
	MaxAliases int
	// MaxFields bounds the fields of the whole document with every fragment
	// spread expanded where it is used: what the validator and the executor
	// walk.
	MaxFields int
	// ValidationBudget bounds the time a new document may take to validate,
	// waiting for a validation slot included.
	ValidationBudget time.Duration
}

// DefaultLimits leave a wide margin over the app's own documents, which
// TestAppDocumentsPassTheLimits keeps under half of each limit and prints:
// at the time of writing the largest has 242 tokens, 38 fields in one
// selection set (a quote version and its conditions), a response name 4
// times in one set, no alias and 133 fields expanded. 80 fields in one set
// is 3,160 pairs for the validator to compare: still cheap.
var DefaultLimits = DocumentLimits{
	MaxTokens:        1000,
	MaxSelections:    80,
	MaxRepeats:       10,
	MaxAliases:       20,
	MaxFields:        500,
	ValidationBudget: time.Second,
}

// Limit names the limit a document broke; it is sent as extensions.reason.
type Limit string

const (
	LimitTokens     Limit = "TOKENS"
	LimitSelections Limit = "SELECTIONS"
	LimitRepeats    Limit = "REPEATED_FIELDS"
	LimitAliases    Limit = "ALIASES"
	LimitFields     Limit = "FIELDS"
	LimitTime       Limit = "VALIDATION_TIME"
)

// Shape is what the limits measure of one document.
type Shape struct {
	Tokens     int
	Selections int // the largest selection set, fragments expanded
	Repeats    int // the most fields with one response name in one set
	Aliases    int
	Fields     int // every field, fragment spreads expanded; saturates
}

// LimitError says which limit a document broke and by how much.
type LimitError struct {
	Limit    Limit
	Got, Max int // Got stops just past Max for tokens and fields
	FR, EN   string
}

func (e *LimitError) Error() string { return e.EN }

// CountTokens counts the lexer tokens of a document, comments excluded. It
// stops one past max (when max > 0), so an oversized text costs no more
// than max tokens to refuse. A lexical error ends the count: the parser
// will report it.
func CountTokens(text string, max int) int {
	lx := lexer.New(&ast.Source{Input: text})
	n := 0
	for {
		tok, err := lx.ReadToken()
		if err != nil || tok.Kind == lexer.EOF {
			return n
		}
		if tok.Kind == lexer.Comment {
			continue
		}
		n++
		if max > 0 && n > max {
			return n
		}
	}
}

// CheckTokens refuses a text with more than MaxTokens tokens.
func (l DocumentLimits) CheckTokens(text string) *LimitError {
	if l.MaxTokens <= 0 {
		return nil
	}
	if n := CountTokens(text, l.MaxTokens); n > l.MaxTokens {
		return &LimitError{Limit: LimitTokens, Got: n, Max: l.MaxTokens,
			FR: fmt.Sprintf("Requête trop longue : plus de %d éléments.", l.MaxTokens),
			EN: fmt.Sprintf("Query too long: more than %d tokens.", l.MaxTokens)}
	}
	return nil
}

// CheckShape refuses a parsed document whose selection sets, aliases or
// expanded fields exceed the limits.
func (l DocumentLimits) CheckShape(doc *ast.QueryDocument) *LimitError {
	s := Measure(doc, max(l.MaxFields, l.MaxSelections), l.MaxSelections)
	switch {
	case l.MaxSelections > 0 && s.Selections > l.MaxSelections:
		return &LimitError{Limit: LimitSelections, Got: s.Selections, Max: l.MaxSelections,
			FR: fmt.Sprintf("Requête trop complexe : plus de %d champs dans une même sélection.", l.MaxSelections),
			EN: fmt.Sprintf("Query too complex: more than %d fields in one selection.", l.MaxSelections)}
	case l.MaxRepeats > 0 && s.Repeats > l.MaxRepeats:
		return &LimitError{Limit: LimitRepeats, Got: s.Repeats, Max: l.MaxRepeats,
			FR: fmt.Sprintf("Requête trop complexe : un même champ plus de %d fois dans une sélection.", l.MaxRepeats),
			EN: fmt.Sprintf("Query too complex: one field more than %d times in one selection.", l.MaxRepeats)}
	case l.MaxAliases > 0 && s.Aliases > l.MaxAliases:
		return &LimitError{Limit: LimitAliases, Got: s.Aliases, Max: l.MaxAliases,
			FR: fmt.Sprintf("Requête trop complexe : plus de %d alias.", l.MaxAliases),
			EN: fmt.Sprintf("Query too complex: more than %d aliases.", l.MaxAliases)}
	case l.MaxFields > 0 && s.Fields > l.MaxFields:
		return &LimitError{Limit: LimitFields, Got: s.Fields, Max: l.MaxFields,
			FR: fmt.Sprintf("Requête trop complexe : plus de %d champs une fois les fragments développés.", l.MaxFields),
			EN: fmt.Sprintf("Query too complex: more than %d fields once fragments are expanded.", l.MaxFields)}
	}
	return nil
}

func (l DocumentLimits) tooSlow() *LimitError {
	ms := int(l.ValidationBudget / time.Millisecond)
	return &LimitError{Limit: LimitTime, Got: ms, Max: ms,
		FR: "Requête trop complexe : sa vérification prend trop de temps.",
		EN: "Query too complex: checking it takes too long."}
}

// Measure counts the shape of a parsed document in time linear in its
// size: each fragment's expansion is computed once and reused wherever it
// is spread. Counts saturate just above cap (when cap > 0), so a document
// whose expansion is astronomically large is measured without overflow.
// Repeated response names are counted only when no selection set is wider
// than maxWidth (when maxWidth > 0), which bounds that count's cost; the
// document is refused for its width otherwise. A fragment that spreads
// itself (invalid, refused by validation) counts as empty where it recurs.
func Measure(doc *ast.QueryDocument, cap, maxWidth int) Shape {
	m := measurer{defs: map[string]*ast.FragmentDefinition{}, cap: cap,
		flat: map[string]int{}, deep: map[string]int{}, names: map[string]map[string]int{}, busy: map[string]bool{}}
	for _, f := range doc.Fragments {
		if _, dup := m.defs[f.Name]; !dup { // a duplicate name is refused by validation
			m.defs[f.Name] = f
		}
	}
	var s Shape
	var sets []ast.SelectionSet
	for _, op := range doc.Operations {
		sets = append(sets, op.SelectionSet)
		s.Fields = m.add(s.Fields, m.expanded(op.SelectionSet))
	}
	for _, f := range doc.Fragments {
		sets = append(sets, f.SelectionSet)
	}
	for _, set := range sets {
		m.walk(set, m.widen)
	}
	s.Selections, s.Aliases = m.widest, m.aliases
	if maxWidth <= 0 || m.widest <= maxWidth {
		for _, set := range sets {
			m.walk(set, m.repeats)
		}
		s.Repeats = m.repeated
	}
	return s
}

type measurer struct {
	defs                      map[string]*ast.FragmentDefinition
	cap                       int
	flat, deep                map[string]int            // per fragment: fields of its set expanded; fields of its whole tree expanded
	names                     map[string]map[string]int // per fragment: response names of its set expanded, counted
	busy                      map[string]bool           // fragments being expanded (cycle guard)
	widest, aliases, repeated int
}

func (m *measurer) add(a, b int) int {
	if m.cap > 0 && a+b > m.cap {
		return m.cap + 1
	}
	return a + b
}

// walk visits every selection set written in the document once.
func (m *measurer) walk(set ast.SelectionSet, visit func(ast.SelectionSet)) {
	if len(set) == 0 {
		return
	}
	visit(set)
	for _, sel := range set {
		switch sel := sel.(type) {
		case *ast.Field:
			m.walk(sel.SelectionSet, visit)
		case *ast.InlineFragment:
			m.walk(sel.SelectionSet, visit)
		}
	}
}

// widen records the widest set and counts the aliases written in it.
func (m *measurer) widen(set ast.SelectionSet) {
	m.widest = max(m.widest, m.width(set))
	for _, sel := range set {
		if f, ok := sel.(*ast.Field); ok && f.Alias != "" && f.Alias != f.Name {
			m.aliases++
		}
	}
}

func (m *measurer) repeats(set ast.SelectionSet) {
	for _, n := range m.responseNames(set) {
		m.repeated = max(m.repeated, n)
	}
}

// width is the number of fields of one selection set, fragments expanded.
func (m *measurer) width(set ast.SelectionSet) int {
	n := 0
	for _, sel := range set {
		switch sel := sel.(type) {
		case *ast.Field:
			n = m.add(n, 1)
		case *ast.InlineFragment:
			n = m.add(n, m.width(sel.SelectionSet))
		case *ast.FragmentSpread:
			n = m.add(n, memo(m, sel.Name, m.flat, m.width))
		}
	}
	return n
}

// expanded is the number of fields under a selection set, every level and
// every fragment spread expanded.
func (m *measurer) expanded(set ast.SelectionSet) int {
	n := 0
	for _, sel := range set {
		switch sel := sel.(type) {
		case *ast.Field:
			n = m.add(n, m.add(1, m.expanded(sel.SelectionSet)))
		case *ast.InlineFragment:
			n = m.add(n, m.expanded(sel.SelectionSet))
		case *ast.FragmentSpread:
			n = m.add(n, memo(m, sel.Name, m.deep, m.expanded))
		}
	}
	return n
}

// responseNames counts the response names of one selection set, fragments
// expanded; it holds at most as many names as the set's width.
func (m *measurer) responseNames(set ast.SelectionSet) map[string]int {
	out := map[string]int{}
	merge := func(in map[string]int) {
		for k, v := range in {
			out[k] = m.add(out[k], v)
		}
	}
	for _, sel := range set {
		switch sel := sel.(type) {
		case *ast.Field:
			name := sel.Alias
			if name == "" {
				name = sel.Name
			}
			out[name] = m.add(out[name], 1)
		case *ast.InlineFragment:
			merge(m.responseNames(sel.SelectionSet))
		case *ast.FragmentSpread:
			merge(memo(m, sel.Name, m.names, m.responseNames))
		}
	}
	return out
}

// memo computes f over a named fragment once.
func memo[T any](m *measurer, name string, cache map[string]T, f func(ast.SelectionSet) T) T {
	if v, ok := cache[name]; ok {
		return v
	}
	var zero T
	def := m.defs[name]
	if def == nil || m.busy[name] {
		return zero
	}
	m.busy[name] = true
	v := f(def.SelectionSet)
	delete(m.busy, name)
	cache[name] = v
	return v
}
