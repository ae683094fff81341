// Package page implements Relay-style pagination over offsets: the cursor
// is opaque to clients, so moving to keyset pagination later changes no API.
package page

import (
	"context"
	"encoding/base64"
	"strconv"
	"strings"

	"github.com/uptrace/bun"

	"github.com/postprod/postprod/internal/kernel/apperr"
)

// MaxFirst bounds a page so one request cannot read a whole table.
const MaxFirst = 200

// Args is a validated (first, after) pair.
type Args struct {
	Limit  int
	Offset int
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
		raw, err := base64.RawURLEncoding.DecodeString(*after)
		n, err2 := strconv.Atoi(strings.TrimPrefix(string(raw), "o:"))
		if err != nil || err2 != nil || !strings.HasPrefix(string(raw), "o:") || n < 0 {
			return a, apperr.Invalid("after", "Curseur invalide.", "Invalid cursor.")
		}
		a.Offset = n + 1
	}
	return a, nil
}

// Cursor of the item at absolute position i.
func Cursor(i int) string {
	return base64.RawURLEncoding.EncodeToString([]byte("o:" + strconv.Itoa(i)))
}

// Info is what a connection needs besides its nodes.
type Info struct {
	HasNextPage, HasPreviousPage bool
	StartCursor, EndCursor       *string
	TotalCount                   int
	Offset                       int
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
func Window[T any](all []T, a Args) ([]T, Info) {
	info := Info{TotalCount: len(all), Offset: a.Offset, HasPreviousPage: a.Offset > 0}
	if a.Offset >= len(all) {
		return nil, info
	}
	rows := all[a.Offset:min(len(all), a.Offset+a.Limit)]
	info.HasNextPage = a.Offset+len(rows) < len(all)
	if len(rows) > 0 {
		s, e := Cursor(a.Offset), Cursor(a.Offset+len(rows)-1)
		info.StartCursor, info.EndCursor = &s, &e
	}
	return rows, info
}
