package productions

import (
	"context"
	"database/sql"
	"errors"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/auth"
	"github.com/postprod/postprod/internal/kernel/apperr"
	"github.com/postprod/postprod/internal/kernel/money"
	"github.com/postprod/postprod/internal/kernel/validate"
	"github.com/postprod/postprod/internal/platform/live"
)

type TeamMemberInput struct {
	TechnicianID uuid.UUID
	Function     string
	DailyRate    *money.Cents
	Note         *string
}

func (s *Service) AddTeamMember(ctx context.Context, productionID uuid.UUID, in TeamMemberInput) (*db.TeamMember, error) {
	p, err := auth.RequireManager(ctx)
	if err != nil {
		return nil, err
	}
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
	tm := &db.TeamMember{OrganisationID: p.OrganisationID, ProductionID: productionID, TechnicianID: in.TechnicianID, Function: fn, Note: note}
	err = db.InTx(ctx, s.DB, func(tx bun.Tx) error {
		if _, err := get(ctx, tx, p, productionID); err != nil {
			return err
		}
		tech := new(db.Technician)
		err := tx.NewSelect().Model(tech).Where("id = ? AND organisation_id = ?", in.TechnicianID, p.OrganisationID).Scan(ctx)
		if errors.Is(err, sql.ErrNoRows) {
			return apperr.Invalid("technicianId", "Technicien inconnu.", "Unknown technician.")
		}
		if err != nil {
			return err
		}
		tm.DailyRate = tech.DailyRate
		if in.DailyRate != nil {
			tm.DailyRate = *in.DailyRate
		}
		exists, err := tx.NewSelect().Model((*db.TeamMember)(nil)).
			Where("production_id = ? AND technician_id = ? AND function = ?", productionID, in.TechnicianID, fn).Exists(ctx)
		if err != nil {
			return err
		}
		if exists {
			return apperr.New(apperr.Conflict, "technicianId", "Ce technicien a déjà cette fonction sur la production.", "This technician already has this function on the production.")
		}
		if _, err := tx.NewInsert().Model(tm).Returning("*").Exec(ctx); err != nil {
			return err
		}
		return live.Emit(ctx, tx, p.OrganisationID, &productionID, "team.added", &tm.ID, p.ActorID(), nil)
	})
	return tm, err
}

func (s *Service) RemoveTeamMember(ctx context.Context, id uuid.UUID) error {
	p, err := auth.RequireManager(ctx)
	if err != nil {
		return err
	}
	return db.InTx(ctx, s.DB, func(tx bun.Tx) error {
		tm := new(db.TeamMember)
		res, err := tx.NewDelete().Model(tm).Where("id = ? AND organisation_id = ?", id, p.OrganisationID).Returning("*").Exec(ctx)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return apperr.NotFoundErr("membre de l'équipe")
		}
		return live.Emit(ctx, tx, p.OrganisationID, &tm.ProductionID, "team.removed", &tm.ID, p.ActorID(), nil)
	})
}
