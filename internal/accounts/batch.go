package accounts

import (
	"context"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
)

// UsersByID reads users for the dataloaders. A user belongs to no single
// organisation: only those with a membership in this one are read.
func UsersByID(idb bun.IDB, orgID uuid.UUID) db.Batch[*db.User] {
	return func(ctx context.Context, ids []uuid.UUID) ([]*db.User, error) {
		var rows []*db.User
		err := idb.NewSelect().Model(&rows).Where("id IN (?) AND id IN (SELECT user_id FROM memberships WHERE organisation_id = ?)", bun.In(ids), orgID).Scan(ctx)
		return rows, err
	}
}
