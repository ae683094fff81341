package page

import (
	"context"
	"fmt"
	"strings"

	"github.com/uptrace/bun"

	"github.com/postprod/postprod/internal/kernel/apperr"
)

// Term is one ORDER BY term of a list read by key. The row's raw value
// (Col, read back by Value) travels in the cursor; the sort key is Key
// applied to it, in SQL, both on the row and on the cursor's value, so the
// comparison is PostgreSQL's own (its collation, its lower()) and never a
// Go imitation of it.
type Term[T any] struct {
	Col   string      // the raw value's SQL over the row: "production.title"
	Key   string      // the sort key over %s, the raw value: "lower(%s)"; empty: the raw value
	Cast  Cast        // the raw value's SQL type
	Desc  bool        // descending
	Value func(T) any // the row's raw value; nil or a nil pointer for NULL
	// Nullable: the key may be NULL, and NULLs sort last whatever the
	// direction (first with NullsFirst). A key that cannot be NULL is
	// cheaper: it bounds an index scan. A sentinel (COALESCE with
	// 'infinity') turns a nullable column into such a key.
	Nullable, NullsFirst bool
}

// Order is a list's order, its terms ending with a unique column (the id)
// so that no two rows tie. Name goes into the cursors: a cursor read by
// another order is refused rather than misread.
type Order[T any] struct {
	Name  string
	Terms []Term[T]
}

func (t Term[T]) expr(raw string) string {
	if t.Key == "" {
		return raw
	}
	return fmt.Sprintf(t.Key, raw)
}

// orderBy is the term's ORDER BY clause, NULLS placed explicitly.
func (t Term[T]) orderBy() string {
	s := t.expr(t.Col)
	if t.Desc {
		s += " DESC"
	} else {
		s += " ASC"
	}
	if t.Nullable {
		if t.NullsFirst {
			s += " NULLS FIRST"
		} else {
			s += " NULLS LAST"
		}
	}
	return s
}

// bound is a condition on the row's key, cond with "?" for the cursor's.
type bound struct {
	sql  string
	args []any
}

func (t Term[T]) cmp(op string, v *string) bound {
	return bound{fmt.Sprintf("%s %s %s", t.expr(t.Col), op, t.expr("?::"+string(t.Cast))), []any{arg(v)}}
}

func arg(v *string) any {
	if v == nil {
		return nil
	}
	return *v
}

// null is whether the cursor's key for this term is NULL.
func (t Term[T]) null(v *string) bool { return t.Nullable && v == nil }

// after is "the row's key comes strictly after the cursor's" for this term.
func (t Term[T]) after(v *string) bound {
	op := ">"
	if t.Desc {
		op = "<"
	}
	switch {
	case t.null(v) && t.NullsFirst:
		return bound{t.expr(t.Col) + " IS NOT NULL", nil}
	case t.null(v):
		return bound{"false", nil} // nothing after the NULLs, last
	case t.Nullable && !t.NullsFirst:
		b := t.cmp(op, v)
		return bound{"(" + b.sql + " OR " + t.expr(t.Col) + " IS NULL)", b.args}
	}
	return t.cmp(op, v)
}

// equal is "the row's key is the cursor's" for this term.
func (t Term[T]) equal(v *string) bound {
	if t.null(v) {
		return bound{t.expr(t.Col) + " IS NULL", nil}
	}
	return t.cmp("=", v)
}

// from is "the row's key is the cursor's or after it", when it is a plain
// range an index scan can start at; ok is false when it is not.
func (t Term[T]) from(v *string) (b bound, ok bool) {
	switch {
	case t.null(v) && t.NullsFirst:
		return bound{}, false // every row
	case t.null(v):
		return bound{t.expr(t.Col) + " IS NULL", nil}, true
	case t.Nullable && !t.NullsFirst:
		return bound{}, false // the NULLs, last, are after it too
	case t.Desc:
		return t.cmp("<=", v), true
	}
	return t.cmp(">=", v), true
}

