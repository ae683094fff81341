package resolvers

// Conversions from generated GraphQL inputs to service inputs. They live
// here because gqlgen rewrites the *.resolvers.go files.

import (
	"context"

	"github.com/google/uuid"

	"github.com/postprod/postprod/dataloaders"
	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/graph/model"
	"github.com/postprod/postprod/internal/deliveries"
	"github.com/postprod/postprod/internal/kernel/apperr"
	"github.com/postprod/postprod/internal/planning"
	"github.com/postprod/postprod/internal/platform/live"
	"github.com/postprod/postprod/internal/productions"
	"github.com/postprod/postprod/internal/resources"
	"github.com/postprod/postprod/internal/slips"
)

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func afterID(after *string) (*int64, error) {
	if after == nil || *after == "" {
		return nil, nil
	}
	id, err := live.ParseID(*after)
	if err != nil || id < 0 {
		return nil, apperr.Invalid("after", "Identifiant d'événement invalide.", "Invalid event id.")
	}
	return &id, nil
}

func clientInput(in model.ClientInput) productions.ClientInput {
	return productions.ClientInput{Name: in.Name, LegalName: in.LegalName, Siret: in.Siret, VatNumber: in.VatNumber, Address: in.Address, ContactEmail: in.ContactEmail}
}

func productionInput(in model.ProductionInput) productions.Input {
	return productions.Input{Title: in.Title, Kind: in.Kind, Status: in.Status, ClientID: in.ClientID, Director: in.Director,
		RuntimeMinutes: in.RuntimeMinutes, FrameRate: in.FrameRate, Resolution: in.Resolution, ColourSpace: in.ColourSpace,
		AudioLayout: in.AudioLayout, DeliveryDeadline: in.DeliveryDeadline, Isan: in.Isan, Notes: in.Notes,
		LoudnessLufs: in.LoudnessLufs, SubtitleLanguages: in.SubtitleLanguages, Documents: in.Documents}
}

func technicianInput(in model.TechnicianInput) resources.TechnicianInput {
	return resources.TechnicianInput{Name: in.Name, Functions: in.Functions, Skills: in.Skills, Employment: in.Employment,
		HourlyRate: in.HourlyRate, DailyRate: in.DailyRate, Email: in.Email, Phone: in.Phone}
}

func derefInt(p *int) int {
	if p == nil {
		return 0
	}
	return *p
}

func derefStatus(p *db.BookingStatus) db.BookingStatus {
	if p == nil {
		return db.BookingStatusConfirmed
	}
	return *p
}

// ptrs adapts a slice of values to the pointer slices gqlgen expects.
func ptrs[T any](in []T) []*T {
	out := make([]*T, len(in))
	for i := range in {
		out[i] = &in[i]
	}
	return out
}

// loadAll reads several ids through a loader, in order.
func loadAll[V any](ctx context.Context, l *dataloaders.Loader[V], ids []uuid.UUID) ([]V, error) {
	vs, errs := l.LoadMany(ctx, ids)()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return vs, nil
}

// load adapts a request loader to the plain function a service takes when
// it decides what of the loaded rows the caller sees.
func load[V any](l *dataloaders.Loader[V]) func(context.Context, uuid.UUID) (V, error) {
	return func(ctx context.Context, id uuid.UUID) (V, error) { return l.Load(ctx, id)() }
}

// nilIfNotFound turns "not visible" into null, for fields of events the
// subscriber may not see in full.
func nilIfNotFound[T any](v *T, err error) (*T, error) {
	if ae, ok := apperr.As(err); ok && ae.Code == apperr.NotFound {
		return nil, nil
	}
	return v, err
}

func taskInput(in model.TaskInput) planning.TaskInput {
	return planning.TaskInput{OperationID: in.OperationID, EpisodeID: in.EpisodeID, Title: in.Title, StartDate: in.StartDate, EndDate: in.EndDate,
		PlannedDays: in.PlannedDays, PlannedHours: in.PlannedHours, Status: in.Status, AllowNonWorking: in.AllowNonWorking, Notes: in.Notes}
}

func slipInput(in model.SlipInput) slips.Input {
	return slips.Input{ClientID: in.ClientID, ProductionID: in.ProductionID, EpisodeID: in.EpisodeID, TaskID: in.TaskID, OperationID: in.OperationID,
		TechnicianID: in.TechnicianID, RoomID: in.RoomID, Date: in.Date, Start: in.Start, End: in.End, BreakMinutes: in.BreakMinutes, Notes: in.Notes}
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func compatibility(issues []deliveries.Issue) *model.Compatibility {
	return &model.Compatibility{Ok: deliveries.Compatible(issues), Issues: ptrs(issues)}
}

func specInput(in model.DeliverySpecInput) *db.DeliverySpec {
	f := func(p *float64) float64 {
		if p == nil {
			return 0
		}
		return *p
	}
	return &db.DeliverySpec{Name: in.Name, Recipient: in.Recipient, RecipientKind: in.RecipientKind, Container: deref(in.Container),
		VideoCodec: deref(in.VideoCodec), Width: in.Width, Height: in.Height, FrameRates: in.FrameRates, Scan: deref(in.Scan),
		ColourSpace: deref(in.ColourSpace), HDR: deref(in.Hdr), AudioLayouts: in.AudioLayouts, LoudnessTarget: f(in.LoudnessTarget),
		LoudnessTolerance: f(in.LoudnessTolerance), TruePeakMax: f(in.TruePeakMax), SubtitleFormats: in.SubtitleFormats,
		SubtitleLanguages: in.SubtitleLanguages, RequiredDocuments: in.RequiredDocuments, NamingRule: deref(in.NamingRule), Notes: deref(in.Notes)}
}

func workInput(in model.WorkInput) *db.Work {
	return &db.Work{Title: in.Title, OriginalTitle: deref(in.OriginalTitle), Kind: in.Kind, Year: in.Year, RuntimeMinutes: in.RuntimeMinutes,
		Episodes: in.Episodes, Isan: deref(in.Isan), ProductionID: in.ProductionID, ResidualHolderID: in.ResidualHolderID}
}
