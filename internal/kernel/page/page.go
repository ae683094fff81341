// Package page implements Relay-style pagination behind opaque cursors:
// by sort key (Keyset: a page costs the same however deep it is) for the
// lists selected in SQL, by offset for the lists computed in memory
// (Window) and those not moved yet (Fetch).
package page

import (
	"context"

	"github.com/uptrace/bun"

	"github.com/postprod/postprod/internal/kernel/apperr"
)

// MaxFirst bounds a page so one request cannot read a whole table.
const MaxFirst = 200

// Args is a validated (first, after) pair: after is an offset cursor
// (Offset) or a keyset cursor (checked against its list's order by Keyset).
type Args struct {
	Limit  int
	Offset int
	key    *key
}

// Parse checks first and after.
func Parse(first *int, after *string, def int) (Args, error) {
	a := Args{Limit: def}
	if first != nil {
		if *first < 0 || *first > MaxFirst {
			return a, apperr.Invalid("first", "« first » doit être entre 0 et 200.", "“first” must be between 0 and 200.")
		}
		a.Limit = *first
	}
	if after != nil && *after != "" {
		var err error
		if a.Offset, a.key, err = decode(*after); err != nil {
			return a, err
		}
	}
	return a, nil
}

// Info is what a connection needs besides its nodes.
type Info struct {
	HasNextPage, HasPreviousPage bool
	StartCursor, EndCursor       *string
	TotalCount                   int
	Offset                       int
	// Cursors are the rows' own cursors when the list reads by key; an
	// offset list leaves it nil and each row's cursor is its position.
	Cursors []string
}

// EdgeCursor is the cursor of the n-th row of the page Info describes.
func (i Info) EdgeCursor(n int) string {
	if i.Cursors != nil {
		return i.Cursors[n]
	}
	return Cursor(i.Offset + n)
}

type countKey struct{}

// WithCount says whether the list read under ctx must count its whole
// selection: the API sets it from whether the request asks totalCount, so
// a list that does not ask costs one statement. Without it, lists count.
func WithCount(ctx context.Context, count bool) context.Context {
	return context.WithValue(ctx, countKey{}, count)
}

// Counting is whether a list read under ctx counts its whole selection.
func Counting(ctx context.Context) bool {
	c, ok := ctx.Value(countKey{}).(bool)
	return !ok || c
}

// Fetch scans one page of q into dst (a pointer to a slice). It reads one
// row more than the page to know whether another follows, and counts the
// whole selection only when ctx asks it (Counting). The count, when
// needed, follows the page rather than holding a second connection at the
// same time.
func Fetch[T any](ctx context.Context, q *bun.SelectQuery, a Args) ([]T, Info, error) {
	if a.key != nil { // a keyset cursor given to a list read by offset
		return nil, Info{}, badCursor()
	}
	var rows []T
	count := Counting(ctx)
	info := Info{Offset: a.Offset, HasPreviousPage: a.Offset > 0}
	q = q.Model(&rows)
	if a.Limit > 0 || !count { // bun reads LIMIT 0 as "no limit": 0 rows is a count alone
		if err := q.Limit(int64(a.Limit + 1)).Offset(int64(a.Offset)).Scan(ctx); err != nil {
			return nil, Info{}, err
		}
		if len(rows) > a.Limit {
			rows, info.HasNextPage = rows[:a.Limit], true
		}
	}
	if count {
		n, err := q.Count(ctx)
		if err != nil {
			return nil, Info{}, err
		}
		info.TotalCount = int(n)
		info.HasNextPage = a.Offset+len(rows) < info.TotalCount
	}
	if len(rows) > 0 {
		s, e := Cursor(a.Offset), Cursor(a.Offset+len(rows)-1)
		info.StartCursor, info.EndCursor = &s, &e
	}
	return rows, info, nil
}

// Window is one page of rows already in memory (a list computed rather
// than selected), with the same cursors as Fetch.
func Window[T any](all []T, a Args) ([]T, Info, error) {
	if a.key != nil {
		return nil, Info{}, badCursor()
	}
	info := Info{TotalCount: len(all), Offset: a.Offset, HasPreviousPage: a.Offset > 0}
	if a.Offset >= len(all) {
		return nil, info, nil
	}
	rows := all[a.Offset:min(len(all), a.Offset+a.Limit)]
	info.HasNextPage = a.Offset+len(rows) < len(all)
	if len(rows) > 0 {
		s, e := Cursor(a.Offset), Cursor(a.Offset+len(rows)-1)
		info.StartCursor, info.EndCursor = &s, &e
	}
	return rows, info, nil
}
