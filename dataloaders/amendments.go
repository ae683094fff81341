package dataloaders

import (
	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/quotes"
)

// AmendmentLoaders are the relations of amendments and of the sold figures
// of tracking: an amendment by id (events), its lines, the version it
// amends, and what was sold to a production.
type AmendmentLoaders struct {
	AmendmentByID    *Loader[*db.Amendment]
	LinesByAmendment *Loader[[]*db.QuoteLine]
	VersionByID      *Loader[*db.QuoteVersion]
	SoldByProduction *Loader[*quotes.Sold]
}

func newAmendmentLoaders(idb bun.IDB, orgID uuid.UUID, cached bool) *AmendmentLoaders {
	return &AmendmentLoaders{
		AmendmentByID:    byID(cached, quotes.AmendmentsByID(idb, orgID), func(a *db.Amendment) uuid.UUID { return a.ID }),
		LinesByAmendment: grouped(cached, quotes.LinesByAmendment(idb, orgID), func(l *db.QuoteLine) uuid.UUID { return *l.AmendmentID }),
		VersionByID:      byID(cached, quotes.AmendedVersionsByID(idb, orgID), func(v *db.QuoteVersion) uuid.UUID { return v.ID }),
		SoldByProduction: byID(cached, quotes.SoldByProduction(idb, orgID), func(s *quotes.Sold) uuid.UUID { return s.ProductionID }),
	}
}
