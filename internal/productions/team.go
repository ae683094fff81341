package productions

import (
	"context"

	"github.com/google/uuid"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/kernel/apperr"
	"github.com/postprod/postprod/internal/kernel/money"
	"github.com/postprod/postprod/internal/kernel/validate"
	"github.com/postprod/postprod/internal/platform/service"
)

type TeamMemberInput struct {
	TechnicianID uuid.UUID
	Function     string
	DailyRate    *money.Cents
	Note         *string
}

func (s *Service) AddTeamMember(ctx context.Context, productionID uuid.UUID, in TeamMemberInput) (*db.TeamMember, error) {
	return service.Do(ctx, s.DB, CanManage, func(c *service.Call) (*db.TeamMember, error) {
		fn, err := validate.Required("function", in.Function, 100)
		if err != nil {
			return nil, err
		}
		note, err := validate.Optional("note", validate.Str(in.Note), 500)
		if err != nil {
			return nil, err
		}
		if in.DailyRate != nil {
			if err := validate.NonNegative("dailyRate", *in.DailyRate); err != nil {
				return nil, err
			}
		}
		tm := &db.TeamMember{OrganisationID: c.P.OrganisationID, ProductionID: productionID, TechnicianID: in.TechnicianID, Function: fn, Note: note}
		if _, err := get(ctx, c.Tx, c.P, productionID); err != nil {
			return nil, err
		}
		tech := new(db.Technician)
		if err := c.Tx.NewSelect().Model(tech).Where("id = ? AND organisation_id = ?", in.TechnicianID, c.P.OrganisationID).Scan(ctx); err != nil {
			return nil, apperr.MissingAs(err, apperr.Invalid("technicianId", "Technicien inconnu.", "Unknown technician."))
		}
		tm.DailyRate = tech.DailyRate
		if in.DailyRate != nil {
			tm.DailyRate = *in.DailyRate
		}
		exists, err := c.Tx.NewSelect().Model((*db.TeamMember)(nil)).
			Where("production_id = ? AND technician_id = ? AND function = ?", productionID, in.TechnicianID, fn).Exists(ctx)
		if err != nil {
			return nil, err
		}
		if exists {
			return nil, apperr.New(apperr.Conflict, "technicianId", "Ce technicien a déjà cette fonction sur la production.", "This technician already has this function on the production.")
		}
		if _, err := c.Tx.NewInsert().Model(tm).Returning("*").Exec(ctx); err != nil {
			return nil, err
		}
		return tm, c.Emit(&productionID, "team.added", &tm.ID, nil)
	})
}

func (s *Service) RemoveTeamMember(ctx context.Context, id uuid.UUID) error {
	return service.Run(ctx, s.DB, CanManage, func(c *service.Call) error {
		tm := new(db.TeamMember)
		res, err := c.Tx.NewDelete().Model(tm).Where("id = ? AND organisation_id = ?", id, c.P.OrganisationID).Returning("*").Exec(ctx)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return apperr.NotFoundErr("membre de l'équipe")
		}
		return c.Emit(&tm.ProductionID, "team.removed", &tm.ID, nil)
	})
}
