package dataloaders

import (
	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/quotes"
)

// QuoteLoaders are the relations of quotes: a version's quote (its number),
// lines and amendments, a quote's versions.
type QuoteLoaders struct {
	QuoteByID           *Loader[*db.Quote]
	LinesByVersion      *Loader[[]*db.QuoteLine]
	VersionsByQuote     *Loader[[]*db.QuoteVersion]
	AmendmentsByVersion *Loader[[]*db.Amendment]
}

func newQuoteLoaders(idb bun.IDB, orgID uuid.UUID, cached bool) *QuoteLoaders {
	return &QuoteLoaders{
		QuoteByID:           byID(cached, quotes.QuotesByID(idb, orgID), func(q *db.Quote) uuid.UUID { return q.ID }),
		LinesByVersion:      grouped(cached, quotes.LinesByVersion(idb, orgID), func(l *db.QuoteLine) uuid.UUID { return *l.VersionID }),
		VersionsByQuote:     grouped(cached, quotes.VersionsByQuote(idb, orgID), func(v *db.QuoteVersion) uuid.UUID { return v.QuoteID }),
		AmendmentsByVersion: grouped(cached, quotes.AmendmentsByVersion(idb, orgID), func(a *db.Amendment) uuid.UUID { return a.QuoteVersionID }),
	}
}
