package planning

import (
	"bytes"
	"cmp"
	"container/heap"
	"errors"
	"fmt"
	"strings"

	"github.com/google/uuid"

	"github.com/postprod/postprod/internal/kernel/calendar"
	"github.com/postprod/postprod/internal/kernel/dates"
)

// Moved is one task's dates before and after a shift.
type Moved struct {
	ID                           uuid.UUID
	OldStart, OldEnd, Start, End dates.Date
}

// ErrUnknownTask is returned by Shift for an id absent from the tasks.
var ErrUnknownTask = errors.New("planning: unknown task")

// CycleError reports dependencies that loop back on themselves: no order
// of the tasks can satisfy them, so they are refused rather than stored.
type CycleError struct {
	// TaskIDs lists the cycle in order: each task is a predecessor of the
	// next, and the last one of the first.
	TaskIDs []uuid.UUID
}

func (e *CycleError) Error() string {
	if len(e.TaskIDs) == 1 {
		return fmt.Sprintf("planning: task %s depends on itself", e.TaskIDs[0])
	}
	var b strings.Builder
	for _, id := range e.TaskIDs {
		b.WriteString(id.String())
		b.WriteString(" → ")
	}
	b.WriteString(e.TaskIDs[0].String())
	return fmt.Sprintf("planning: the dependencies form a cycle of %d tasks: %s", len(e.TaskIDs), b.String())
}

// MessageFR is meant for the coordinator, who knows tasks by their labels
// rather than by ids.
func (e *CycleError) MessageFR() string {
	if len(e.TaskIDs) == 1 {
		return "Une tâche ne peut pas dépendre d'elle-même."
	}
	return fmt.Sprintf("Ces dépendances formeraient une boucle entre %d tâches : une tâche ne peut pas dépendre, même indirectement, d'elle-même.", len(e.TaskIDs))
}

// MessageEN is MessageFR's English counterpart, without ids either.
func (e *CycleError) MessageEN() string {
	if len(e.TaskIDs) == 1 {
		return "A task cannot depend on itself."
	}
	return fmt.Sprintf("These dependencies would form a loop between %d tasks: a task cannot depend on itself, even indirectly.", len(e.TaskIDs))
}

// graph is the dependency graph with edges from a predecessor to the tasks
// that depend on it, nodes numbered in order of first appearance so that
// every walk, and hence every error, is deterministic.
type graph struct {
	ids   []uuid.UUID
	index map[uuid.UUID]int
	next  [][]int
}

func (g *graph) node(id uuid.UUID) int {
	if i, ok := g.index[id]; ok {
		return i
	}
	g.index[id] = len(g.ids)
	g.ids = append(g.ids, id)
	g.next = append(g.next, nil)
	return len(g.ids) - 1
}

func newGraph(deps []Dependency) *graph {
	g := &graph{index: make(map[uuid.UUID]int, len(deps))}
	for _, d := range deps {
		p, t := g.node(d.DependsOnID), g.node(d.TaskID)
		g.next[p] = append(g.next[p], t)
	}
	return g
}

// cycleFrom returns a cycle among the nodes for which keep is true, walking
// from roots, or nil. The walk is iterative so that a long chain of tasks
// cannot exhaust the stack.
func (g *graph) cycleFrom(roots []int, keep func(int) bool) []uuid.UUID {
	const (
		white = iota
		grey  // on the current path
		black // fully explored, no cycle through it
	)
	colour := make([]uint8, len(g.ids))
	type frame struct{ n, edge int }
	var path []frame
	for _, r := range roots {
		if colour[r] != white || !keep(r) {
			continue
		}
		path = append(path[:0], frame{r, 0})
		colour[r] = grey
		for len(path) > 0 {
			top := &path[len(path)-1]
			if top.edge == len(g.next[top.n]) {
				colour[top.n] = black
				path = path[:len(path)-1]
				continue
			}
			m := g.next[top.n][top.edge]
			top.edge++
			if !keep(m) {
				continue
			}
			switch colour[m] {
			case grey:
				start := len(path) - 1
				for path[start].n != m {
					start--
				}
				cycle := make([]uuid.UUID, 0, len(path)-start)
				for _, f := range path[start:] {
					cycle = append(cycle, g.ids[f.n])
				}
				return cycle
			case white:
				colour[m] = grey
				path = append(path, frame{m, 0})
			}
		}
	}
	return nil
}

// CheckAcyclic returns a *CycleError when the dependencies, taken as a
// whole, contain a cycle (a task depending on itself included).
func CheckAcyclic(deps []Dependency) error {
	g := newGraph(deps)
	roots := make([]int, len(g.ids))
	for i := range roots {
		roots[i] = i
	}
	if c := g.cycleFrom(roots, func(int) bool { return true }); c != nil {
		return &CycleError{TaskIDs: c}
	}
	return nil
}

