package royalties

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/auth"
	"github.com/postprod/postprod/internal/isan"
	"github.com/postprod/postprod/internal/kernel/apperr"
	"github.com/postprod/postprod/internal/kernel/page"
	"github.com/postprod/postprod/internal/kernel/validate"
	"github.com/postprod/postprod/internal/notifications"
	"github.com/postprod/postprod/internal/platform/live"
	"github.com/postprod/postprod/internal/platform/service"
)

// Service manages the catalogue for rights holders; policy.go says who sees
// and changes what.
type Service struct {
	DB     *bun.DB
	Notify *notifications.Notifier
}

// Holders lists holders: all for the staff, one's own for a holder.
func (s *Service) Holders(ctx context.Context, a page.Args) ([]*db.RightsHolder, page.Info, error) {
	sc, err := s.scope(ctx)
	if err != nil {
		return nil, page.Info{}, err
	}
	return page.Fetch[*db.RightsHolder](ctx, sc.holdersQ(s.DB.NewSelect()).Order("rights_holder.name", "rights_holder.id"), a)
}

func (s *Service) Holder(ctx context.Context, id uuid.UUID) (*db.RightsHolder, error) {
	sc, err := s.scope(ctx)
	if err != nil {
		return nil, err
	}
	h := new(db.RightsHolder)
	if err := sc.holdersQ(s.DB.NewSelect().Model(h)).Where("rights_holder.id = ?", id).Scan(ctx); err != nil {
		return nil, apperr.Missing(err, "ayant droit")
	}
	return h, nil
}

// MyHolders are the holders the caller represents.
func (s *Service) MyHolders(ctx context.Context) ([]*db.RightsHolder, error) {
	sc, err := s.scope(ctx)
	if err != nil {
		return nil, err
	}
	var out []*db.RightsHolder
	if len(sc.holders) == 0 {
		return out, nil
	}
	err = s.DB.NewSelect().Model(&out).Where("id IN (?)", bun.In(sc.holders)).Order("name").Scan(ctx)
	return out, err
}

func (s *Service) CreateHolder(ctx context.Context, h *db.RightsHolder) (*db.RightsHolder, error) {
	p, err := auth.Authorize(ctx, CanManageCatalogue)
	if err != nil {
		return nil, err
	}
	if h.Name, err = validate.Required("name", h.Name, 200); err != nil {
		return nil, err
	}
	if h.Email, err = validate.OptionalEmail("email", h.Email); err != nil {
		return nil, err
	}
	if h.Address, err = validate.Optional("address", h.Address, 500); err != nil {
		return nil, err
	}
	h.OrganisationID = p.OrganisationID
	_, err = s.DB.NewInsert().Model(h).Returning("*").Exec(ctx)
	return h, err
}

// LinkUser lets a RIGHTS_HOLDER member of the organisation see a holder.
func (s *Service) LinkUser(ctx context.Context, holderID, userID uuid.UUID) (*db.RightsHolder, error) {
	p, err := auth.Authorize(ctx, CanManageCatalogue)
	if err != nil {
		return nil, err
	}
	h := new(db.RightsHolder)
	if err := s.DB.NewSelect().Model(h).Where("id = ? AND organisation_id = ?", holderID, p.OrganisationID).Scan(ctx); err != nil {
		return nil, apperr.Missing(err, "ayant droit")
	}
	ok, err := s.DB.NewSelect().Model((*db.Membership)(nil)).Where("user_id = ? AND organisation_id = ? AND role = ?", userID, p.OrganisationID, db.RoleRightsHolder).Exists(ctx)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, apperr.Invalid("userId", "Cet utilisateur n'est pas un ayant droit de l'organisation.", "This user is not a rights holder of the organisation.")
	}
	_, err = s.DB.NewInsert().Model(&db.HolderUser{OrganisationID: p.OrganisationID, HolderID: holderID, UserID: userID}).On("CONFLICT DO NOTHING").Exec(ctx)
	return h, err
}

type WorkFilter struct {
	Search   *string
	HolderID *uuid.UUID
}

