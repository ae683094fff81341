package slips

import (
	"cmp"
	"context"
	"slices"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/kernel/dates"
	"github.com/postprod/postprod/internal/kernel/money"
)

// The one computation of planned against actual: every figure of tracking
// (the headline, the per-task and per-operation tables, the dashboard's
// alerts and the overruns query) comes out of fold, so they cannot
// disagree. Each worked minute is counted once, at the finest level where
// it can be compared with a plan:
//
//   - a slip filed on a task counts toward that task;
//   - a slip filed on an operation without a task counts toward the task of
//     the production that does that operation, when one task is the
//     obvious one (see accountTask); its task row, its operation row, the
//     headline and the alerts then all show it;
//   - otherwise (no task for the operation, or several that the slip does
//     not tell apart) it counts toward the operation row only, as its
//     "unattributed" minutes; the alerts and the headline then judge that
//     operation as a whole, by its operation row, instead of its task rows,
//     so that the unattributed time is neither hidden nor counted twice.

// taskSums is a task with the time of the slips filed on it.
type taskSums struct {
	ID, ProductionID, OperationID uuid.UUID
	EpisodeID                     *uuid.UUID
	PlannedMinutes                int
	StartDate, EndDate            dates.Date
	Approved, Submitted           int
	Cost                          int64
}

// looseSums is the time of the slips filed without a task, per production,
// operation, episode and day (what accountTask looks at).
type looseSums struct {
	ProductionID, OperationID uuid.UUID
	EpisodeID                 *uuid.UUID
	WorkDate                  dates.Date
	Approved, Submitted       int
	Cost                      int64
}

// costPerMinute values a slip at the technician's day rate on the
// production's team (a day is 8 hours), else their hourly rate.
const costPerMinute = `COALESCE((SELECT max(tm.daily_rate_cents) / 480.0 FROM team_members tm WHERE tm.production_id = s.production_id AND tm.technician_id = s.technician_id), tech.hourly_rate_cents / 60.0)`

// compute reads the tasks and slips of the productions in two statements,
// whatever their number, and folds each production's tracking.
func compute(ctx context.Context, idb bun.IDB, org uuid.UUID, productionIDs []uuid.UUID, today dates.Date) (map[uuid.UUID]*Tracking, error) {
	out := make(map[uuid.UUID]*Tracking, len(productionIDs))
	if len(productionIDs) == 0 {
		return out, nil
	}
	approved, submitted, rejected := db.SlipStatusApproved, db.SlipStatusSubmitted, db.SlipStatusRejected
	var tasks []taskSums
	err := idb.NewRaw(`
		SELECT t.id, t.production_id, t.operation_id, t.episode_id, t.planned_minutes, t.start_date, t.end_date,
		       COALESCE(sum(s.worked_minutes) FILTER (WHERE s.status = ?), 0) AS approved,
		       COALESCE(sum(s.worked_minutes) FILTER (WHERE s.status = ?), 0) AS submitted,
		       COALESCE(sum(round(s.worked_minutes * `+costPerMinute+`)), 0)::bigint AS cost
		FROM tasks t
		LEFT JOIN slips s ON s.task_id = t.id AND s.current AND s.status <> ?
		LEFT JOIN technicians tech ON tech.id = s.technician_id
		WHERE t.organisation_id = ? AND t.production_id IN (?)
		GROUP BY t.id
		ORDER BY t.start_date, t.id`, approved, submitted, rejected, org, bun.In(productionIDs)).Scan(ctx, &tasks)
	if err != nil {
		return nil, err
	}
	var loose []looseSums
	err = idb.NewRaw(`
		SELECT s.production_id, s.operation_id, s.episode_id, s.work_date,
		       COALESCE(sum(s.worked_minutes) FILTER (WHERE s.status = ?), 0) AS approved,
		       COALESCE(sum(s.worked_minutes) FILTER (WHERE s.status = ?), 0) AS submitted,
		       COALESCE(sum(round(s.worked_minutes * `+costPerMinute+`)), 0)::bigint AS cost
		FROM slips s JOIN technicians tech ON tech.id = s.technician_id
		WHERE s.organisation_id = ? AND s.production_id IN (?) AND s.task_id IS NULL AND s.current AND s.status <> ?
		GROUP BY s.production_id, s.operation_id, s.episode_id, s.work_date
		ORDER BY s.production_id, s.operation_id, s.work_date`, approved, submitted, org, bun.In(productionIDs), rejected).Scan(ctx, &loose)
	if err != nil {
		return nil, err
	}
	tasksOf := map[uuid.UUID][]taskSums{}
	for _, t := range tasks {
		tasksOf[t.ProductionID] = append(tasksOf[t.ProductionID], t)
	}
	looseOf := map[uuid.UUID][]looseSums{}
	for _, l := range loose {
		looseOf[l.ProductionID] = append(looseOf[l.ProductionID], l)
	}
	for _, id := range productionIDs {
		out[id] = fold(id, tasksOf[id], looseOf[id], today)
	}
	return out, nil
}

