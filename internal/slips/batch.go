package slips

import (
	"context"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/auth"
	"github.com/postprod/postprod/internal/kernel/apperr"
	"github.com/postprod/postprod/internal/kernel/dates"
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

// TrackingByProduction computes the tracking of many productions at once,
// with the rules of Service.Tracking for the caller in ctx: refused to
// technicians and rights holders, and a production the caller may not see
// is left out.
func TrackingByProduction(idb bun.IDB, orgID uuid.UUID) db.Batch[*Tracking] {
	return func(ctx context.Context, productionIDs []uuid.UUID) ([]*Tracking, error) {
		p, err := auth.Require(ctx)
		if err != nil {
			return nil, err
		}
		if p.OrganisationID != orgID {
			return nil, apperr.ForbiddenErr()
		}
		return trackings(ctx, idb, p, productionIDs, dates.Today())
	}
}
