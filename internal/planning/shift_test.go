package planning

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/uuid"

	"github.com/postprod/postprod/internal/kernel/dates"
)

// id gives readable fixed ids: kind 't' for tasks, 'b' for bookings...
func id(kind byte, n int) uuid.UUID {
	return uuid.UUID{0: kind, 14: byte(n >> 8), 15: byte(n)}
}

func day(t testing.TB, s string) dates.Date {
	t.Helper()
	d, err := dates.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func task(t testing.TB, n int, start, end string) Task {
	return Task{ID: id('t', n), ProductionID: id('p', 1), Label: "Tâche", OperationCode: "OFFLINE_EDIT", Start: day(t, start), End: day(t, end)}
}

func TestShiftOneTask(t *testing.T) {
	for _, tc := range []struct {
		name             string
		start, end       string
		nonWorking       bool
		days             int
		wantStart, wantE string
	}{
		{"plain week", "2026-03-09", "2026-03-13", false, 5, "2026-03-16", "2026-03-20"},
		{"over a weekend", "2026-03-12", "2026-03-13", false, 1, "2026-03-13", "2026-03-16"},
		// 1 May 2026 is a Friday holiday: 29 Apr, 30 Apr, 4 May are 3 working days.
		{"onto 1 May", "2026-04-29", "2026-05-04", false, 1, "2026-04-30", "2026-05-05"},
		{"from 30 April over 1 May", "2026-04-30", "2026-05-05", false, 1, "2026-05-04", "2026-05-06"},
		{"over 8 May", "2026-05-04", "2026-05-07", false, 1, "2026-05-05", "2026-05-11"},
		{"back over 1 May", "2026-05-04", "2026-05-05", false, -1, "2026-04-30", "2026-05-04"},
		{"back over Christmas", "2026-12-28", "2026-12-29", false, -1, "2026-12-24", "2026-12-28"},
		{"over New Year", "2026-12-30", "2026-12-31", false, 2, "2027-01-04", "2027-01-05"},
		{"back two weeks", "2026-03-23", "2026-03-24", false, -10, "2026-03-09", "2026-03-10"},
		{"weekend work moves by calendar days", "2026-05-02", "2026-05-03", true, 1, "2026-05-03", "2026-05-04"},
		{"weekend work backwards", "2026-05-02", "2026-05-03", true, -2, "2026-04-30", "2026-05-01"},
		{"a task lying on a weekend lasts a day", "2026-03-14", "2026-03-15", false, 1, "2026-03-16", "2026-03-16"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tk := task(t, 1, tc.start, tc.end)
			tk.AllowNonWorking = tc.nonWorking
			got, err := Shift([]Task{tk}, nil, tk.ID, tc.days, true)
			if err != nil {
				t.Fatal(err)
			}
			want := Moved{ID: tk.ID, OldStart: tk.Start, OldEnd: tk.End, Start: day(t, tc.wantStart), End: day(t, tc.wantE)}
			if len(got) != 1 || got[0] != want {
				t.Fatalf("got %+v, want %+v", got, want)
			}
		})
	}
}

