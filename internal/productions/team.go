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
		tm := &db.TeamMember{OrganisationID: c.P.OrganisationID, ProductionID: productionID}
		if err := fillTeamMember(ctx, c, tm, in); err != nil {
			return nil, err
		}
		if _, err := c.Tx.NewInsert().Model(tm).Returning("*").Exec(ctx); err != nil {
			return nil, err
		}
		return tm, c.Emit(&productionID, "team.added", &tm.ID, nil)
	})
}

// UpdateTeamMember changes a member's technician, function, rate or note on its production.
func (s *Service) UpdateTeamMember(ctx context.Context, id uuid.UUID, in TeamMemberInput) (*db.TeamMember, error) {
	return service.Do(ctx, s.DB, CanManage, func(c *service.Call) (*db.TeamMember, error) {
		tm := new(db.TeamMember)
		if err := c.Tx.NewSelect().Model(tm).Where("id = ? AND organisation_id = ?", id, c.P.OrganisationID).Scan(ctx); err != nil {
			return nil, apperr.Missing(err, "membre de l'équipe")
		}
		if err := fillTeamMember(ctx, c, tm, in); err != nil {
			return nil, err
		}
		if _, err := c.Tx.NewUpdate().Model(tm).Column("technician_id", "function", "daily_rate_cents", "note").WherePK().Returning("*").Exec(ctx); err != nil {
			return nil, err
		}
		return tm, c.Emit(&tm.ProductionID, "team.updated", &tm.ID, nil)
	})
}

// fillTeamMember checks the input against tm's production and writes it into tm: the
// technician must be the organisation's, and hold the function at most once on the production.
func fillTeamMember(ctx context.Context, c *service.Call, tm *db.TeamMember, in TeamMemberInput) error {
	fn, err := validate.Required("function", in.Function, 100)
	if err != nil {
		return err
	}
	note, err := validate.Optional("note", validate.Str(in.Note), 500)
	if err != nil {
		return err
	}
	if in.DailyRate != nil {
		if err := validate.NonNegative("dailyRate", *in.DailyRate); err != nil {
			return err
		}
	}
	if _, err := get(ctx, c.Tx, c.P, tm.ProductionID); err != nil {
		return err
	}
	tech := new(db.Technician)
	if err := c.Tx.NewSelect().Model(tech).Where("id = ? AND organisation_id = ?", in.TechnicianID, c.P.OrganisationID).Scan(ctx); err != nil {
		return apperr.MissingAs(err, apperr.Invalid("technicianId", "Technicien inconnu.", "Unknown technician."))
	}
	exists, err := c.Tx.NewSelect().Model((*db.TeamMember)(nil)).
		Where("production_id = ? AND technician_id = ? AND function = ? AND id <> ?", tm.ProductionID, in.TechnicianID, fn, tm.ID).Exists(ctx)
	if err != nil {
		return err
	}
	if exists {
		return apperr.New(apperr.Conflict, "technicianId", "Ce technicien a déjà cette fonction sur la production.", "This technician already has this function on the production.")
	}
	tm.TechnicianID, tm.Function, tm.Note, tm.DailyRate = in.TechnicianID, fn, note, tech.DailyRate
	if in.DailyRate != nil {
		tm.DailyRate = *in.DailyRate
	}
	return nil
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
