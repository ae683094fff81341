package resources

import (
	"context"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
)

// Batch reads for the dataloaders, by the id a parent row carries.

func TechniciansByID(idb bun.IDB, orgID uuid.UUID) db.Batch[*db.Technician] {
	return db.InOrg[*db.Technician](idb, orgID, "id", "")
}

func RoomsByID(idb bun.IDB, orgID uuid.UUID) db.Batch[*db.Room] {
	return db.InOrg[*db.Room](idb, orgID, "id", "")
}

// OperationsByID reads the organisation's own operations and the shared
// catalogue, which belongs to no organisation.
func OperationsByID(idb bun.IDB, orgID uuid.UUID) db.Batch[*db.Operation] {
	return func(ctx context.Context, ids []uuid.UUID) ([]*db.Operation, error) {
		var rows []*db.Operation
		err := idb.NewSelect().Model(&rows).Where("(organisation_id IS NULL OR organisation_id = ?) AND id IN (?)", orgID, bun.In(ids)).Scan(ctx)
		return rows, err
	}
}