func TestShiftCascade(t *testing.T) {
	// A → B (lag 0) → C (lag 2): A ends Wed 11, B starts Thu 12, C starts
	// Wed 18 March 2026 (Fri 13 + 1 + 2 working days).
	a := task(t, 1, "2026-03-09", "2026-03-11")
	b := task(t, 2, "2026-03-12", "2026-03-13")
	c := task(t, 3, "2026-03-18", "2026-03-19")
	x := task(t, 9, "2026-03-09", "2026-03-10") // unrelated
	chain := []Task{c, a, x, b}
	chainDeps := []Dependency{{TaskID: b.ID, DependsOnID: a.ID}, {TaskID: c.ID, DependsOnID: b.ID, LagDays: 2}}

	// Diamond: A → B, A → C, B → D, C → D.
	da := task(t, 1, "2026-03-09", "2026-03-09")
	db := task(t, 2, "2026-03-10", "2026-03-10")
	dc := task(t, 3, "2026-03-10", "2026-03-11")
	dd := task(t, 4, "2026-03-12", "2026-03-12")
	diamond := []Task{dd, dc, db, da}
	diamondDeps := []Dependency{
		{TaskID: db.ID, DependsOnID: da.ID}, {TaskID: dc.ID, DependsOnID: da.ID},
		{TaskID: dd.ID, DependsOnID: db.ID}, {TaskID: dd.ID, DependsOnID: dc.ID},
	}

	type mv struct {
		id         uuid.UUID
		start, end string
	}
	for _, tc := range []struct {
		name    string
		tasks   []Task
		deps    []Dependency
		id      uuid.UUID
		days    int
		cascade bool
		want    []mv
	}{
		{"chain keeps lags", chain, chainDeps, a.ID, 2, true, []mv{
			{a.ID, "2026-03-11", "2026-03-13"},
			{b.ID, "2026-03-16", "2026-03-17"},
			{c.ID, "2026-03-20", "2026-03-23"},
		}},
		{"chain backwards", chain, chainDeps, a.ID, -1, true, []mv{
			{a.ID, "2026-03-06", "2026-03-10"},
			{b.ID, "2026-03-11", "2026-03-12"},
			{c.ID, "2026-03-17", "2026-03-18"},
		}},
		{"from the middle of the chain", chain, chainDeps, b.ID, 1, true, []mv{
			{b.ID, "2026-03-13", "2026-03-16"},
			{c.ID, "2026-03-19", "2026-03-20"},
		}},
		{"without cascade only the task moves", chain, chainDeps, a.ID, 2, false, []mv{
			{a.ID, "2026-03-11", "2026-03-13"},
		}},
		{"diamond moves the join once, last", diamond, diamondDeps, da.ID, 1, true, []mv{
			{da.ID, "2026-03-10", "2026-03-10"},
			{db.ID, "2026-03-11", "2026-03-11"},
			{dc.ID, "2026-03-11", "2026-03-12"},
			{dd.ID, "2026-03-13", "2026-03-13"},
		}},
		{"zero moves nothing", chain, chainDeps, a.ID, 0, true, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Shift(tc.tasks, tc.deps, tc.id, tc.days, tc.cascade)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tc.want) {
				t.Fatalf("moved %d tasks, want %d: %+v", len(got), len(tc.want), got)
			}
			for i, w := range tc.want {
				if got[i].ID != w.id || got[i].Start != day(t, w.start) || got[i].End != day(t, w.end) {
					t.Errorf("move %d = %s %s..%s, want %s %s..%s", i, got[i].ID, got[i].Start, got[i].End, w.id, w.start, w.end)
				}
			}
			// A cascade must leave the dependencies satisfied.
			if tc.cascade {
				moved := append([]Task(nil), tc.tasks...)
				for _, m := range got {
					for i := range moved {
						if moved[i].ID == m.ID {
							moved[i].Start, moved[i].End = m.Start, m.End
						}
					}
				}
				for _, c := range Detect(Input{Tasks: moved, Dependencies: tc.deps}) {
					t.Errorf("conflict after the cascade: %s", c.MessageEN)
				}
			}
		})
	}
}

