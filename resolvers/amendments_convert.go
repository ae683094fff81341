package resolvers

// Helpers of the amendments' resolvers (kept out of amendments.resolvers.go,
// which gqlgen rewrites).

import (
	"context"

	"github.com/postprod/postprod/dataloaders"
	"github.com/postprod/postprod/internal/quotes"
	"github.com/postprod/postprod/internal/slips"
)

// soldFigures are an operation row's sold figures, read once per production
// per request; a task row has none.
func soldFigures(ctx context.Context, row *slips.Row) (quotes.SoldFigures, error) {
	if row.TaskID != nil {
		return quotes.SoldFigures{}, nil
	}
	sold, err := dataloaders.For(ctx).Amendments.SoldByProduction.Load(ctx, row.ProductionID)()
	if err != nil {
		return quotes.SoldFigures{}, err
	}
	return sold.FiguresOf(row.OperationID, row.ApprovedMinutes), nil
}
