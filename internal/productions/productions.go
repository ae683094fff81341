package productions

import (
	"context"
	"regexp"
	"slices"
	"strings"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/auth"
	"github.com/postprod/postprod/internal/isan"
	"github.com/postprod/postprod/internal/kernel/apperr"
	"github.com/postprod/postprod/internal/kernel/dates"
	"github.com/postprod/postprod/internal/kernel/validate"
	"github.com/postprod/postprod/internal/platform/service"
)

type Input struct {
	Title            string
	Kind             db.ProductionKind
	Status           *db.ProductionStatus
	ClientID         uuid.UUID
	Director         *string
	RuntimeMinutes   *int
	FrameRate        *string
	Resolution       *string
	ColourSpace      *string
	AudioLayout      *string
	DeliveryDeadline *dates.Date
	Isan             *string
	Notes            *string
	// Left unchanged by an update when nil.
	LoudnessLufs      *float64
	SubtitleLanguages []string
	Documents         []string
}

var langRe = regexp.MustCompile(`^[a-z]{2}$`)

// Documents a delivery may require, as the specs name them.
var Documents = []string{"MUSIC_CUE_SHEET", "CREDITS", "CNC_CERTIFICATE", "ISAN", "SCRIPT", "CONTINUITY"}

var (
	frameRates   = []string{"", "23.976", "24", "25", "29.97", "30", "48", "50", "59.94", "60"}
	resolutionRe = regexp.MustCompile(`^[0-9]{3,5}x[0-9]{3,5}$`)
)

// build validates input into a production row of the caller's organisation.
func build(ctx context.Context, idb bun.IDB, p *auth.Principal, in Input) (*db.Production, error) {
	var err error
	prod := &db.Production{OrganisationID: p.OrganisationID, Kind: in.Kind, ClientID: in.ClientID, DeliveryDeadline: in.DeliveryDeadline, Status: db.ProductionStatusPreparation}
	if in.Status != nil {
		prod.Status = *in.Status
	}
	if prod.Title, err = validate.Required("title", in.Title, 200); err != nil {
		return nil, err
	}
	if prod.Director, err = validate.Optional("director", validate.Str(in.Director), 200); err != nil {
		return nil, err
	}
	if prod.Notes, err = validate.Optional("notes", validate.Str(in.Notes), 5000); err != nil {
		return nil, err
	}
	if in.RuntimeMinutes != nil && (*in.RuntimeMinutes <= 0 || *in.RuntimeMinutes > 6000) {
		return nil, apperr.Invalid("runtimeMinutes", "La durée doit être un nombre de minutes positif.", "The runtime must be a positive number of minutes.")
	}
	prod.RuntimeMinutes = in.RuntimeMinutes
	prod.FrameRate = strings.TrimSpace(validate.Str(in.FrameRate))
	if !slices.Contains(frameRates, prod.FrameRate) {
		return nil, apperr.Invalid("frameRate", "Cadence inconnue (23.976, 24, 25, 29.97, 30, 50, 59.94, 60).", "Unknown frame rate (23.976, 24, 25, 29.97, 30, 50, 59.94, 60).")
	}
	prod.Resolution = strings.ReplaceAll(strings.TrimSpace(validate.Str(in.Resolution)), "×", "x")
	if prod.Resolution != "" && !resolutionRe.MatchString(prod.Resolution) {
		return nil, apperr.Invalid("resolution", "Résolution attendue sous la forme 1920x1080.", "Resolution expected as 1920x1080.")
	}
	if prod.ColourSpace, err = validate.Optional("colourSpace", validate.Str(in.ColourSpace), 50); err != nil {
		return nil, err
	}
	if prod.AudioLayout, err = validate.Optional("audioLayout", validate.Str(in.AudioLayout), 50); err != nil {
		return nil, err
	}
	if v := strings.TrimSpace(validate.Str(in.Isan)); v != "" {
		if prod.Isan, err = isan.Normalize(v); err != nil {
			return nil, isan.Invalid("isan", err)
		}
	}
	if in.LoudnessLufs != nil && (*in.LoudnessLufs < -70 || *in.LoudnessLufs > 0) {
		return nil, apperr.Invalid("loudnessLufs", "Loudness attendue entre -70 et 0 LUFS.", "Loudness expected between -70 and 0 LUFS.")
	}
	prod.LoudnessLufs = in.LoudnessLufs
	for _, l := range in.SubtitleLanguages {
		if !langRe.MatchString(l) {
			return nil, apperr.Invalid("subtitleLanguages", "Langue attendue en code ISO 639-1 (fr, en…).", "Language expected as an ISO 639-1 code (fr, en…).")
		}
	}
	prod.SubtitleLanguages = in.SubtitleLanguages
	for _, d := range in.Documents {
		if !slices.Contains(Documents, d) {
			return nil, apperr.Invalid("documents", "Document inconnu : "+d+".", "Unknown document: "+d+".")
		}
	}
	prod.Documents = in.Documents
	ok, err := idb.NewSelect().Model((*db.Client)(nil)).Where("id = ? AND organisation_id = ?", in.ClientID, p.OrganisationID).Exists(ctx)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, apperr.Invalid("clientId", "Client inconnu.", "Unknown client.")
	}
	return prod, nil
}

func (s *Service) Create(ctx context.Context, in Input) (*db.Production, error) {
	return service.Do(ctx, s.DB, CanManage, func(c *service.Call) (*db.Production, error) {
		prod, err := build(ctx, c.Tx, c.P, in)
		if err != nil {
			return nil, err
		}
		if _, err := c.Tx.NewInsert().Model(prod).Returning("*").Exec(ctx); err != nil {
			return nil, err
		}
		return prod, c.Emit(&prod.ID, "production.created", &prod.ID, nil)
	})
}

func (s *Service) Update(ctx context.Context, id uuid.UUID, in Input) (*db.Production, error) {
	return service.Do(ctx, s.DB, CanManage, func(c *service.Call) (*db.Production, error) {
		old, err := get(ctx, c.Tx, c.P, id)
		if err != nil {
			return nil, err
		}
		prod, err := build(ctx, c.Tx, c.P, in)
		if err != nil {
			return nil, err
		}
		if in.Status == nil {
			prod.Status = old.Status
		}
		if in.LoudnessLufs == nil {
			prod.LoudnessLufs = old.LoudnessLufs
		}
		if in.SubtitleLanguages == nil {
			prod.SubtitleLanguages = old.SubtitleLanguages
		}
		if in.Documents == nil {
			prod.Documents = old.Documents
		}
		prod.ID = id
		if _, err := c.Tx.NewUpdate().Model(prod).ExcludeColumn("id", "organisation_id", "created_at", "updated_at").
			Set("updated_at = now()").WherePK().Returning("*").Exec(ctx); err != nil {
			return nil, err
		}
		return prod, c.Emit(&prod.ID, "production.updated", &prod.ID, nil)
	})
}
