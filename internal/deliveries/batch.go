package deliveries

import (
	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
)

// Batch reads for the dataloaders, by the id a parent row carries; the
// parent was authorised by its service.

func SpecsByID(idb bun.IDB, orgID uuid.UUID) db.Batch[*db.DeliverySpec] {
	return db.InOrg[*db.DeliverySpec](idb, orgID, "id", "")
}

func ItemsByID(idb bun.IDB, orgID uuid.UUID) db.Batch[*db.DeliveryItem] {
	return db.InOrg[*db.DeliveryItem](idb, orgID, "id", "")
}

// DeliveriesByProduction: soonest due first.
func DeliveriesByProduction(idb bun.IDB, orgID uuid.UUID) db.Batch[*db.Delivery] {
	return db.InOrg[*db.Delivery](idb, orgID, "production_id", "due_date, id")
}

// ItemsByDelivery: in the order of the spec's list.
func ItemsByDelivery(idb bun.IDB, orgID uuid.UUID) db.Batch[*db.DeliveryItem] {
	return db.InOrg[*db.DeliveryItem](idb, orgID, "delivery_id", "position, id")
}

// FindingsByDelivery: in timecode order.
func FindingsByDelivery(idb bun.IDB, orgID uuid.UUID) db.Batch[*db.QcFinding] {
	return db.InOrg[*db.QcFinding](idb, orgID, "delivery_id", "frame_in, id")
}

// TransitionsByDelivery: oldest first. Transitions carry no organisation;
// their delivery was authorised.
func TransitionsByDelivery(idb bun.IDB) db.Batch[*db.DeliveryTransition] {
	return db.ByParent[*db.DeliveryTransition](idb, "delivery_id", "id")
}
