package productions

import (
	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
)

// Batch reads for the dataloaders. A relation is read by the id its parent
// row carries, and the parent was authorised by its service, so these only
// pin the organisation.

func ClientsByID(idb bun.IDB, orgID uuid.UUID) db.Batch[*db.Client] {
	return db.InOrg[*db.Client](idb, orgID, "id", "")
}

func ProductionsByID(idb bun.IDB, orgID uuid.UUID) db.Batch[*db.Production] {
	return db.InOrg[*db.Production](idb, orgID, "id", "")
}

func EpisodesByID(idb bun.IDB, orgID uuid.UUID) db.Batch[*db.Episode] {
	return db.InOrg[*db.Episode](idb, orgID, "id", "")
}

// EpisodesByProduction: in episode order.
func EpisodesByProduction(idb bun.IDB, orgID uuid.UUID) db.Batch[*db.Episode] {
	return db.InOrg[*db.Episode](idb, orgID, "production_id", "number")
}

// TeamByProduction: in the order members joined.
func TeamByProduction(idb bun.IDB, orgID uuid.UUID) db.Batch[*db.TeamMember] {
	return db.InOrg[*db.TeamMember](idb, orgID, "production_id", "created_at, id")
}
