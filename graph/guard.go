package graph

import (
	"context"
	"runtime"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"github.com/vektah/gqlparser/v2/parser"
	"github.com/vektah/gqlparser/v2/validator"
	"github.com/vektah/gqlparser/v2/validator/core"
	"github.com/vektah/gqlparser/v2/validator/rules"

	"github.com/postprod/postprod/internal/kernel/apperr"
)

// documentGuard stands between a request and gqlgen's parse and
// validation. For a document not in the query cache it counts tokens,
// parses, measures the shape, and validates under a time budget, with the
// same rules as gqlgen; a valid document goes into the query cache, so
// gqlgen does not validate it again. The cache is keyed by the text, so a
// comment or a space makes a new document that goes through every check:
// the cache is no way around the limits.
//
// It wraps the persisted-query extension so that a document sent to be
// persisted is measured before it is stored, and one fetched by its hash
// is checked like any other.
type documentGuard struct {
	limits DocumentLimits
	rules  func() *rules.Rules
	cache  graphql.Cache[*ast.QueryDocument]
	apq    extension.AutomaticPersistedQuery
	schema *ast.Schema
	// slots bounds the validations running at once, to half the cores: a
	// flood of new documents cannot take the CPU from the requests whose
	// documents are cached. A validation past its budget keeps its slot
	// until it ends, so abandoned ones cannot pile up either.
	slots chan struct{}
	// introspection off: __schema is refused before execution.
	introspection bool
}

func newDocumentGuard(l DocumentLimits, r func() *rules.Rules, cache graphql.Cache[*ast.QueryDocument], apq graphql.Cache[string], introspection bool) *documentGuard {
	return &documentGuard{
		limits: l, rules: r, cache: cache, introspection: introspection,
		apq:   extension.AutomaticPersistedQuery{Cache: apq},
		slots: make(chan struct{}, max(1, runtime.GOMAXPROCS(0)/2)),
	}
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationParameterMutator
	graphql.OperationContextMutator
} = (*documentGuard)(nil)

func (*documentGuard) ExtensionName() string { return "DocumentGuard" }

func (g *documentGuard) Validate(es graphql.ExecutableSchema) error {
	g.schema = es.Schema()
	return g.apq.Validate(es)
}

func (g *documentGuard) MutateOperationParameters(ctx context.Context, p *graphql.RawParams) *gqlerror.Error {
	if p.Query != "" {
		if _, ok := g.cache.Get(ctx, p.Query); !ok {
			if le := g.limits.CheckTokens(p.Query); le != nil {
				return refusal(le)
			}
		}
	}
	if err := g.apq.MutateOperationParameters(ctx, p); err != nil {
		return err
	}
	if p.Query == "" {
		return nil // gqlgen answers the missing query
	}
	return g.admit(ctx, p.Query)
}

// admit checks a document that the cache does not hold. Documents that do
// not parse, or that validation refuses, are left to gqlgen, which reports
// every error in its usual form; their cost was bounded here first.
func (g *documentGuard) admit(ctx context.Context, text string) *gqlerror.Error {
	if _, ok := g.cache.Get(ctx, text); ok {
		return nil
	}
	if le := g.limits.CheckTokens(text); le != nil {
		return refusal(le)
	}
	doc, err := parser.ParseQuery(&ast.Source{Input: text})
	if err != nil || len(doc.Operations) == 0 {
		return nil
	}
	if le := g.limits.CheckShape(doc); le != nil {
		return refusal(le)
	}
	valid, gerr := g.validate(ctx, doc)
	if gerr != nil {
		return gerr
	}
	if valid {
		g.cache.Add(ctx, text, doc)
	}
	return nil
}

// validate runs the validator in a slot, within the budget. Go cannot stop
// a running function: past the budget the caller is answered at once and
// the validation finishes in the background, still holding its slot (the
// shape limits keep that short).
func (g *documentGuard) validate(ctx context.Context, doc *ast.QueryDocument) (bool, *gqlerror.Error) {
	budget := time.NewTimer(g.limits.ValidationBudget)
	defer budget.Stop()
	select {
	case g.slots <- struct{}{}:
	case <-budget.C:
		return false, busy()
	case <-ctx.Done():
		return false, busy()
	}
	done := make(chan bool, 1)
	go func() {
		defer func() { <-g.slots }()
		defer func() {
			if recover() != nil {
				done <- false // gqlgen validates it again and reports the panic
			}
		}()
		done <- len(validator.ValidateWithRules(g.schema, doc, g.rules())) == 0
	}()
	select {
	case ok := <-done:
		return ok, nil
	case <-budget.C:
		return false, refusal(g.limits.tooSlow())
	case <-ctx.Done():
		return false, refusal(g.limits.tooSlow())
	}
}

