package slips

import (
	"context"
	"io"
	"math"
	"sort"

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
	OperationID      uuid.UUID
	Start, End       *dates.Date
	PlannedMinutes   int
	ApprovedMinutes  int
	SubmittedMinutes int
	ActualCost       money.Cents // worked minutes at the production's rates
	ProjectedMinutes int
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

// rows reads planned and actual per task of the productions, and per
// operation for slips entered without a task.
func rows(ctx context.Context, idb bun.IDB, org uuid.UUID, productionIDs []uuid.UUID, today dates.Date) ([]Row, error) {
	if len(productionIDs) == 0 {
		return nil, nil
	}
	const rate = `COALESCE((SELECT max(tm.daily_rate_cents) / 480.0 FROM team_members tm WHERE tm.production_id = s.production_id AND tm.technician_id = s.technician_id), tech.hourly_rate_cents / 60.0)`
	approved, submitted, rejected := db.SlipStatusApproved, db.SlipStatusSubmitted, db.SlipStatusRejected
	var out []Row
	var tasks []struct {
		ID, ProductionID, OperationID uuid.UUID
		PlannedMinutes                int
		StartDate, EndDate            dates.Date
		Approved, Submitted           int
		Cost                          int64
	}
	err := idb.NewRaw(`
		SELECT t.id, t.production_id, t.operation_id, t.planned_minutes, t.start_date, t.end_date,
		       COALESCE(sum(s.worked_minutes) FILTER (WHERE s.status = ?), 0) AS approved,
		       COALESCE(sum(s.worked_minutes) FILTER (WHERE s.status = ?), 0) AS submitted,
		       COALESCE(sum(round(s.worked_minutes * `+rate+`)), 0)::bigint AS cost
		FROM tasks t
		LEFT JOIN slips s ON s.task_id = t.id AND s.current AND s.status <> ?
		LEFT JOIN technicians tech ON tech.id = s.technician_id
		WHERE t.organisation_id = ? AND t.production_id IN (?)
		GROUP BY t.id
		ORDER BY t.start_date, t.id`, approved, submitted, rejected, org, bun.In(productionIDs)).Scan(ctx, &tasks)
	if err != nil {
		return nil, err
	}
	for _, t := range tasks {
		id, start, end := t.ID, t.StartDate, t.EndDate
		r := Row{ProductionID: t.ProductionID, TaskID: &id, OperationID: t.OperationID, Start: &start, End: &end,
			PlannedMinutes: t.PlannedMinutes, ApprovedMinutes: t.Approved, SubmittedMinutes: t.Submitted, ActualCost: money.Cents(t.Cost)}
		project(&r, today)
		out = append(out, r)
	}
	var loose []struct {
		ProductionID, OperationID uuid.UUID
		Approved, Submitted       int
		Cost                      int64
	}
	err = idb.NewRaw(`
		SELECT s.production_id, s.operation_id,
		       COALESCE(sum(s.worked_minutes) FILTER (WHERE s.status = ?), 0) AS approved,
		       COALESCE(sum(s.worked_minutes) FILTER (WHERE s.status = ?), 0) AS submitted,
		       COALESCE(sum(round(s.worked_minutes * `+rate+`)), 0)::bigint AS cost
		FROM slips s JOIN technicians tech ON tech.id = s.technician_id
		WHERE s.organisation_id = ? AND s.production_id IN (?) AND s.task_id IS NULL AND s.current AND s.status <> ?
		GROUP BY s.production_id, s.operation_id`, approved, submitted, org, bun.In(productionIDs), rejected).Scan(ctx, &loose)
	if err != nil {
		return nil, err
	}
	for _, l := range loose {
		r := Row{ProductionID: l.ProductionID, OperationID: l.OperationID, ApprovedMinutes: l.Approved, SubmittedMinutes: l.Submitted, ActualCost: money.Cents(l.Cost)}
		r.ProjectedMinutes = r.ActualMinutes()
		out = append(out, r)
	}
	return out, nil
}

// ByOperation sums task rows (and slips without a task) per operation.
func ByOperation(rs []Row) []Row {
	m := map[uuid.UUID]*Row{}
	var order []uuid.UUID
	for _, r := range rs {
		agg, ok := m[r.OperationID]
		if !ok {
			agg = &Row{ProductionID: r.ProductionID, OperationID: r.OperationID}
			m[r.OperationID] = agg
			order = append(order, r.OperationID)
		}
		agg.PlannedMinutes += r.PlannedMinutes
		agg.ApprovedMinutes += r.ApprovedMinutes
		agg.SubmittedMinutes += r.SubmittedMinutes
		agg.ActualCost += r.ActualCost
		agg.ProjectedMinutes += r.ProjectedMinutes
		if r.Start != nil && (agg.Start == nil || r.Start.Before(*agg.Start)) {
			agg.Start = r.Start
		}
		if r.End != nil && (agg.End == nil || agg.End.Before(*r.End)) {
			agg.End = r.End
		}
	}
	out := make([]Row, 0, len(order))
	for _, id := range order {
		out = append(out, *m[id])
	}
	return out
}

// Tracking is a production's planned against actual, per task and per
// operation.
type Tracking struct {
	ProductionID uuid.UUID
	Tasks        []Row
	Operations   []Row
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
	rs, err := rows(ctx, idb, p.OrganisationID, visible, today)
	if err != nil {
		return nil, err
	}
	// rows keeps its order within each production: split, then fold each.
	per := make(map[uuid.UUID][]Row, len(visible))
	for _, r := range rs {
		per[r.ProductionID] = append(per[r.ProductionID], r)
	}
	out := make([]*Tracking, 0, len(visible))
	for _, id := range visible {
		t := &Tracking{ProductionID: id, Operations: ByOperation(per[id])}
		for _, r := range per[id] {
			if r.TaskID != nil {
				t.Tasks = append(t.Tasks, r)
			}
		}
		out = append(out, t)
	}
	return out, nil
}

// Alerts lists the overruns and warnings of every production the caller
// may see (the coordinator's dashboard), worst first.
func (s *Service) Alerts(ctx context.Context) ([]Row, error) {
	p, err := auth.Authorize(ctx, CanTrack)
	if err != nil {
		return nil, err
	}
	var ids []uuid.UUID
	if err := productions.Visible(s.DB.NewSelect().Model((*db.Production)(nil)).Column("production.id"), p).
		Where("production.status IN (?)", bun.In([]db.ProductionStatus{db.ProductionStatusPreparation, db.ProductionStatusInPost})).Scan(ctx, &ids); err != nil {
		return nil, err
	}
	rs, err := rows(ctx, s.DB, p.OrganisationID, ids, dates.Today())
	if err != nil {
		return nil, err
	}
	var out []Row
	for _, r := range rs {
		if r.TaskID != nil && r.Level() != OnTrack {
			out = append(out, r)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Level() != out[j].Level() {
			return out[i].Level() == Overrun
		}
		return out[i].ExcessMinutes() > out[j].ExcessMinutes()
	})
	return out, nil
}

// checkOverrun announces the moment a task's actual time passes its plan
// (delta is what the change added), as an event of its own.
func checkOverrun(ctx context.Context, tx bun.Tx, p *auth.Principal, sl *db.Slip, delta int) error {
	if sl.TaskID == nil || delta <= 0 {
		return nil
	}
	rs, err := rows(ctx, tx, p.OrganisationID, []uuid.UUID{sl.ProductionID}, dates.Of(sl.StartAt.In(dates.Paris)))
	if err != nil {
		return err
	}
	for _, r := range rs {
		if r.TaskID == nil || *r.TaskID != *sl.TaskID {
			continue
		}
		if r.ActualMinutes() > r.PlannedMinutes && r.ActualMinutes()-delta <= r.PlannedMinutes {
			return live.Emit(ctx, tx, p.OrganisationID, &sl.ProductionID, "overrun.raised", sl.TaskID, p.ActorID(), map[string]any{
				"taskId": sl.TaskID.String(), "excessMinutes": r.ExcessMinutes(), "excessCents": int64(r.ExcessCost()), "slipId": sl.ID.String(),
			})
		}
	}
	return nil
}
