package slips

import (
	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
)

// Batch reads for the dataloaders.

// SlipsByID reads slips by the id a parent row carries (a correction's
// previous revision); the parent was authorised by its service.
func SlipsByID(idb bun.IDB, orgID uuid.UUID) db.Batch[*db.Slip] {
	return db.InOrg[*db.Slip](idb, orgID, "id", "")
}

// HistoryBySlip: oldest first. History rows carry no organisation; their
// slip was authorised.
func HistoryBySlip(idb bun.IDB) db.Batch[*db.SlipHistory] {
	return db.ByParent[*db.SlipHistory](idb, "slip_id", "id")
}