func TestShiftErrors(t *testing.T) {
	a := task(t, 1, "2026-03-09", "2026-03-10")
	b := task(t, 2, "2026-03-11", "2026-03-12")
	c := task(t, 3, "2026-03-13", "2026-03-16")
	tasks := []Task{a, b, c}

	t.Run("unknown id", func(t *testing.T) {
		_, err := Shift(tasks, nil, id('t', 99), 1, true)
		if !errors.Is(err, ErrUnknownTask) {
			t.Fatalf("err = %v, want ErrUnknownTask", err)
		}
	})

	loop := []Dependency{{TaskID: b.ID, DependsOnID: a.ID}, {TaskID: c.ID, DependsOnID: b.ID}, {TaskID: a.ID, DependsOnID: c.ID}}
	t.Run("cycle through the task", func(t *testing.T) {
		_, err := Shift(tasks, loop, a.ID, 1, true)
		var ce *CycleError
		if !errors.As(err, &ce) {
			t.Fatalf("err = %v, want *CycleError", err)
		}
		if len(ce.TaskIDs) != 3 || !strings.Contains(ce.Error(), "cycle of 3 tasks") || !strings.Contains(ce.MessageFR(), "3 tâches") {
			t.Errorf("cycle %v: %q / %q", ce.TaskIDs, ce.Error(), ce.MessageFR())
		}
	})
	t.Run("cycle downstream", func(t *testing.T) {
		deps := []Dependency{{TaskID: b.ID, DependsOnID: a.ID}, {TaskID: c.ID, DependsOnID: b.ID}, {TaskID: b.ID, DependsOnID: c.ID}}
		_, err := Shift(tasks, deps, a.ID, 1, true)
		var ce *CycleError
		if !errors.As(err, &ce) || len(ce.TaskIDs) != 2 || ce.TaskIDs[0] != b.ID || ce.TaskIDs[1] != c.ID {
			t.Fatalf("err = %v", err)
		}
	})
	t.Run("cycle elsewhere does not block", func(t *testing.T) {
		deps := []Dependency{{TaskID: c.ID, DependsOnID: b.ID}, {TaskID: b.ID, DependsOnID: c.ID}}
		got, err := Shift(tasks, deps, a.ID, 1, true)
		if err != nil || len(got) != 1 {
			t.Fatalf("got %v, %v", got, err)
		}
	})
	t.Run("no cascade, no cycle check", func(t *testing.T) {
		got, err := Shift(tasks, loop, a.ID, 1, false)
		if err != nil || len(got) != 1 {
			t.Fatalf("got %v, %v", got, err)
		}
	})
}

func TestCheckAcyclic(t *testing.T) {
	a, b, c, d := id('t', 1), id('t', 2), id('t', 3), id('t', 4)
	for _, tc := range []struct {
		name string
		deps []Dependency
		want []uuid.UUID // the cycle, nil if none
	}{
		{"empty", nil, nil},
		{"chain", []Dependency{{TaskID: b, DependsOnID: a}, {TaskID: c, DependsOnID: b}}, nil},
		{"diamond", []Dependency{{TaskID: b, DependsOnID: a}, {TaskID: c, DependsOnID: a}, {TaskID: d, DependsOnID: b}, {TaskID: d, DependsOnID: c}}, nil},
		{"self", []Dependency{{TaskID: a, DependsOnID: a}}, []uuid.UUID{a}},
		{"pair", []Dependency{{TaskID: b, DependsOnID: a}, {TaskID: a, DependsOnID: b}}, []uuid.UUID{a, b}},
		{"three", []Dependency{{TaskID: b, DependsOnID: a}, {TaskID: c, DependsOnID: b}, {TaskID: d, DependsOnID: c}, {TaskID: b, DependsOnID: d}}, []uuid.UUID{b, c, d}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := CheckAcyclic(tc.deps)
			if tc.want == nil {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			var ce *CycleError
			if !errors.As(err, &ce) {
				t.Fatalf("err = %v, want *CycleError", err)
			}
			if len(ce.TaskIDs) != len(tc.want) {
				t.Fatalf("cycle %v, want %v", ce.TaskIDs, tc.want)
			}
			for i := range tc.want {
				if ce.TaskIDs[i] != tc.want[i] {
					t.Fatalf("cycle %v, want %v", ce.TaskIDs, tc.want)
				}
			}
		})
	}
	if got := (&CycleError{TaskIDs: []uuid.UUID{a}}).MessageFR(); got != "Une tâche ne peut pas dépendre d'elle-même." {
		t.Errorf("MessageFR = %q", got)
	}
}

// A long chain must not exhaust the stack of the cycle search.
func TestCheckAcyclicLongChain(t *testing.T) {
	const n = 200_000
	deps := make([]Dependency, n)
	for i := range deps {
		deps[i] = Dependency{TaskID: id('t', i+1), DependsOnID: id('t', i)}
		deps[i].TaskID[13], deps[i].DependsOnID[13] = byte((i+1)>>16), byte(i>>16)
	}
	if err := CheckAcyclic(deps); err != nil {
		t.Fatal(err)
	}
	deps = append(deps, Dependency{TaskID: deps[0].DependsOnID, DependsOnID: deps[n-1].TaskID})
	var ce *CycleError
	if !errors.As(CheckAcyclic(deps), &ce) || len(ce.TaskIDs) != n+1 {
		t.Fatal("the closing edge should make a cycle through every task")
	}
}
