package quotes

import (
	"context"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
)

// Batch reads for the dataloaders, by the id a parent row carries; the
// parent was authorised by its service, so these pin the organisation
// only (the resolvers drop drafts for a producer: Visible).

// QuotesByID: the quotes (numbers) of versions.
func QuotesByID(idb bun.IDB, orgID uuid.UUID) db.Batch[*db.Quote] {
	return db.InOrg[*db.Quote](idb, orgID, "id", "")
}

// LinesByVersion: in position order.
func LinesByVersion(idb bun.IDB, orgID uuid.UUID) db.Batch[*db.QuoteLine] {
	return db.InOrg[*db.QuoteLine](idb, orgID, "version_id", "position")
}

// VersionsByQuote: newest first, without their PDFs.
func VersionsByQuote(idb bun.IDB, orgID uuid.UUID) db.Batch[*db.QuoteVersion] {
	return func(ctx context.Context, keys []uuid.UUID) ([]*db.QuoteVersion, error) {
		var rows []*db.QuoteVersion
		err := idb.NewSelect().Model(&rows).ExcludeColumn("document").Where("organisation_id = ? AND quote_id IN (?)", orgID, bun.In(keys)).
			Order("version DESC").Scan(ctx)
		return rows, err
	}
}

// AmendmentsByVersion: the amendments of accepted versions, oldest first,
// without their PDFs.
func AmendmentsByVersion(idb bun.IDB, orgID uuid.UUID) db.Batch[*db.Amendment] {
	return func(ctx context.Context, keys []uuid.UUID) ([]*db.Amendment, error) {
		var rows []*db.Amendment
		err := idb.NewSelect().Model(&rows).ExcludeColumn("document").Where("organisation_id = ? AND quote_version_id IN (?)", orgID, bun.In(keys)).
			Order("created_at", "id").Scan(ctx)
		return rows, err
	}
}
