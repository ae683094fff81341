package slips

import (
	"context"
	"io"
	"math"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/auth"
	"github.com/postprod/postprod/internal/kernel/apperr"
	"github.com/postprod/postprod/internal/kernel/calendar"
	"github.com/postprod/postprod/internal/kernel/dates"
	"github.com/postprod/postprod/internal/kernel/money"
	"github.com/postprod/postprod/internal/platform/live"
	"github.com/postprod/postprod/internal/productions"
)

// Level says how a stage stands against its plan.
type Level string

const (
	OnTrack Level = "ON_TRACK"
	Warning Level = "WARNING" // the projection exceeds the plan
	Overrun Level = "OVERRUN" // actual time already exceeds it
)

// AllLevels is the schema's TrackingLevel, bound to this type: a level is
// computed here and never stored, so it is not in db.
var AllLevels = []Level{OnTrack, Warning, Overrun}

func (l Level) MarshalGQL(w io.Writer) { db.MarshalEnum(w, l) }
func (l *Level) UnmarshalGQL(v any) (err error) {
	*l, err = db.UnmarshalEnum(v, AllLevels, "TrackingLevel")
	return
}

// Row is planned against actual for one task, or one operation.
type Row struct {
	ProductionID     uuid.UUID
	TaskID           *uuid.UUID
	EpisodeID        *uuid.UUID // the task's
	OperationID      uuid.UUID
	Start, End       *dates.Date
	PlannedMinutes   int
	ApprovedMinutes  int
	SubmittedMinutes int
	ActualCost       money.Cents // worked minutes at the production's rates
	ProjectedMinutes int
	// On an operation row: the time filed on the operation without a task
	// that no single task of the production could take (see fold).
	UnattributedMinutes int
}

func (r Row) ActualMinutes() int    { return r.ApprovedMinutes + r.SubmittedMinutes }
func (r Row) RemainingMinutes() int { return r.PlannedMinutes - r.ActualMinutes() }

// PercentConsumed is nil when nothing was planned.
func (r Row) PercentConsumed() *float64 {
	if r.PlannedMinutes == 0 {
		return nil
	}
	v := math.Round(float64(r.ActualMinutes())*1000/float64(r.PlannedMinutes)) / 10
	return &v
}

func (r Row) Level() Level {
	switch {
	case r.ActualMinutes() > r.PlannedMinutes:
		return Overrun
	case r.ProjectedMinutes > r.PlannedMinutes:
		return Warning
	default:
		return OnTrack
	}
}

// ExcessMinutes is by how much the plan is (or will be) exceeded.
func (r Row) ExcessMinutes() int {
	switch r.Level() {
	case Overrun:
		return r.ActualMinutes() - r.PlannedMinutes
	case Warning:
		return r.ProjectedMinutes - r.PlannedMinutes
	}
	return 0
}

// ExcessCost prices the excess at the average rate actually paid on the stage.
func (r Row) ExcessCost() money.Cents {
	if r.ActualMinutes() == 0 {
		return 0
	}
	return money.Cents(math.Round(float64(r.ActualCost) * float64(r.ExcessMinutes()) / float64(r.ActualMinutes())))
}

// project extrapolates the time a task will take from the pace so far
// (working days elapsed against the task's working days).
func project(r *Row, today dates.Date) {
	actual := r.ActualMinutes()
	if r.Start == nil || r.End == nil {
		r.ProjectedMinutes = max(actual, r.PlannedMinutes)
		return
	}
	total := calendar.CountWorkingDays(*r.Start, *r.End)
	last := *r.End
	if today.Before(last) {
		last = today
	}
	elapsed := calendar.CountWorkingDays(*r.Start, last)
	switch {
	case r.End.Before(today) || elapsed >= total:
		r.ProjectedMinutes = actual
	case elapsed == 0 || today.Before(*r.Start):
		r.ProjectedMinutes = max(actual, r.PlannedMinutes)
	default:
		r.ProjectedMinutes = max(actual, int(math.Round(float64(actual)*float64(total)/float64(elapsed))))
	}
}

// Tracking is a production's planned against actual, per task and per
// operation, with its alerts and headline, all from one fold.
type Tracking struct {
	ProductionID uuid.UUID
	Tasks        []Row
	Operations   []Row
	Alerts       []Row
	Summary      Summary
}