// MutateOperationContext refuses __schema when introspection is off, with
// a typed code rather than gqlgen's untyped error (shown as INTERNAL).
// __type(name:) answers null instead (see hideTypes): the audit of the
// GraphQL-over-HTTP spec sends it to check variables.
func (g *documentGuard) MutateOperationContext(_ context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if g.introspection || oc.Operation == nil || oc.Operation.Operation != ast.Query {
		return nil
	}
	if selects(oc.Operation.SelectionSet, "__schema", map[string]bool{}) {
		err := &gqlerror.Error{
			Message: "introspection disabled",
			Err: apperr.New(apperr.Forbidden, "__schema", "L'introspection du schéma est désactivée sur ce serveur.",
				"Schema introspection is disabled on this server."),
			Extensions: map[string]any{"code": errcode.ValidationFailed, "reason": "INTROSPECTION_DISABLED"},
		}
		return err
	}
	return nil
}

// selects reports whether a root selection set asks for the field name,
// directly or through fragments.
func selects(set ast.SelectionSet, name string, seen map[string]bool) bool {
	for _, sel := range set {
		switch sel := sel.(type) {
		case *ast.Field:
			if sel.Name == name {
				return true
			}
		case *ast.InlineFragment:
			if selects(sel.SelectionSet, name, seen) {
				return true
			}
		case *ast.FragmentSpread:
			if !seen[sel.Name] && sel.Definition != nil {
				seen[sel.Name] = true
				if selects(sel.Definition.SelectionSet, name, seen) {
					return true
				}
			}
		}
	}
	return false
}

// hideTypes answers __type(name:) with null when introspection is off: the
// same answer as for a type that does not exist, so no name can be probed.
func hideTypes(ctx context.Context, next graphql.Resolver) (any, error) {
	if fc := graphql.GetFieldContext(ctx); fc != nil && fc.Field.Name == "__type" && fc.Object == "Query" {
		return nil, nil
	}
	return next(ctx)
}

// refusal is a limit error as gqlgen expects it from an extension: its
// code marks it as a request error (HTTP 422, or 400 for
// application/graphql-response+json); the error presenter then shows the
// typed code QUERY_TOO_COMPLEX with the limit broken as extensions.reason.
func refusal(le *LimitError) *gqlerror.Error {
	return &gqlerror.Error{
		Message:    le.EN,
		Err:        apperr.New(apperr.QueryTooComplex, "query", le.FR, le.EN),
		Extensions: map[string]any{"code": errcode.ValidationFailed, "reason": string(le.Limit), "limit": le.Max},
	}
}

func busy() *gqlerror.Error {
	return &gqlerror.Error{
		Message: "server busy",
		Err: apperr.New(apperr.RateLimited, "query", "Serveur occupé : réessayez dans un instant.",
			"Server busy: try again in a moment."),
		Extensions: map[string]any{"reason": string(LimitTime)},
	}
}

// validationRules is the rule set of every validation, the guard's and
// gqlgen's alike; without suggestions, no error message proposes a field,
// argument, type or enum value name ("Did you mean …?"), which would let
// anyone enumerate the schema with introspection off.
func validationRules(suggest bool) func() *rules.Rules {
	return func() *rules.Rules {
		r := rules.NewDefaultRules()
		if suggest {
			return r
		}
		for _, quiet := range []core.Rule{
			rules.FieldsOnCorrectTypeRuleWithoutSuggestions,
			rules.KnownArgumentNamesRuleWithoutSuggestions,
			rules.KnownTypeNamesRuleWithoutSuggestions,
			rules.ScalarLeafsRuleWithoutSuggestions,
			rules.ValuesOfCorrectTypeRuleWithoutSuggestions,
		} {
			r.RemoveRule(quiet.Name[:len(quiet.Name)-len("WithoutSuggestions")])
			r.AddRule(quiet.Name, quiet.RuleFunc)
		}
		return r
	}
}
