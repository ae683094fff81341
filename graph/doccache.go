package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/postprod/postprod/internal/auth"
)

// docCache is the query cache, in two parts: one for signed-in callers and
// a small one for anonymous callers. Anonymous clients sending a new
// document each time (a comment is enough) churn their own part only: the
// documents of the app's users stay cached and are not validated again.
type docCache struct {
	members, anonymous graphql.Cache[*ast.QueryDocument]
}

func newDocCache(members, anonymous int) *docCache {
	return &docCache{members: lru.New[*ast.QueryDocument](members), anonymous: lru.New[*ast.QueryDocument](anonymous)}
}

func (c *docCache) part(ctx context.Context) graphql.Cache[*ast.QueryDocument] {
	if auth.FromContext(ctx) == nil {
		return c.anonymous
	}
	return c.members
}

func (c *docCache) Get(ctx context.Context, key string) (*ast.QueryDocument, bool) {
	return c.part(ctx).Get(ctx, key)
}

func (c *docCache) Add(ctx context.Context, key string, doc *ast.QueryDocument) {
	c.part(ctx).Add(ctx, key, doc)
}