// Tracking of a production the caller may see; technicians do not see
// money or other people's time, so they are refused.
func (s *Service) Tracking(ctx context.Context, productionID uuid.UUID) (*Tracking, error) {
	p, err := auth.Authorize(ctx, CanTrack)
	if err != nil {
		return nil, err
	}
	ts, err := trackings(ctx, s.DB, p, []uuid.UUID{productionID}, dates.Today())
	if err != nil {
		return nil, err
	}
	if len(ts) == 0 {
		return nil, apperr.NotFoundErr("production")
	}
	return ts[0], nil
}

// trackings computes the tracking of the productions among ids that the
// caller may see, with three statements whatever their number; the others
// are left out (the caller says NOT_FOUND for them). Technicians do not see
// money or other people's time and rights holders have no production: both
// are refused.
func trackings(ctx context.Context, idb bun.IDB, p *auth.Principal, ids []uuid.UUID, today dates.Date) ([]*Tracking, error) {
	if !CanTrack(p) {
		return nil, apperr.ForbiddenErr()
	}
	if len(ids) == 0 {
		return nil, nil
	}
	var visible []uuid.UUID
	if err := productions.Visible(idb.NewSelect().Model((*db.Production)(nil)).Column("production.id"), p).
		Where("production.id IN (?)", bun.In(ids)).Scan(ctx, &visible); err != nil {
		return nil, err
	}
	per, err := compute(ctx, idb, p.OrganisationID, visible, today)
	if err != nil {
		return nil, err
	}
	out := make([]*Tracking, 0, len(visible))
	for _, id := range visible {
		out = append(out, per[id])
	}
	return out, nil
}

// Alerts lists the overruns and warnings of every production in preparation
// or in post that the caller may see (the coordinator's dashboard), worst
// first: the alerts of each production's tracking, nothing else.
func (s *Service) Alerts(ctx context.Context) ([]Row, error) {
	p, err := auth.Authorize(ctx, CanTrack)
	if err != nil {
		return nil, err
	}
	var ids []uuid.UUID
	if err := productions.Visible(s.DB.NewSelect().Model((*db.Production)(nil)).Column("production.id"), p).
		Where("production.status IN (?)", bun.In([]db.ProductionStatus{db.ProductionStatusPreparation, db.ProductionStatusInPost})).
		Order("production.id").Scan(ctx, &ids); err != nil {
		return nil, err
	}
	per, err := compute(ctx, s.DB, p.OrganisationID, ids, dates.Today())
	if err != nil {
		return nil, err
	}
	var out []Row
	for _, id := range ids {
		out = append(out, per[id].Alerts...)
	}
	sortAlerts(out)
	return out, nil
}

// checkOverrun announces the moment the row a slip counts toward (its task,
// the task its operation gives it, else its operation) passes its plan
// (delta is what the change added), as an event of its own.
func checkOverrun(ctx context.Context, tx bun.Tx, p *auth.Principal, sl *db.Slip, delta int) error {
	if delta <= 0 {
		return nil
	}
	per, err := compute(ctx, tx, p.OrganisationID, []uuid.UUID{sl.ProductionID}, dates.Of(sl.StartAt.In(dates.Paris)))
	if err != nil {
		return err
	}
	tr := per[sl.ProductionID]
	var row *Row
	for i := range tr.Tasks {
		if sl.TaskID != nil && tr.Tasks[i].TaskID != nil && *tr.Tasks[i].TaskID == *sl.TaskID {
			row = &tr.Tasks[i]
		}
	}
	if row == nil && sl.TaskID == nil {
		row = accountTask(tr.Tasks, sl.OperationID, sl.EpisodeID, sl.WorkDate)
	}
	// An operation with unattributed time is judged as a whole (alertsOf).
	for i := range tr.Operations {
		if op := &tr.Operations[i]; op.OperationID == sl.OperationID && (row == nil || op.UnattributedMinutes > 0) {
			row = op
		}
	}
	if row == nil || row.ActualMinutes() <= row.PlannedMinutes || row.ActualMinutes()-delta > row.PlannedMinutes {
		return nil
	}
	payload := map[string]any{"operationId": row.OperationID.String(), "excessMinutes": row.ExcessMinutes(), "excessCents": int64(row.ExcessCost()), "slipId": sl.ID.String()}
	if row.TaskID != nil {
		payload["taskId"] = row.TaskID.String()
	}
	return live.Emit(ctx, tx, p.OrganisationID, &sl.ProductionID, "overrun.raised", row.TaskID, p.ActorID(), payload)
}
