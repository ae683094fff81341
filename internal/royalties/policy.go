package royalties

import (
	"context"
	"slices"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/auth"
	"github.com/postprod/postprod/internal/kernel/apperr"
)

// Who may manage the catalogue, bring in revenue and distribute it, and
// what of the catalogue each role sees: the staff all of it; a
// RIGHTS_HOLDER user only the works where a holder they represent has a
// share (or is the residual holder), only those holders' shares, and only
// their issued statements.

// CanManageCatalogue: ADMIN and COORDINATOR keep holders, works, shares,
// commissions and expenses.
func CanManageCatalogue(p *auth.Principal) bool { return p.Manages() }

// CanImportRevenue: the receipts are entered by ADMIN, COORDINATOR and the
// ACCOUNTANT (money is theirs); an integration token may not write them.
func CanImportRevenue(p *auth.Principal) bool {
	return p.Is(db.RoleAdmin, db.RoleCoordinator, db.RoleAccountant)
}

// CanDistribute: ADMIN and COORDINATOR compute, approve and issue runs.
func CanDistribute(p *auth.Principal) bool { return p.Manages() }

// SeesRuns: the staff read distribution runs; a holder sees their
// statements, not the runs.
func SeesRuns(p *auth.Principal) bool { return p.SeesWholeOrganisation() }

// SeesProductions: a work's production is the staff's; a holder sees the
// catalogue, not the post-production behind it.
func SeesProductions(p *auth.Principal) bool { return p.SeesWholeOrganisation() }

// scope is what the caller may see of the catalogue.
type scope struct {
	p       *auth.Principal
	all     bool
	holders []uuid.UUID
}

func (s *Service) scope(ctx context.Context) (*scope, error) {
	p, err := auth.Require(ctx)
	if err != nil {
		return nil, err
	}
	sc := &scope{p: p, all: p.SeesWholeOrganisation()}
	if sc.all {
		return sc, nil
	}
	if !p.Is(db.RoleRightsHolder) {
		return nil, apperr.ForbiddenErr()
	}
	err = s.DB.NewSelect().Model((*db.HolderUser)(nil)).Column("holder_id").
		Where("user_id = ? AND organisation_id = ?", p.UserID, p.OrganisationID).Scan(ctx, &sc.holders)
	return sc, err
}

// works restricts a query on works (aliased "work").
func (sc *scope) works(q *bun.SelectQuery) *bun.SelectQuery {
	q = q.Where("work.organisation_id = ?", sc.p.OrganisationID)
	if sc.all {
		return q
	}
	if len(sc.holders) == 0 {
		return q.Where("false")
	}
	return q.Where("(work.residual_holder_id IN (?) OR EXISTS (SELECT 1 FROM rights_shares rs WHERE rs.work_id = work.id AND rs.holder_id IN (?)))",
		bun.In(sc.holders), bun.In(sc.holders))
}

// mayFilterOn reports whether the caller may filter works on this holder:
// the staff on anyone; a holder only on a holder they represent, so that
// filtering on another never tells which of her works that one shares in.
func (sc *scope) mayFilterOn(holderID uuid.UUID) bool {
	return sc.all || slices.Contains(sc.holders, holderID)
}

func (sc *scope) holdersQ(q *bun.SelectQuery) *bun.SelectQuery {
	q = q.Where("rights_holder.organisation_id = ?", sc.p.OrganisationID)
	if sc.all {
		return q
	}
	if len(sc.holders) == 0 {
		return q.Where("false")
	}
	return q.Where("rights_holder.id IN (?)", bun.In(sc.holders))
}

func (sc *scope) statements(q *bun.SelectQuery) *bun.SelectQuery {
	q = q.Where("statement.organisation_id = ?", sc.p.OrganisationID)
	if sc.all {
		return q
	}
	if len(sc.holders) == 0 {
		return q.Where("false")
	}
	return q.Where("statement.holder_id IN (?) AND statement.issued_at IS NOT NULL", bun.In(sc.holders))
}

// ownShares keeps the shares a caller may see: all for the staff, those of
// the holders they represent (mine) for a holder.
func ownShares(p *auth.Principal, shares []*db.RightsShare, mine []*db.HolderUser) []*db.RightsShare {
	if p.SeesWholeOrganisation() {
		return shares
	}
	out := []*db.RightsShare{}
	for _, sh := range shares {
		if slices.ContainsFunc(mine, func(h *db.HolderUser) bool { return h.HolderID == sh.HolderID }) {
			out = append(out, sh)
		}
	}
	return out
}

// Fields names the check behind each schema field that @hasRole guards.
var Fields = map[string]auth.Check{
	"Query.previewRevenueImport":        CanImportRevenue,
	"Mutation.addRevenueLine":           CanImportRevenue,
	"Mutation.importRevenue":            CanImportRevenue,
	"Mutation.createRightsHolder":       CanManageCatalogue,
	"Mutation.linkHolderUser":           CanManageCatalogue,
	"Mutation.createWork":               CanManageCatalogue,
	"Mutation.updateWork":               CanManageCatalogue,
	"Mutation.setShares":                CanManageCatalogue,
	"Mutation.setCommissions":           CanManageCatalogue,
	"Mutation.addExpense":               CanManageCatalogue,
	"Mutation.createDistributionRun":    CanDistribute,
	"Mutation.recomputeDistributionRun": CanDistribute,
	"Mutation.approveDistributionRun":   CanDistribute,
	"Mutation.issueDistributionRun":     CanDistribute,
}
