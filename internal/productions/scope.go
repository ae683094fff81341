// Package productions holds clients, productions, episodes and teams, and
// decides in one place (policy.go) which productions a caller may see or change.
package productions

import (
	"context"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/auth"
	"github.com/postprod/postprod/internal/kernel/apperr"
	"github.com/postprod/postprod/internal/platform/live"
)

type Service struct {
	DB *bun.DB
}

// Get returns a production the caller may see; any other id, including one
// of another organisation, is NOT_FOUND (never FORBIDDEN, which would
// confirm it exists).
func (s *Service) Get(ctx context.Context, id uuid.UUID) (*db.Production, error) {
	p, err := auth.Require(ctx)
	if err != nil {
		return nil, err
	}
	return get(ctx, s.DB, p, id)
}

func get(ctx context.Context, idb bun.IDB, p *auth.Principal, id uuid.UUID) (*db.Production, error) {
	prod := new(db.Production)
	if err := Visible(idb.NewSelect().Model(prod), p).Where("production.id = ?", id).Scan(ctx); err != nil {
		return nil, apperr.Missing(err, "production")
	}
	return prod, nil
}

// GetMany returns the visible productions among ids, for dataloaders.
func (s *Service) GetMany(ctx context.Context, ids []uuid.UUID) ([]*db.Production, error) {
	p, err := auth.Require(ctx)
	if err != nil {
		return nil, err
	}
	var out []*db.Production
	err = Visible(s.DB.NewSelect().Model(&out), p).Where("production.id IN (?)", bun.In(ids)).Scan(ctx)
	return out, err
}

// GetIn is Get inside the caller's transaction, for other domains that
// attach rows to a production.
func (s *Service) GetIn(ctx context.Context, idb bun.IDB, id uuid.UUID) (*db.Production, error) {
	p, err := auth.Require(ctx)
	if err != nil {
		return nil, err
	}
	return get(ctx, idb, p, id)
}

// EventFilter is what a subscriber to production events hears: the events
// of kinds of one production they may see, or, for the staff only, of every
// production of the organisation (productionID nil).
func (s *Service) EventFilter(ctx context.Context, productionID *uuid.UUID, kinds ...string) (live.Filter, error) {
	p, err := auth.Require(ctx)
	if err != nil {
		return live.Filter{}, err
	}
	f := live.Filter{OrganisationID: p.OrganisationID, Kinds: kinds}
	if productionID == nil {
		if !SeesAll(p) {
			return f, apperr.New(apperr.Forbidden, "productionId", "Précisez la production.", "Name the production.")
		}
		return f, nil
	}
	if _, err := get(ctx, s.DB, p, *productionID); err != nil {
		return f, err
	}
	f.ProductionID = productionID
	return f, nil
}

// SeenBy is Get's rule applied to rows already read, for a live event whose
// subscribers share one read of the production and of its team: the
// production when the caller may see it, NOT_FOUND otherwise, exactly as
// Scope decides in SQL (staff: all; a producer: their client's; a
// technician: those whose team they are on). team is read only for a
// technician.
func SeenBy(ctx context.Context, prod *db.Production, team func() ([]*db.TeamMember, error)) (*db.Production, error) {
	p, err := auth.Require(ctx)
	if err != nil {
		return nil, err
	}
	if prod.OrganisationID == p.OrganisationID {
		switch {
		case SeesAll(p):
			return prod, nil
		case p.OwnClient() != nil:
			if prod.ClientID == *p.OwnClient() {
				return prod, nil
			}
		case p.OwnTechnician() != nil:
			members, err := team()
			if err != nil {
				return nil, err
			}
			for _, m := range members {
				if m.TechnicianID == *p.OwnTechnician() {
					return prod, nil
				}
			}
		}
	}
	return nil, apperr.NotFoundErr("production")
}
