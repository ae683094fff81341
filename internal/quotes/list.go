package quotes

// The lists: quotes across the organisation or of one production (the
// latest version of each quote the caller may see, unless every version
// is asked), filtered by effective status and expiry.

import (
	"context"

	"github.com/google/uuid"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/auth"
	"github.com/postprod/postprod/internal/kernel/apperr"
	"github.com/postprod/postprod/internal/kernel/page"
)

// List returns one page of the versions the caller may see, newest first:
// the latest visible version of each quote unless f.AllVersions.
// Technicians and holders get an empty list.
func (s *Service) List(ctx context.Context, f Filter, a page.Args) ([]*db.QuoteVersion, page.Info, error) {
	p, err := auth.Require(ctx)
	if err != nil {
		return nil, page.Info{}, err
	}
	q := VisibleVersions(s.DB.NewSelect().Model((*db.QuoteVersion)(nil)).ExcludeColumn("document"), p)
	if !CanReadQuotes(p) {
		q = q.Where("false")
	}
	if f.AllVersions == nil || !*f.AllVersions {
		// The latest version this caller sees: a producer's is the latest
		// sent, never a draft.
		latest := s.DB.NewSelect().TableExpr("quote_versions AS lv").ColumnExpr("max(lv.version)").Where("lv.quote_id = qv.quote_id")
		if !SeesDrafts(p) {
			latest = latest.Where("lv.status <> ?", db.QuoteDraft)
		}
		q = q.Where("qv.version = (?)", latest)
	}
	if f.ProductionID != nil {
		q = q.Where("qv.production_id = ?", *f.ProductionID)
	}
	if f.Status != nil {
		q = WhereStatus(q, "qv", *f.Status)
	}
	if f.ExpiringWithinDays != nil {
		if *f.ExpiringWithinDays < 0 || *f.ExpiringWithinDays > 3660 {
			return nil, page.Info{}, apperr.Invalid("expiringWithinDays", "Nombre de jours entre 0 et 3660.", "Number of days between 0 and 3660.")
		}
		q = WhereExpiringWithin(q, "qv", *f.ExpiringWithinDays)
	}
	return page.Fetch[*db.QuoteVersion](ctx, q.OrderExpr("qv.created_at DESC, qv.id DESC"), a)
}

// OfProduction is List for one production.
func (s *Service) OfProduction(ctx context.Context, productionID uuid.UUID, a page.Args) ([]*db.QuoteVersion, page.Info, error) {
	return s.List(ctx, Filter{ProductionID: &productionID}, a)
}

// Visible keeps, of versions already read (a loader's), those the caller
// may see: no draft for a producer, none for a technician or a holder.
func Visible(p *auth.Principal, vs []*db.QuoteVersion) []*db.QuoteVersion {
	out := []*db.QuoteVersion{}
	for _, v := range vs {
		if CanReadQuotes(p) && (SeesDrafts(p) || v.Status != db.QuoteDraft) {
			out = append(out, v)
		}
	}
	return out
}

// VisibleAmendmentsOf is Visible for amendments.
func VisibleAmendmentsOf(p *auth.Principal, as []*db.Amendment) []*db.Amendment {
	out := []*db.Amendment{}
	for _, a := range as {
		if CanReadQuotes(p) && (SeesDrafts(p) || a.Status != db.QuoteDraft) {
			out = append(out, a)
		}
	}
	return out
}
