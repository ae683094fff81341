package resolvers

// Conversions of the quotes' resolvers (kept out of quotes.resolvers.go,
// which gqlgen rewrites).

import (
	"context"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/graph/model"
	"github.com/postprod/postprod/internal/auth"
	"github.com/postprod/postprod/internal/kernel/page"
	"github.com/postprod/postprod/internal/quotes"
)

// quoteConnection is a page of versions as a connection.
func quoteConnection(rows []*db.QuoteVersion, info page.Info, err error) (*model.QuoteConnection, error) {
	if err != nil {
		return nil, err
	}
	return &model.QuoteConnection{TotalCount: info.TotalCount, PageInfo: pageInfo(info),
		Edges: edges(rows, info, func(v *db.QuoteVersion, c string) *model.QuoteEdge { return &model.QuoteEdge{Node: v, Cursor: c} })}, nil
}

// acceptance is an acceptance as the caller may read it: the client
// address for the staff only.
func acceptance(ctx context.Context, a *db.AcceptanceRecord) *model.Acceptance {
	if a.AcceptedAt == nil {
		return nil
	}
	out := &model.Acceptance{Name: deref(a.AcceptedName), Mention: deref(a.AcceptedMention), At: *a.AcceptedAt, DocumentSha256: deref(a.AcceptedSHA256)}
	if quotes.SeesAcceptanceAddress(auth.FromContext(ctx)) {
		out.Address = a.AcceptedAddress
	}
	return out
}

func refusal(a *db.AcceptanceRecord) *model.Refusal {
	if a.RefusedAt == nil {
		return nil
	}
	return &model.Refusal{Reason: deref(a.RefusalReason), At: *a.RefusedAt}
}
