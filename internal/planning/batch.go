package planning

import (
	"context"

	"github.com/google/uuid"
	"github.com/uptrace/bun"
	"github.com/uptrace/bun/dialect/pgdialect"

	"github.com/postprod/postprod/db"
)

// Batch reads for the dataloaders, by the id a parent row carries; the
// parent was authorised by its service.

func TasksByID(idb bun.IDB, orgID uuid.UUID) db.Batch[*db.Task] {
	return db.InOrg[*db.Task](idb, orgID, "id", "")
}

func BookingsByID(idb bun.IDB, orgID uuid.UUID) db.Batch[*db.Booking] {
	return db.InOrg[*db.Booking](idb, orgID, "id", "")
}

// TasksByProduction: in calendar order.
func TasksByProduction(idb bun.IDB, orgID uuid.UUID) db.Batch[*db.Task] {
	return db.InOrg[*db.Task](idb, orgID, "production_id", "start_date, end_date, id")
}

// BookingsByTask: in calendar order. Who may see which booking is for the
// caller (OwnBookings).
func BookingsByTask(idb bun.IDB, orgID uuid.UUID) db.Batch[*db.Booking] {
	return db.InOrg[*db.Booking](idb, orgID, "task_id", "start_date, from_minute, id")
}

func DependenciesByTask(idb bun.IDB, orgID uuid.UUID) db.Batch[*db.TaskDependency] {
	return db.InOrg[*db.TaskDependency](idb, orgID, "task_id", "depends_on_id")
}

// ShiftsByTask reads the shifts that moved any of the tasks, most recent
// first: a cascade shift belongs to the history of every task it moved
// (TaskShift.MovedTaskIDs), not only of the one the coordinator dragged.
func ShiftsByTask(idb bun.IDB, orgID uuid.UUID) db.Batch[*db.TaskShift] {
	return func(ctx context.Context, taskIDs []uuid.UUID) ([]*db.TaskShift, error) {
		var rows []*db.TaskShift
		err := idb.NewSelect().Model(&rows).Where("organisation_id = ? AND moved_task_ids && ?::uuid[]", orgID, pgdialect.Array(taskIDs)).
			Order("created_at DESC").Scan(ctx)
		return rows, err
	}
}
