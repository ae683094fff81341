package graph

import (
	"context"
	"strings"

	"github.com/99designs/gqlgen/graphql"

	"github.com/postprod/postprod/internal/kernel/page"
)

// countOnlyAsked tells the list read by a connection field whether the
// request asks its totalCount (page.WithCount): a page without it costs
// one statement instead of two. Fields under a connection that does not
// count read their own lists counted again.
func countOnlyAsked(ctx context.Context, next graphql.Resolver) (any, error) {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || !fc.IsResolver || fc.Field.Field == nil || fc.Field.Definition == nil {
		return next(ctx)
	}
	if name := fc.Field.Definition.Type.Name(); strings.HasSuffix(name, "Connection") {
		asked := false
		for _, f := range graphql.CollectFields(graphql.GetOperationContext(ctx), fc.Field.Selections, []string{name}) {
			if f.Name == "totalCount" {
				asked = true
				break
			}
		}
		return next(page.WithCount(ctx, asked))
	}
	if !page.Counting(ctx) {
		return next(page.WithCount(ctx, true))
	}
	return next(ctx)
}
