package quotes

import (
	"context"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
)

// Batch reads of amendments for the dataloaders, by the id a parent row
// carries (an event, a tracking row, an amendment); the parent was
// authorised, so these pin the organisation only, and the resolvers apply
// SeenAmendment / SeenVersion where a row is reached from an event.

// AmendmentsByID: without their PDFs.
func AmendmentsByID(idb bun.IDB, orgID uuid.UUID) db.Batch[*db.Amendment] {
	return func(ctx context.Context, keys []uuid.UUID) ([]*db.Amendment, error) {
		var rows []*db.Amendment
		err := idb.NewSelect().Model(&rows).ExcludeColumn("document").Where("organisation_id = ? AND id IN (?)", orgID, bun.In(keys)).Scan(ctx)
		return rows, err
	}
}

// LinesByAmendment: in position order.
func LinesByAmendment(idb bun.IDB, orgID uuid.UUID) db.Batch[*db.QuoteLine] {
	return db.InOrg[*db.QuoteLine](idb, orgID, "amendment_id", "position")
}

// AmendedVersionsByID: the versions amendments amend (or events name),
// without their PDFs.
func AmendedVersionsByID(idb bun.IDB, orgID uuid.UUID) db.Batch[*db.QuoteVersion] {
	return func(ctx context.Context, keys []uuid.UUID) ([]*db.QuoteVersion, error) {
		var rows []*db.QuoteVersion
		err := idb.NewSelect().Model(&rows).ExcludeColumn("document").Where("organisation_id = ? AND id IN (?)", orgID, bun.In(keys)).Scan(ctx)
		return rows, err
	}
}
