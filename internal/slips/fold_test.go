package slips_test

import (
	"testing"
	"time"

	"github.com/google/uuid"

	"github.com/postprod/postprod/internal/kernel/dates"
	"github.com/postprod/postprod/internal/slips"
)

func day(m time.Month, d int) dates.Date { return dates.Date{Year: 2026, Month: m, Day: d} }

// Time filed on an operation without a task counts once: toward the task
// that does the operation when one fits, else toward the operation alone,
// which the alerts then judge as a whole.
func TestFoldCountsEveryMinuteOnce(t *testing.T) {
	prod, sound, mix := uuid.New(), uuid.New(), uuid.New()
	ep1, ep2 := uuid.New(), uuid.New()
	today := day(time.June, 30) // after every task: projections are the actual time
	task := func(op uuid.UUID, ep *uuid.UUID, from, to dates.Date, plannedH, approvedH int) slips.TaskSums {
		return slips.TaskSums{ID: uuid.New(), ProductionID: prod, OperationID: op, EpisodeID: ep, PlannedMinutes: plannedH * 60,
			StartDate: from, EndDate: to, Approved: approvedH * 60, Cost: int64(approvedH) * 5000}
	}
	loose := func(op uuid.UUID, ep *uuid.UUID, d dates.Date, hours int) slips.LooseSums {
		return slips.LooseSums{ProductionID: prod, OperationID: op, EpisodeID: ep, WorkDate: d, Submitted: hours * 60, Cost: int64(hours) * 5000}
	}

	t.Run("one task takes its operation's loose time", func(t *testing.T) {
		tk := task(sound, nil, day(time.March, 2), day(time.March, 13), 96, 20)
		tr := slips.Fold(prod, []slips.TaskSums{tk}, []slips.LooseSums{loose(sound, nil, day(time.March, 3), 80), loose(sound, nil, day(time.May, 3), 9)}, today)
		if len(tr.Tasks) != 1 || len(tr.Operations) != 1 || len(tr.Alerts) != 1 {
			t.Fatalf("%d tasks, %d operations, %d alerts", len(tr.Tasks), len(tr.Operations), len(tr.Alerts))
		}
		tr0, op, al := tr.Tasks[0], tr.Operations[0], tr.Alerts[0]
		if tr0.ActualMinutes() != 109*60 || tr0.Level() != slips.Overrun || tr0.ExcessMinutes() != 13*60 {
			t.Fatalf("task row: actual %d, level %s, excess %d", tr0.ActualMinutes(), tr0.Level(), tr0.ExcessMinutes())
		}
		for _, r := range []slips.Row{op, al} {
			if r.PlannedMinutes != tr0.PlannedMinutes || r.ActualMinutes() != tr0.ActualMinutes() || r.ProjectedMinutes != tr0.ProjectedMinutes ||
				r.ExcessMinutes() != tr0.ExcessMinutes() || r.ExcessCost() != tr0.ExcessCost() || r.Level() != tr0.Level() {
				t.Fatalf("row %+v differs from the task row %+v", r, tr0)
			}
		}
		if op.UnattributedMinutes != 0 || *al.TaskID != tk.ID {
			t.Fatalf("unattributed %d, alert on %v", op.UnattributedMinutes, al.TaskID)
		}
		s := tr.Summary
		if s.Level != slips.Overrun || s.OverrunCount != 1 || s.WarningCount != 0 || s.ActualMinutes() != 109*60 || s.PlannedMinutes != 96*60 ||
			s.ExcessMinutes != 13*60 || s.ExcessCost != tr0.ExcessCost() {
			t.Fatalf("summary %+v", s)
		}
	})

	t.Run("the episode, then the dates, tell tasks of one operation apart", func(t *testing.T) {
		t1 := task(sound, &ep1, day(time.March, 2), day(time.March, 6), 40, 40)
		t2 := task(sound, &ep2, day(time.March, 9), day(time.March, 13), 40, 0)
		tr := slips.Fold(prod, []slips.TaskSums{t1, t2}, []slips.LooseSums{
			loose(sound, &ep1, day(time.March, 10), 4), // episode 1, whatever the day
			loose(sound, nil, day(time.March, 11), 6),  // no episode: the task of that day, episode 2
		}, today)
		if a, b := tr.Tasks[0].ActualMinutes(), tr.Tasks[1].ActualMinutes(); a != 44*60 || b != 6*60 {
			t.Fatalf("episode 1: %d min, episode 2: %d min", a, b)
		}
		if len(tr.Alerts) != 1 || *tr.Alerts[0].TaskID != t1.ID || tr.Operations[0].UnattributedMinutes != 0 {
			t.Fatalf("alerts %+v", tr.Alerts)
		}
	})

	t.Run("time no single task can take is judged on the operation", func(t *testing.T) {
		t1 := task(sound, &ep1, day(time.March, 2), day(time.March, 6), 40, 45) // over by itself
		t2 := task(sound, &ep2, day(time.March, 9), day(time.March, 13), 40, 10)
		tr := slips.Fold(prod, []slips.TaskSums{t1, t2}, []slips.LooseSums{
			loose(sound, nil, day(time.April, 1), 30), // no episode, no task that day
			loose(mix, nil, day(time.April, 2), 7),    // an operation without a task
		}, today)
		if tr.Tasks[0].ActualMinutes() != 45*60 || tr.Tasks[1].ActualMinutes() != 10*60 {
			t.Fatalf("task rows changed: %d, %d", tr.Tasks[0].ActualMinutes(), tr.Tasks[1].ActualMinutes())
		}
		if len(tr.Operations) != 2 {
			t.Fatalf("%d operation rows", len(tr.Operations))
		}
		op, m := tr.Operations[0], tr.Operations[1]
		if op.OperationID != sound || op.ActualMinutes() != 85*60 || op.UnattributedMinutes != 30*60 || op.Level() != slips.Overrun || op.ExcessMinutes() != 5*60 {
			t.Fatalf("sound editing row %+v", op)
		}
		if m.OperationID != mix || m.PlannedMinutes != 0 || m.ActualMinutes() != 7*60 || m.Level() != slips.Overrun {
			t.Fatalf("mix row %+v", m)
		}
		// The operation rows stand for their tasks: episode 1's overrun is
		// inside the sound editing one, not counted on top of it.
		if len(tr.Alerts) != 2 || tr.Alerts[0].TaskID != nil || tr.Alerts[1].TaskID != nil {
			t.Fatalf("alerts %+v", tr.Alerts)
		}
		if s := tr.Summary; s.OverrunCount != 2 || s.ActualMinutes() != 92*60 || s.ExcessMinutes != 12*60 || s.UnattributedMinutes != 37*60 {
			t.Fatalf("summary %+v", s)
		}
	})
}
