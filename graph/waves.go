package graph

import (
	"context"
	"reflect"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/postprod/postprod/dataloaders/wave"
)

// The count behind the loaders' waves (dataloaders/wave): the fields that
// are running or about to start, so that a batch is read when all of them
// are done or waiting on a loader.
//
// gqlgen starts a field's children in goroutines after the field's
// resolver returned, so a field cannot be counted when it starts (a batch
// could be fired in between without its key). Each field, when its
// resolver returns, announces instead the fields its value starts at once.
// gqlgen marshals an object in one goroutine: its fields without a
// resolver one after the other, each followed by its own subtree, then its
// resolver fields all together. So an object starts its fields up to and
// including the first one without a resolver that has a selection (edges,
// node, pageInfo...); the next ones start when that field's subtree is
// complete, and are announced then (a plan per object type and selection).
// Announcing them earlier would count fields that wait behind a loader.
//
// Each field with a selection keeps a node counting its subtree (its own
// resolver, then every field of its value's objects). __typename is written
// without a resolver and never counted. A field whose arguments do not parse
// is counted but never runs; the wave's fallback timer then dispatches its
// batches (late, not lost).

// waves knows which fields gqlgen runs concurrently: those of the
// resolver interfaces (ResolverRoot), by type and lower-case field name.
type waves struct {
	concurrent map[string]map[string]bool
}

func newWaves() *waves {
	ws := &waves{concurrent: map[string]map[string]bool{}}
	root := reflect.TypeFor[ResolverRoot]()
	for i := range root.NumMethod() {
		m := root.Method(i)
		if m.Type.NumOut() != 1 || m.Type.Out(0).Kind() != reflect.Interface {
			continue
		}
		fields := map[string]bool{}
		r := m.Type.Out(0)
		for j := range r.NumMethod() {
			fields[strings.ToLower(r.Method(j).Name)] = true
		}
		ws.concurrent[m.Name] = fields
	}
	return ws
}

// plan is how the fields of one object of a type, for one selection, start.
type plan struct {
	first int                // started as soon as the object is marshalled
	total int                // all its fields
	next  map[*ast.Field]int // started once this field's subtree is complete
}

func (ws *waves) plan(oc *graphql.OperationContext, sel ast.SelectionSet, typ string, sequential bool) *plan {
	fields := graphql.CollectFields(oc, sel, []string{typ})
	p := &plan{next: map[*ast.Field]int{}}
	concurrent := 0
	var last *ast.Field // the field without a resolver that holds the current step
	for _, f := range fields {
		switch {
		case f.Name == "__typename":
			continue
		case sequential: // a mutation's root fields, one after the other
			p.add(last, 1)
			last = f.Field
		case ws.concurrent[typ][strings.ToLower(f.Name)]:
			concurrent++
		default:
			p.add(last, 1)
			if len(f.Selections) > 0 {
				last = f.Field
			}
		}
		p.total++
	}
	// The fields with a resolver start after the last step.
	if concurrent > 0 {
		p.add(last, concurrent)
	}
	return p
}

// add counts n fields in the step that starts after last's subtree (the
// first step when nil).
func (p *plan) add(last *ast.Field, n int) {
	if last == nil {
		p.first += n
	} else {
		p.next[last] += n
	}
}

// opWave is an operation's wave and its plans.
type opWave struct {
	ws    *waves
	oc    *graphql.OperationContext
	w     *wave.Wave
	mu    sync.Mutex
	plans map[planKey]*plan
}

type planKey struct {
	f   *ast.Field // nil: the operation
	typ string
}

func (ow *opWave) planFor(f *ast.Field, sel ast.SelectionSet, typ string) *plan {
	k := planKey{f, typ}
	ow.mu.Lock()
	p, ok := ow.plans[k]
	ow.mu.Unlock()
	if !ok {
		p = ow.ws.plan(ow.oc, sel, typ, false)
		ow.mu.Lock()
		ow.plans[k] = p
		ow.mu.Unlock()
	}
	return p
}

// node counts the subtree of a field with a selection.
type node struct {
	ow      *opWave
	parent  *node // nil: the operation
	plan    *plan // of the objects of its value (the operation's root fields)
	next    int   // what its completion starts in its parent's object
	pending atomic.Int64
}

type nodeKey struct{}

// start installs the operation's wave, with its first root fields
// announced. Subscriptions have none: their shared loaders keep a timer.
func (ws *waves) start(ctx context.Context, oc *graphql.OperationContext) context.Context {
	if oc.Operation == nil || oc.Operation.Operation == ast.Subscription {
		return ctx
	}
	typ := "Query"
	if oc.Operation.Operation == ast.Mutation {
		typ = "Mutation"
	}
	ow := &opWave{ws: ws, oc: oc, plans: map[planKey]*plan{}}
	root := &node{ow: ow, plan: ws.plan(oc, oc.Operation.SelectionSet, typ, typ == "Mutation")}
	ow.w = wave.New(root.plan.first)
	return wave.With(context.WithValue(ctx, nodeKey{}, root), ow.w)
}

// aroundField counts a field out, announcing what its value starts. It must
// be the outermost field middleware, so that every field reaches it.
func (ws *waves) aroundField(ctx context.Context, next graphql.Resolver) (any, error) {
	parent, _ := ctx.Value(nodeKey{}).(*node)
	fc := graphql.GetFieldContext(ctx)
	if parent == nil || fc == nil {
		return next(ctx)
	}
	w := parent.ow.w
	nextFields := parent.plan.next[fc.Field.Field]
	if len(fc.Field.Selections) == 0 || fc.Field.Definition == nil {
		defer func() {
			parent.ow.complete(parent, nextFields)
			w.Done(0)
		}()
		return next(ctx)
	}
	n := &node{ow: parent.ow, parent: parent, next: nextFields}
	n.pending.Store(1)
	first := 0
	defer func() {
		w.Expect(first)
		n.done()
		w.Done(0)
	}()
	res, err := next(context.WithValue(ctx, nodeKey{}, n))
	if err == nil && res != nil {
		if objects := countObjects(reflect.ValueOf(res)); objects > 0 {
			typ := fc.Field.Definition.Type.Name()
			p := n.ow.planFor(fc.Field.Field, fc.Field.Selections, typ)
			n.plan = p
			n.pending.Add(int64(objects * p.total))
			first = objects * p.first
		}
	}
	return res, err
}

// done counts one part of the node's subtree complete.
func (n *node) done() {
	if n.pending.Add(-1) == 0 {
		n.ow.complete(n.parent, n.next)
	}
}

// complete ends a field's subtree: the fields waiting behind it in its
// object start (announced before the field counts out), and its parent
// has one part less to wait for.
func (ow *opWave) complete(parent *node, next int) {
	if next > 0 {
		ow.w.Expect(next)
	}
	if parent != nil && parent.parent != nil {
		parent.done()
	}
}

// countObjects counts the non-null objects of a resolved value: one for an
// object, the sum over the elements of a list.
func countObjects(v reflect.Value) int {
	switch v.Kind() {
	case reflect.Invalid:
		return 0
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			return 0
		}
		return countObjects(v.Elem())
	case reflect.Slice, reflect.Array:
		if v.Kind() == reflect.Slice && v.IsNil() {
			return 0
		}
		n := 0
		for i := range v.Len() {
			n += countObjects(v.Index(i))
		}
		return n
	default:
		return 1
	}
}