func (s *Service) Works(ctx context.Context, f WorkFilter, a page.Args) ([]*db.Work, page.Info, error) {
	sc, err := s.scope(ctx)
	if err != nil {
		return nil, page.Info{}, err
	}
	q := sc.works(s.DB.NewSelect())
	if f.Search != nil && strings.TrimSpace(*f.Search) != "" {
		like := "%" + strings.NewReplacer(`\`, `\\`, "%", `\%`, "_", `\_`).Replace(strings.TrimSpace(*f.Search)) + "%"
		q = q.Where("(work.title ILIKE ? OR work.original_title ILIKE ? OR work.isan ILIKE ?)", like, like, like)
	}
	if f.HolderID != nil {
		if !sc.mayFilterOn(*f.HolderID) {
			q = q.Where("false") // another holder's works are not hers to sort
		}
		q = q.Where("(work.residual_holder_id = ? OR EXISTS (SELECT 1 FROM rights_shares rs WHERE rs.work_id = work.id AND rs.holder_id = ?))", *f.HolderID, *f.HolderID)
	}
	return page.Fetch[*db.Work](ctx, q.Order("work.title", "work.id"), a)
}

func (s *Service) Work(ctx context.Context, id uuid.UUID) (*db.Work, error) {
	sc, err := s.scope(ctx)
	if err != nil {
		return nil, err
	}
	w := new(db.Work)
	if err := sc.works(s.DB.NewSelect().Model(w)).Where("work.id = ?", id).Scan(ctx); err != nil {
		return nil, apperr.Missing(err, "œuvre")
	}
	return w, nil
}

// WorkProduction is the production behind a work, read through load (the
// request's loader), for the staff only: null for anyone else.
func (s *Service) WorkProduction(ctx context.Context, w *db.Work, load func(context.Context, uuid.UUID) (*db.Production, error)) (*db.Production, error) {
	p, err := auth.Require(ctx)
	if err != nil || w.ProductionID == nil || !SeesProductions(p) {
		return nil, nil
	}
	return load(ctx, *w.ProductionID)
}

// WorkShares are a visible work's shares that the caller may see, read
// through the request's loaders: all for the staff, a holder's own.
func (s *Service) WorkShares(ctx context.Context, w *db.Work,
	shares func(context.Context, uuid.UUID) ([]*db.RightsShare, error),
	holdersOfUser func(context.Context, uuid.UUID) ([]*db.HolderUser, error),
) ([]*db.RightsShare, error) {
	p, err := auth.Require(ctx)
	if err != nil {
		return nil, err
	}
	all, err := shares(ctx, w.ID)
	if err != nil || p.SeesWholeOrganisation() {
		return all, err
	}
	mine, err := holdersOfUser(ctx, p.UserID)
	if err != nil {
		return nil, err
	}
	return ownShares(p, all, mine), nil
}

// StatementEvents is what a statementEvents subscriber hears: the
// organisation's statement events, and of them (keep) only those of the
// holders they represent for a holder.
func (s *Service) StatementEvents(ctx context.Context) (live.Filter, func(*db.Event) bool, error) {
	sc, err := s.scope(ctx)
	if err != nil {
		return live.Filter{}, nil, err
	}
	f := live.Filter{OrganisationID: sc.p.OrganisationID, Kinds: []string{"statement."}}
	if sc.all {
		return f, func(*db.Event) bool { return true }, nil
	}
	return f, func(ev *db.Event) bool {
		h, _ := ev.Payload["holderId"].(string)
		return slices.ContainsFunc(sc.holders, func(id uuid.UUID) bool { return id.String() == h })
	}, nil
}

func (s *Service) SaveWork(ctx context.Context, id *uuid.UUID, w *db.Work) (*db.Work, error) {
	p, err := auth.Authorize(ctx, CanManageCatalogue)
	if err != nil {
		return nil, err
	}
	if w.Title, err = validate.Required("title", w.Title, 300); err != nil {
		return nil, err
	}
	if w.OriginalTitle, err = validate.Optional("originalTitle", w.OriginalTitle, 300); err != nil {
		return nil, err
	}
	if w.Year != nil && (*w.Year < 1890 || *w.Year > 2100) {
		return nil, apperr.Invalid("year", "Année invalide.", "Invalid year.")
	}
	if w.RuntimeMinutes != nil && *w.RuntimeMinutes <= 0 {
		return nil, apperr.Invalid("runtimeMinutes", "La durée doit être positive.", "The runtime must be positive.")
	}
	if w.Episodes != nil && *w.Episodes <= 0 {
		return nil, apperr.Invalid("episodes", "Le nombre d'épisodes doit être positif.", "The number of episodes must be positive.")
	}
	if v := strings.TrimSpace(w.Isan); v != "" {
		if w.Isan, err = isan.Normalize(v); err != nil {
			return nil, isan.Invalid("isan", err)
		}
	}
	w.OrganisationID = p.OrganisationID
	if ok, err := s.DB.NewSelect().Model((*db.RightsHolder)(nil)).Where("id = ? AND organisation_id = ?", w.ResidualHolderID, p.OrganisationID).Exists(ctx); err != nil || !ok {
		return nil, apperr.Or(err, apperr.Invalid("residualHolderId", "Ayant droit résiduel inconnu.", "Unknown residual holder."))
	}
	if w.ProductionID != nil {
		if ok, err := s.DB.NewSelect().Model((*db.Production)(nil)).Where("id = ? AND organisation_id = ?", *w.ProductionID, p.OrganisationID).Exists(ctx); err != nil || !ok {
			return nil, apperr.Or(err, apperr.Invalid("productionId", "Production inconnue.", "Unknown production."))
		}
	}
	if w.Isan != "" {
		q := s.DB.NewSelect().Model((*db.Work)(nil)).Where("organisation_id = ? AND isan = ?", p.OrganisationID, w.Isan)
		if id != nil {
			q = q.Where("id <> ?", *id)
		}
		if dup, err := q.Exists(ctx); err != nil || dup {
			return nil, apperr.Or(err, apperr.New(apperr.Conflict, "isan", "Une œuvre porte déjà cet ISAN.", "A work already has this ISAN."))
		}
	}
	if id == nil {
		_, err = s.DB.NewInsert().Model(w).Returning("*").Exec(ctx)
		return w, err
	}
	w.ID = *id
	res, err := s.DB.NewUpdate().Model(w).ExcludeColumn("id", "organisation_id", "created_at", "updated_at").Set("updated_at = now()").
		Where("id = ? AND organisation_id = ?", *id, p.OrganisationID).Returning("*").Exec(ctx)
	if err != nil {
		return nil, err
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return nil, apperr.NotFoundErr("œuvre")
	}
	return w, nil
}

var territoryRe = regexp.MustCompile(`^([A-Z]{2}|WORLD)$`)

// SetShares replaces a work's shares; any media, territory and date where
// they would exceed 100 % refuses the whole change, naming the shares.
func (s *Service) SetShares(ctx context.Context, workID uuid.UUID, in []db.RightsShare) (*db.Work, error) {
	w := new(db.Work)
	err := service.Run(ctx, s.DB, CanManageCatalogue, func(c *service.Call) error {
		tx, p := c.Tx, c.P
		if err := tx.NewSelect().Model(w).Where("id = ? AND organisation_id = ?", workID, p.OrganisationID).For("UPDATE").Scan(ctx); err != nil {
			return apperr.Missing(err, "œuvre")
		}
		rows := make([]ShareRow, len(in))
		holderNames := map[uuid.UUID]string{}
		for i := range in {
			sh := &in[i]
			sh.ID, sh.OrganisationID, sh.WorkID = uuid.New(), p.OrganisationID, workID
			sh.Territory = strings.ToUpper(strings.TrimSpace(sh.Territory))
			if !territoryRe.MatchString(sh.Territory) || !validTerritory(sh.Territory) {
				return apperr.Invalid("territory", "Territoire attendu en code ISO 3166 (FR, BE…) ou WORLD.", "Territory expected as an ISO 3166 code (FR, BE…) or WORLD.")
			}
			if sh.BasisPoints <= 0 || sh.BasisPoints > 10000 {
				return apperr.Invalid("basisPoints", "Une part est comprise entre 1 et 10 000 points de base (0,01 % à 100 %).", "A share is between 1 and 10,000 basis points (0.01 % to 100 %).")
			}
			if sh.ValidFrom != nil && sh.ValidTo != nil && sh.ValidTo.Before(*sh.ValidFrom) {
				return apperr.Invalid("validTo", "La fin de validité précède le début.", "The end of validity is before its start.")
			}
			var name string
			if err := tx.NewSelect().Model((*db.RightsHolder)(nil)).Column("name").Where("id = ? AND organisation_id = ?", sh.HolderID, p.OrganisationID).Scan(ctx, &name); err != nil {
				return apperr.MissingAs(err, apperr.Invalid("holderId", "Ayant droit inconnu.", "Unknown rights holder."))
			}
			holderNames[sh.ID] = name
			rows[i] = ShareRow{ID: sh.ID, WorkID: workID, HolderID: sh.HolderID, Media: sh.Media, Territory: sh.Territory, From: sh.ValidFrom, To: sh.ValidTo, BasisPoints: sh.BasisPoints}
		}
		if ov := Overlaps(rows); len(ov) > 0 {
			o := ov[0]
			var names []string
			for _, id := range o.ShareIDs {
				for i := range in {
					if in[i].ID == id {
						names = append(names, fmt.Sprintf("%s %s/%s %s", holderNames[id], in[i].Media, in[i].Territory, bp(in[i].BasisPoints)))
					}
				}
			}
			whenFR, whenEN := "au "+frDate(o.From), "on "+o.From.String()
			if o.From == OpenStart {
				whenFR, whenEN = "sans limite de date", "with no date limit"
			}
			return apperr.Invalid("shares",
				fmt.Sprintf("Les parts dépasseraient 100 %% (%s) pour %s / %s %s : %s.", bp(o.TotalBasisPoints), o.Media, o.Territory, whenFR, strings.Join(names, ", ")),
				fmt.Sprintf("The shares would exceed 100 %% (%s) for %s / %s %s: %s.", bp(o.TotalBasisPoints), o.Media, o.Territory, whenEN, strings.Join(names, ", ")))
		}
		if _, err := tx.NewDelete().Model((*db.RightsShare)(nil)).Where("work_id = ?", workID).Exec(ctx); err != nil {
			return err
		}
		if len(in) > 0 {
			if _, err := tx.NewInsert().Model(&in).Exec(ctx); err != nil {
				return err
			}
		}
		return nil
	})
	return w, err
}

func bp(n int64) string {
	return strings.ReplaceAll(fmt.Sprintf("%d,%02d %%", n/100, n%100), ",00 %", " %")
}

func (s *Service) SetCommissions(ctx context.Context, workID uuid.UUID, in []db.WorkCommission) (*db.Work, error) {
	w := new(db.Work)
	err := service.Run(ctx, s.DB, CanManageCatalogue, func(c *service.Call) error {
		tx, p := c.Tx, c.P
		if err := tx.NewSelect().Model(w).Where("id = ? AND organisation_id = ?", workID, p.OrganisationID).Scan(ctx); err != nil {
			return apperr.Missing(err, "œuvre")
		}
		seen := map[db.Media]bool{}
		for i := range in {
			if in[i].BasisPoints < 0 || in[i].BasisPoints > 10000 {
				return apperr.Invalid("basisPoints", "Commission entre 0 et 100 %.", "Commission between 0 and 100 %.")
			}
			if seen[in[i].Media] {
				return apperr.Invalid("media", "Un seul taux par media.", "One rate per media.")
			}
			seen[in[i].Media] = true
			in[i].OrganisationID, in[i].WorkID = p.OrganisationID, workID
		}
		if _, err := tx.NewDelete().Model((*db.WorkCommission)(nil)).Where("work_id = ?", workID).Exec(ctx); err != nil {
			return err
		}
		if len(in) > 0 {
			_, err := tx.NewInsert().Model(&in).Exec(ctx)
			return err
		}
		return nil
	})
	return w, err
}

func (s *Service) AddExpense(ctx context.Context, workID uuid.UUID, e *db.RecoupableExpense) (*db.RecoupableExpense, error) {
	p, err := auth.Authorize(ctx, CanManageCatalogue)
	if err != nil {
		return nil, err
	}
	if e.Label, err = validate.Required("label", e.Label, 200); err != nil {
		return nil, err
	}
	if e.Amount <= 0 {
		return nil, apperr.Invalid("amount", "Le montant doit être positif.", "The amount must be positive.")
	}
	if ok, err := s.DB.NewSelect().Model((*db.Work)(nil)).Where("id = ? AND organisation_id = ?", workID, p.OrganisationID).Exists(ctx); err != nil || !ok {
		return nil, apperr.Or(err, apperr.NotFoundErr("œuvre"))
	}
	e.OrganisationID, e.WorkID = p.OrganisationID, workID
	_, err = s.DB.NewInsert().Model(e).Returning("*").Exec(ctx)
	return e, err
}

// emitStatement announces an issued statement to its holder's portal.
func emitStatement(ctx context.Context, tx bun.Tx, p *auth.Principal, st *db.Statement) error {
	return live.Emit(ctx, tx, p.OrganisationID, nil, "statement.issued", &st.ID, p.ActorID(), map[string]any{"holderId": st.HolderID.String()})
}

func bunIn(ids []uuid.UUID) any { return bun.In(ids) }