// accountTask is the task that time filed on an operation without a task
// counts toward: among the production's tasks of that operation, those of
// the slip's episode (else the tasks of no episode; every task of the
// operation when the slip names no episode); the only one, or else the only
// one whose dates hold the day. Nil when no task, or no single task, fits.
func accountTask(tasks []Row, operation uuid.UUID, episode *uuid.UUID, day dates.Date) *Row {
	var exact, whole []*Row
	for i := range tasks {
		t := &tasks[i]
		if t.OperationID != operation {
			continue
		}
		switch {
		case episode == nil:
			exact = append(exact, t)
		case t.EpisodeID != nil && *t.EpisodeID == *episode:
			exact = append(exact, t)
		case t.EpisodeID == nil:
			whole = append(whole, t)
		}
	}
	if len(exact) == 0 {
		exact = whole
	}
	if len(exact) == 1 {
		return exact[0]
	}
	var dated *Row
	for _, t := range exact {
		if t.Start != nil && t.End != nil && !day.Before(*t.Start) && !t.End.Before(day) {
			if dated != nil {
				return nil
			}
			dated = t
		}
	}
	return dated
}

// fold computes one production's tracking from its tasks and its time
// filed without a task.
func fold(productionID uuid.UUID, tasks []taskSums, loose []looseSums, today dates.Date) *Tracking {
	tr := &Tracking{ProductionID: productionID}
	for _, t := range tasks {
		id, ep, start, end := t.ID, t.EpisodeID, t.StartDate, t.EndDate
		tr.Tasks = append(tr.Tasks, Row{ProductionID: productionID, TaskID: &id, EpisodeID: ep, OperationID: t.OperationID, Start: &start, End: &end,
			PlannedMinutes: t.PlannedMinutes, ApprovedMinutes: t.Approved, SubmittedMinutes: t.Submitted, ActualCost: money.Cents(t.Cost)})
	}
	unattributed := map[uuid.UUID]*Row{}
	for _, l := range loose {
		r := accountTask(tr.Tasks, l.OperationID, l.EpisodeID, l.WorkDate)
		if r == nil {
			r = unattributed[l.OperationID]
			if r == nil {
				r = &Row{ProductionID: productionID, OperationID: l.OperationID}
				unattributed[l.OperationID] = r
			}
			r.UnattributedMinutes += l.Approved + l.Submitted
		}
		r.ApprovedMinutes += l.Approved
		r.SubmittedMinutes += l.Submitted
		r.ActualCost += money.Cents(l.Cost)
	}
	for i := range tr.Tasks {
		project(&tr.Tasks[i], today)
	}
	// Operations in the order of their first task, then those without one.
	byOp := map[uuid.UUID]*Row{}
	var order []uuid.UUID
	add := func(r Row) {
		agg, ok := byOp[r.OperationID]
		if !ok {
			agg = &Row{ProductionID: productionID, OperationID: r.OperationID}
			byOp[r.OperationID] = agg
			order = append(order, r.OperationID)
		}
		agg.PlannedMinutes += r.PlannedMinutes
		agg.ApprovedMinutes += r.ApprovedMinutes
		agg.SubmittedMinutes += r.SubmittedMinutes
		agg.UnattributedMinutes += r.UnattributedMinutes
		agg.ActualCost += r.ActualCost
		agg.ProjectedMinutes += r.ProjectedMinutes
		if r.Start != nil && (agg.Start == nil || r.Start.Before(*agg.Start)) {
			agg.Start = r.Start
		}
		if r.End != nil && (agg.End == nil || agg.End.Before(*r.End)) {
			agg.End = r.End
		}
	}
	for _, r := range tr.Tasks {
		add(r)
	}
	var rest []*Row
	for _, r := range unattributed {
		rest = append(rest, r)
	}
	slices.SortFunc(rest, func(a, b *Row) int { return cmp.Compare(a.OperationID.String(), b.OperationID.String()) })
	for _, r := range rest {
		r.ProjectedMinutes = r.ActualMinutes() // time without a plan projects to itself
		add(*r)
	}
	for _, id := range order {
		tr.Operations = append(tr.Operations, *byOp[id])
	}
	tr.Alerts = alertsOf(tr.Tasks, tr.Operations)
	tr.Summary = summaryOf(tr.Operations, tr.Alerts)
	return tr
}