// where gives the conditions selecting the rows after the cursor's:
// (k1 after v1) OR (k1 = v1 AND k2 after v2) OR …, plus a plain range on
// the first term so that an index in the order's shape starts at the
// cursor instead of filtering every row before it. When every term has
// one direction and no NULL, it is a row comparison, which PostgreSQL
// turns into an index range on all the terms at once.
func (o Order[T]) where(vals []*string) []bound {
	uniform := true
	for _, t := range o.Terms {
		uniform = uniform && !t.Nullable && t.Desc == o.Terms[0].Desc
	}
	if uniform {
		var rows, keys []string
		var args []any
		for i, t := range o.Terms {
			rows = append(rows, t.expr(t.Col))
			keys = append(keys, t.expr("?::"+string(t.Cast)))
			args = append(args, arg(vals[i]))
		}
		op := ">"
		if o.Terms[0].Desc {
			op = "<"
		}
		return []bound{{fmt.Sprintf("(%s) %s (%s)", strings.Join(rows, ", "), op, strings.Join(keys, ", ")), args}}
	}
	var ors []string
	var args []any
	for i, t := range o.Terms {
		var ands []string
		for j := range i {
			e := o.Terms[j].equal(vals[j])
			ands, args = append(ands, e.sql), append(args, e.args...)
		}
		a := t.after(vals[i])
		ands, args = append(ands, a.sql), append(args, a.args...)
		ors = append(ors, "("+strings.Join(ands, " AND ")+")")
	}
	out := []bound{{"(" + strings.Join(ors, " OR ") + ")", args}}
	if b, ok := o.Terms[0].from(vals[0]); ok {
		out = append(out, b)
	}
	return out
}

// values checks a cursor against the order and gives its values in
// canonical form.
func (o Order[T]) values(k *key) ([]*string, error) {
	if k.Order != o.Name {
		return nil, apperr.Invalid("after", "Ce curseur vient d’une autre liste ou d’un autre tri : repartez de la première page.",
			"This cursor comes from another list or sort order: start again from the first page.")
	}
	if len(k.Values) != len(o.Terms) {
		return nil, badCursor()
	}
	out := make([]*string, len(k.Values))
	for i, v := range k.Values {
		if v == nil {
			if i == len(o.Terms)-1 { // the id, never NULL
				return nil, badCursor()
			}
			continue
		}
		c, ok := o.Terms[i].Cast.check(*v)
		if !ok {
			return nil, badCursor()
		}
		out[i] = &c
	}
	return out, nil
}

// cursor is row's keyset cursor in order o.
func (o Order[T]) cursor(row T) string {
	k := key{Order: o.Name, Values: make([]*string, len(o.Terms))}
	for i, t := range o.Terms {
		k.Values[i] = text(t.Value(row))
	}
	return k.encode()
}

// Keyset scans one page of q, in order o, into a slice: the rows after
// the cursor's (WHERE (key, id) > (cursor's key, id) ORDER BY key, id
// LIMIT first+1), so page 40 costs what page 1 does when an index has the
// order's shape. It reads one row more than the page to know whether
// another follows, and counts the whole selection only when ctx asks
// (Counting). An offset cursor, as every list gave before it read by key
// (a phone's cache may still hold one), is still read, by offset, once:
// the page it answers carries keyset cursors. q must not be ordered.
func Keyset[T any](ctx context.Context, q *bun.SelectQuery, a Args, o Order[T]) ([]T, Info, error) {
	var vals []*string
	if a.key != nil {
		var err error
		if vals, err = o.values(a.key); err != nil {
			return nil, Info{}, err
		}
	}
	var rows []T
	q = q.Model(&rows)
	info := Info{HasPreviousPage: a.key != nil || a.Offset > 0}
	count := Counting(ctx)
	if count { // before the cursor's conditions: the total is the whole selection's
		n, err := q.Count(ctx)
		if err != nil {
			return nil, Info{}, err
		}
		info.TotalCount = int(n)
	}
	if vals != nil {
		for _, b := range o.where(vals) {
			q = q.Where(b.sql, b.args...)
		}
	}
	for _, t := range o.Terms {
		q = q.OrderExpr(t.orderBy()) // constant expressions, never user input
	}
	if a.Limit > 0 || !count || vals != nil || a.Offset > 0 {
		if a.Offset > 0 {
			q = q.Offset(int64(a.Offset))
		}
		if err := q.Limit(int64(a.Limit + 1)).Scan(ctx); err != nil {
			return nil, Info{}, err
		}
		if len(rows) > a.Limit {
			rows, info.HasNextPage = rows[:a.Limit], true
		}
	} else {
		info.HasNextPage = info.TotalCount > 0 // first: 0 from the start
	}
	info.Cursors = make([]string, len(rows))
	for i, r := range rows {
		info.Cursors[i] = o.cursor(r)
	}
	if len(rows) > 0 {
		info.StartCursor, info.EndCursor = &info.Cursors[0], &info.Cursors[len(rows)-1]
	}
	return rows, info, nil
}

// By is an ascending term on a column (a key never NULL); Descending
// reverses it.
func By[T any](col string, cast Cast, value func(T) any) Term[T] {
	return Term[T]{Col: col, Cast: cast, Value: value}
}

// Descending is t, sorted the other way.
func (t Term[T]) Descending() Term[T] {
	t.Desc = true
	return t
}
