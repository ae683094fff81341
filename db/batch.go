package db

import (
	"context"

	"github.com/google/uuid"
	"github.com/uptrace/bun"
)

// Batch reads the rows matching many keys in one statement: what each
// domain hands to the dataloaders. Rows come back in any number and order;
// the loader maps them back to their keys.
type Batch[V any] func(ctx context.Context, keys []uuid.UUID) ([]V, error)

// InOrg is the common batch: rows of one organisation whose column is among
// the keys, ordered by order when given. column and order are written by us,
// never by a caller.
func InOrg[V any](idb bun.IDB, orgID uuid.UUID, column, order string) Batch[V] {
	return func(ctx context.Context, keys []uuid.UUID) ([]V, error) {
		var rows []V
		q := idb.NewSelect().Model(&rows).Where("organisation_id = ?", orgID).Where("? IN (?)", bun.Ident(column), bun.In(keys))
		if order != "" {
			q = q.OrderExpr(order)
		}
		return rows, q.Scan(ctx)
	}
}

// ByParent reads rows by a parent whose id the caller already authorised
// (the child table carries no organisation), ordered by order when given.
func ByParent[V any](idb bun.IDB, column, order string) Batch[V] {
	return func(ctx context.Context, keys []uuid.UUID) ([]V, error) {
		var rows []V
		q := idb.NewSelect().Model(&rows).Where("? IN (?)", bun.Ident(column), bun.In(keys))
		if order != "" {
			q = q.OrderExpr(order)
		}
		return rows, q.Scan(ctx)
	}
}