// alertsOf is what needs the coordinator's attention: the task rows over or
// heading over their plan, except for an operation carrying unattributed
// time, which is judged by its operation row instead (its task rows do not
// hold all its time). Worst first.
func alertsOf(tasks, ops []Row) []Row {
	whole := map[uuid.UUID]bool{}
	var out []Row
	for _, r := range ops {
		if r.UnattributedMinutes > 0 {
			whole[r.OperationID] = true
			if r.Level() != OnTrack {
				out = append(out, r)
			}
		}
	}
	for _, r := range tasks {
		if !whole[r.OperationID] && r.Level() != OnTrack {
			out = append(out, r)
		}
	}
	sortAlerts(out)
	return out
}

// sortAlerts puts overruns before warnings, then the largest excess first.
func sortAlerts(rs []Row) {
	slices.SortStableFunc(rs, func(a, b Row) int {
		if a.Level() != b.Level() {
			if a.Level() == Overrun {
				return -1
			}
			return 1
		}
		return cmp.Compare(b.ExcessMinutes(), a.ExcessMinutes())
	})
}

// Summary is a production's headline: its totals (every minute once, from
// the operation rows) and its alerts counted by level.
type Summary struct {
	Level                              Level
	OverrunCount, WarningCount         int
	PlannedMinutes, ApprovedMinutes    int
	SubmittedMinutes, ProjectedMinutes int
	UnattributedMinutes                int
	ActualCost                         money.Cents
	ExcessMinutes                      int // the sum of the alerts' excess
	ExcessCost                         money.Cents
}

func (s Summary) ActualMinutes() int { return s.ApprovedMinutes + s.SubmittedMinutes }

func summaryOf(ops, alerts []Row) Summary {
	s := Summary{Level: OnTrack}
	for _, r := range ops {
		s.PlannedMinutes += r.PlannedMinutes
		s.ApprovedMinutes += r.ApprovedMinutes
		s.SubmittedMinutes += r.SubmittedMinutes
		s.ProjectedMinutes += r.ProjectedMinutes
		s.UnattributedMinutes += r.UnattributedMinutes
		s.ActualCost += r.ActualCost
	}
	for _, r := range alerts {
		switch r.Level() {
		case Overrun:
			s.OverrunCount++
			s.Level = Overrun
		case Warning:
			s.WarningCount++
			if s.Level == OnTrack {
				s.Level = Warning
			}
		}
		s.ExcessMinutes += r.ExcessMinutes()
		s.ExcessCost += r.ExcessCost()
	}
	return s
}