// Shift moves task id by workingDays working days (negative: earlier) and
// keeps its length in working days: the new start is
// calendar.AddWorkingDays(Start, workingDays) and the new end the working
// day that keeps as many working days as before. A task allowed to run on
// non-working days moves by calendar days instead and keeps its calendar
// length.
//
// With cascade, every task depending on it, directly or not, moves by the
// same amount, once, which keeps the lags between them; a cycle among
// those tasks is refused with a *CycleError. Dependencies naming a task
// absent from tasks are ignored, since such a task cannot be moved.
//
// The result lists the shifted task first, then its dependents in
// topological order (ties broken by start date, then id). A shift by 0
// moves nothing. An unknown id gives an error wrapping ErrUnknownTask.
func Shift(tasks []Task, deps []Dependency, id uuid.UUID, workingDays int, cascade bool) ([]Moved, error) {
	byID := make(map[uuid.UUID]*Task, len(tasks))
	for i := range tasks {
		byID[tasks[i].ID] = &tasks[i]
	}
	root := byID[id]
	if root == nil {
		return nil, fmt.Errorf("%w %s", ErrUnknownTask, id)
	}
	if workingDays == 0 {
		return nil, nil
	}
	if !cascade {
		return []Moved{move(root, workingDays)}, nil
	}

	known := make([]Dependency, 0, len(deps))
	for _, d := range deps {
		if byID[d.TaskID] != nil && byID[d.DependsOnID] != nil {
			known = append(known, d)
		}
	}
	g := newGraph(known)
	r := g.node(id)

	// The tasks to move are those reachable from the root.
	reached := make([]bool, len(g.ids))
	reached[r] = true
	stack := []int{r}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for _, m := range g.next[n] {
			if !reached[m] {
				reached[m] = true
				stack = append(stack, m)
			}
		}
	}
	indegree := make([]int, len(g.ids))
	count := 0
	for n, ok := range reached {
		if !ok {
			continue
		}
		count++
		for _, m := range g.next[n] {
			indegree[m]++
		}
	}

	// Kahn's algorithm over the reached tasks. Every one of them but the
	// root has a reached predecessor, so the root is the only source unless
	// a cycle runs through it.
	ready := &readyHeap{g: g, tasks: byID}
	if indegree[r] == 0 {
		heap.Push(ready, r)
	}
	moved := make([]Moved, 0, count)
	for ready.Len() > 0 {
		n := heap.Pop(ready).(int)
		moved = append(moved, move(byID[g.ids[n]], workingDays))
		for _, m := range g.next[n] {
			if indegree[m]--; indegree[m] == 0 {
				heap.Push(ready, m)
			}
		}
	}
	if len(moved) < count {
		// Every reached task is reachable from the root, so a walk from
		// the root finds the loop that stopped the sort.
		return nil, &CycleError{TaskIDs: g.cycleFrom([]int{r}, func(n int) bool { return reached[n] })}
	}
	return moved, nil
}

func move(t *Task, days int) Moved {
	m := Moved{ID: t.ID, OldStart: t.Start, OldEnd: t.End}
	if t.AllowNonWorking {
		m.Start, m.End = t.Start.AddDays(days), t.End.AddDays(days)
		return m
	}
	// A task lying wholly on non-working days (possible if AllowNonWorking
	// was switched off afterwards) still lasts one day once moved.
	length := max(calendar.CountWorkingDays(t.Start, t.End), 1)
	m.Start = calendar.AddWorkingDays(t.Start, days)
	m.End = calendar.AddWorkingDays(m.Start, length-1)
	return m
}

// readyHeap orders the tasks whose predecessors have all moved, earliest
// start first, so the order of the result follows the calendar.
type readyHeap struct {
	g     *graph
	tasks map[uuid.UUID]*Task
	items []int
}

func (h *readyHeap) Len() int { return len(h.items) }
func (h *readyHeap) Less(i, j int) bool {
	a, b := h.tasks[h.g.ids[h.items[i]]], h.tasks[h.g.ids[h.items[j]]]
	if c := cmp.Compare(key(a.Start), key(b.Start)); c != 0 {
		return c < 0
	}
	return bytes.Compare(a.ID[:], b.ID[:]) < 0
}
func (h *readyHeap) Swap(i, j int) { h.items[i], h.items[j] = h.items[j], h.items[i] }
func (h *readyHeap) Push(x any)    { h.items = append(h.items, x.(int)) }
func (h *readyHeap) Pop() any {
	x := h.items[len(h.items)-1]
	h.items = h.items[:len(h.items)-1]
	return x
}
