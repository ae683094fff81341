package productions

import (
	"context"
	"strconv"

	"github.com/google/uuid"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/kernel/apperr"
	"github.com/postprod/postprod/internal/kernel/validate"
	"github.com/postprod/postprod/internal/platform/service"
)

type EpisodeInput struct {
	Number         int
	Title          *string
	RuntimeMinutes *int
}

func (s *Service) AddEpisode(ctx context.Context, productionID uuid.UUID, in EpisodeInput) (*db.Episode, error) {
	return service.Do(ctx, s.DB, CanManage, func(c *service.Call) (*db.Episode, error) {
		if in.Number <= 0 || in.Number > maxEpisodeNumber {
			return nil, apperr.Invalid("number", "Le numéro d'épisode doit être positif.", "The episode number must be positive.")
		}
		if err := checkEpisodeRuntime(in.RuntimeMinutes); err != nil {
			return nil, err
		}
		title, err := validate.Optional("title", validate.Str(in.Title), 200)
		if err != nil {
			return nil, err
		}
		ep := &db.Episode{OrganisationID: c.P.OrganisationID, ProductionID: productionID, Number: in.Number, Title: title, RuntimeMinutes: in.RuntimeMinutes}
		if _, err := get(ctx, c.Tx, c.P, productionID); err != nil {
			return nil, err
		}
		exists, err := c.Tx.NewSelect().Model((*db.Episode)(nil)).Where("production_id = ? AND number = ?", productionID, in.Number).Exists(ctx)
		if err != nil {
			return nil, err
		}
		if exists {
			return nil, apperr.New(apperr.Conflict, "number", "Cet épisode existe déjà.", "This episode already exists.")
		}
		if _, err := c.Tx.NewInsert().Model(ep).Returning("*").Exec(ctx); err != nil {
			return nil, err
		}
		return ep, c.Emit(&productionID, "episode.added", &ep.ID, nil)
	})
}

const (
	maxEpisodeNumber = 10000
	// MaxEpisodesAtOnce bounds one addEpisodes: a long-running series, not a typo of 2000.
	MaxEpisodesAtOnce = 200
)

func checkEpisodeRuntime(m *int) error {
	if m != nil && (*m <= 0 || *m > 6000) {
		return apperr.Invalid("runtimeMinutes", "La durée doit être un nombre de minutes positif.", "The runtime must be a positive number of minutes.")
	}
	return nil
}

// AddEpisodes adds count episodes numbered after the production's last one,
// in one transaction: a series is set up in one step, and a failure leaves
// no half of it behind. The production row is locked so that two
// coordinators adding episodes at once do not pick the same numbers.
func (s *Service) AddEpisodes(ctx context.Context, productionID uuid.UUID, count int, titlePrefix *string, runtimeMinutes *int) ([]*db.Episode, error) {
	return service.Do(ctx, s.DB, CanManage, func(c *service.Call) ([]*db.Episode, error) {
		if count < 1 || count > MaxEpisodesAtOnce {
			return nil, apperr.Invalid("count", "Entre 1 et 200 épisodes à la fois.", "Between 1 and 200 episodes at a time.")
		}
		if err := checkEpisodeRuntime(runtimeMinutes); err != nil {
			return nil, err
		}
		prefix, err := validate.Optional("titlePrefix", validate.Str(titlePrefix), 190)
		if err != nil {
			return nil, err
		}
		if _, err := get(ctx, c.Tx, c.P, productionID); err != nil {
			return nil, err
		}
		if _, err := c.Tx.NewSelect().Model((*db.Production)(nil)).Column("id").Where("id = ?", productionID).For("UPDATE").Exec(ctx); err != nil {
			return nil, err
		}
		var last int
		if err := c.Tx.NewSelect().Model((*db.Episode)(nil)).ColumnExpr("coalesce(max(number), 0)").Where("production_id = ?", productionID).Scan(ctx, &last); err != nil {
			return nil, err
		}
		if last+count > maxEpisodeNumber {
			return nil, apperr.Invalid("count", "Trop d'épisodes pour cette production.", "Too many episodes for this production.")
		}
		eps := make([]*db.Episode, count)
		for i := range eps {
			n := last + 1 + i
			title := ""
			if prefix != "" {
				title = prefix + " " + strconv.Itoa(n)
			}
			eps[i] = &db.Episode{OrganisationID: c.P.OrganisationID, ProductionID: productionID, Number: n, Title: title, RuntimeMinutes: runtimeMinutes}
		}
		if _, err := c.Tx.NewInsert().Model(&eps).Returning("*").Exec(ctx); err != nil {
			return nil, err
		}
		// One event for the batch: a subscriber re-reads the production once, not count times.
		return eps, c.Emit(&productionID, "episode.added", &eps[0].ID, map[string]any{"count": count})
	})
}
