package resolvers

import (
	"github.com/postprod/postprod/graph/model"
	"github.com/postprod/postprod/internal/kernel/page"
)

func pageInfo(i page.Info) *model.PageInfo {
	return &model.PageInfo{HasNextPage: i.HasNextPage, HasPreviousPage: i.HasPreviousPage, StartCursor: i.StartCursor, EndCursor: i.EndCursor}
}

// edges pairs each row with its cursor.
func edges[T any, E any](rows []T, i page.Info, edge func(T, string) E) []E {
	out := make([]E, len(rows))
	for n, r := range rows {
		out[n] = edge(r, i.EdgeCursor(n))
	}
	return out
}
