package server_test

import (
	"reflect"
	"testing"
	"time"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/kernel/dates"
)

// figures is what every view of tracking shows of a row.
type figures struct {
	PlannedMinutes, ApprovedMinutes, SubmittedMinutes, ActualMinutes, ProjectedMinutes, ExcessMinutes int
	Level                                                                                             string
	ExcessCost, ActualCost                                                                            string
}

const trackingFigures = `plannedMinutes approvedMinutes submittedMinutes actualMinutes projectedMinutes excessMinutes level excessCost actualCost`

// A task planned 96 h with slips on its operation, with and without the
// task, gives the same figures in the headline, both tables, the alerts
// and overruns; and the same figures as when every slip names the task.
func TestTrackingCountsSlipsWithoutTaskOnceEverywhere(t *testing.T) {
	e := newEnv(t)
	fx := e.newOrg("Suivi Post")
	coord := fx.as(db.RoleCoordinator)
	today := dates.Of(time.Now().In(dates.Paris))
	// The task is over: its projection is its actual time.
	plan := func(withTask int, tech string) (prod, task string) {
		prod = fx.production("status", "IN_POST")
		task = fx.task(prod, "operationId", fx.op("SOUND_EDIT"), "startDate", calendarAdd(today, -15), "endDate", calendarAdd(today, -1),
			"plannedHours", 96)
		// Thirteen days of 8 h: 104 h against 96.
		for i := 1; i <= 13; i++ {
			kv := []any{"date", today.AddDays(-i - 1).String(), "start", "09:00", "end", "17:00", "technicianId", tech}
			if i <= withTask {
				kv = append(kv, "taskId", task)
			}
			fx.slip(prod, kv...)
		}
		return prod, task
	}
	mixed, mixedTask := plan(5, fx.technicianID)
	named, _ := plan(13, fx.technician())

	type row struct {
		figures
		UnattributedMinutes int
		Task                *struct{ ID string }
		Production          struct{ ID string }
	}
	read := func(prod string) (tasks, ops, alerts []row, summary struct {
		figures
		OverrunCount, WarningCount int
	}) {
		var d struct {
			Production struct {
				Tracking struct {
					Tasks, Operations, Alerts []row
					Summary                   struct {
						figures
						OverrunCount, WarningCount int
					}
				}
			}
		}
		rowFields := `{ ` + trackingFigures + ` unattributedMinutes task { id } production { id } }`
		e.call(coord, `query($id:ID!){ production(id:$id){ tracking { tasks `+rowFields+` operations `+rowFields+` alerts `+rowFields+
			` summary { `+trackingFigures+` overrunCount warningCount } } } }`, map[string]any{"id": prod}, &d)
		tr := d.Production.Tracking
		return tr.Tasks, tr.Operations, tr.Alerts, tr.Summary
	}
	var ov struct{ Overruns []row }
	e.call(coord, `{ overruns { `+trackingFigures+` unattributedMinutes task { id } production { id } } }`, nil, &ov)
	overrunsOf := func(prod string) []row {
		var out []row
		for _, r := range ov.Overruns {
			if r.Production.ID == prod {
				out = append(out, r)
			}
		}
		return out
	}

	want := figures{PlannedMinutes: 96 * 60, SubmittedMinutes: 104 * 60, ActualMinutes: 104 * 60, ProjectedMinutes: 104 * 60, ExcessMinutes: 8 * 60, Level: "OVERRUN"}
	var reference *figures
	for _, prod := range []string{mixed, named} {
		tasks, ops, alerts, summary := read(prod)
		over := overrunsOf(prod)
		if len(tasks) != 1 || len(ops) != 1 || len(alerts) != 1 || len(over) != 1 {
			t.Fatalf("%d task rows, %d operation rows, %d alerts, %d overruns", len(tasks), len(ops), len(alerts), len(over))
		}
		f := tasks[0].figures
		got := f
		got.ExcessCost, got.ActualCost = "", ""
		if got != want || f.ExcessCost == "0.00" {
			t.Fatalf("task row %+v, want %+v", f, want)
		}
		for name, r := range map[string]figures{"operation row": ops[0].figures, "alert": alerts[0].figures, "overruns": over[0].figures, "headline": summary.figures} {
			if r != f {
				t.Fatalf("%s %+v, task row %+v", name, r, f)
			}
		}
		if summary.OverrunCount != 1 || summary.WarningCount != 0 || ops[0].UnattributedMinutes != 0 {
			t.Fatalf("headline %+v, unattributed %d", summary, ops[0].UnattributedMinutes)
		}
		if prod == mixed && (alerts[0].Task == nil || alerts[0].Task.ID != mixedTask || over[0].Task == nil || over[0].Task.ID != mixedTask) {
			t.Fatalf("the alert is not on the task: %+v", alerts[0])
		}
		if reference == nil {
			reference = &f
		} else if !reflect.DeepEqual(*reference, f) {
			t.Fatalf("with slips without the task %+v, with every slip on it %+v", *reference, f)
		}
	}

	// Two tasks of the operation and a slip that fits neither: the
	// operation row holds it alone, and the alerts judge the operation.
	fx.task(mixed, "operationId", fx.op("SOUND_EDIT"), "startDate", calendarAdd(today, -40), "endDate", calendarAdd(today, -36), "plannedHours", 8)
	fx.slip(mixed, "date", today.AddDays(-35).String(), "start", "09:00", "end", "13:00")
	tasks, ops, alerts, summary := read(mixed)
	if len(tasks) != 2 || len(ops) != 1 || ops[0].UnattributedMinutes != 4*60 || ops[0].PlannedMinutes != 104*60 || ops[0].ActualMinutes != 108*60 {
		t.Fatalf("tasks %+v\noperations %+v", tasks, ops)
	}
	if len(alerts) != 1 || alerts[0].Task != nil || alerts[0].figures != ops[0].figures || summary.figures.ExcessMinutes != 4*60 || summary.ActualMinutes != 108*60 {
		t.Fatalf("alerts %+v\nheadline %+v", alerts, summary)
	}
	e.call(coord, `{ overruns { `+trackingFigures+` unattributedMinutes task { id } production { id } } }`, nil, &ov)
	if over := overrunsOf(mixed); len(over) != 1 || over[0].figures != ops[0].figures {
		t.Fatalf("overruns %+v", over)
	}
}
