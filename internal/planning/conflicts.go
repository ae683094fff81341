// Package planning holds the pure rules of the post-production planning:
// which bookings, dependencies and deadlines clash (Detect) and how a task
// moves with the tasks that depend on it (Shift). It reads no database (only
// the enums of db): the service builds an Input and stores what comes back.
package planning

import (
	"bytes"
	"cmp"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/google/uuid"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/kernel/calendar"
	"github.com/postprod/postprod/internal/kernel/dates"
)

// Task is a stage of a production on the calendar.
type Task struct {
	ID, ProductionID uuid.UUID
	Label            string // e.g. "Montage image — Épisode 3", for messages
	OperationCode    string // e.g. "OFFLINE_EDIT"
	OperationFR      string // the operation as people name it ("montage image"); the code when empty
	OperationEN      string
	Start, End       dates.Date // inclusive
	AllowNonWorking  bool       // the coordinator allowed weekend/holiday work
}

// Dependency is finish-to-start: TaskID starts after DependsOnID ends plus
// LagDays working days.
type Dependency struct {
	TaskID, DependsOnID uuid.UUID
	LagDays             int
}

// Booking holds a technician or a room for a task, on every day from Start
// to End within the same daily window.
type Booking struct {
	ID, TaskID, ProductionID uuid.UUID
	TechnicianID, RoomID     *uuid.UUID // exactly one is set
	Start, End               dates.Date // inclusive days
	FromMinute, ToMinute     int        // daily window in minutes since midnight; full day = 540..1080
	Status                   db.BookingStatus
}

// Unavailability covers whole days, both included.
type Unavailability struct {
	ID, TechnicianID uuid.UUID
	Start, End       dates.Date
	Reason           string
}

type Technician struct {
	ID     uuid.UUID
	Name   string
	Skills []string // operation codes
}

type Room struct {
	ID   uuid.UUID
	Name string
}

type Production struct {
	ID       uuid.UUID
	Title    string
	Deadline *dates.Date
}

// Input is everything Detect looks at, usually a whole organisation: a
// technician or a room is shared by all productions.
type Input struct {
	Productions      []Production
	Tasks            []Task
	Dependencies     []Dependency
	Bookings         []Booking
	Unavailabilities []Unavailability
	Technicians      []Technician
	Rooms            []Room
}

type ConflictKind string

const (
	KindDoubleBooking ConflictKind = "DOUBLE_BOOKING"
	KindUnavailable   ConflictKind = "UNAVAILABLE"
	KindDependency    ConflictKind = "DEPENDENCY"
	KindSkill         ConflictKind = "SKILL"
	KindDeadline      ConflictKind = "DEADLINE"
	KindNonWorkingDay ConflictKind = "NON_WORKING_DAY"
	KindOutsideTask   ConflictKind = "OUTSIDE_TASK"
)

// AllConflictKinds is the schema's ConflictKind, bound to this type: a kind
// is computed here and never stored, so it is not in db.
var AllConflictKinds = []ConflictKind{KindDoubleBooking, KindUnavailable, KindDependency, KindSkill, KindDeadline, KindNonWorkingDay, KindOutsideTask}

func (k ConflictKind) MarshalGQL(w io.Writer) { db.MarshalEnum(w, k) }
func (k *ConflictKind) UnmarshalGQL(v any) (err error) {
	*k, err = db.UnmarshalEnum(v, AllConflictKinds, "ConflictKind")
	return
}

// Conflict is one problem of the planning, worded for the coordinator.
type Conflict struct {
	Kind                 ConflictKind
	MessageFR, MessageEN string
	From, To             dates.Date // the period concerned
	ProductionIDs        []uuid.UUID
	TaskIDs              []uuid.UUID
	BookingIDs           []uuid.UUID
	TechnicianID, RoomID *uuid.UUID
}

// Detect lists every conflict of the input, across all its productions:
//
//   - DOUBLE_BOOKING: two CONFIRMED bookings of one technician or one room
//     whose days overlap and whose daily windows overlap ([From, To)
//     minutes), one per pair; pencilled bookings are options and may
//     overlap anything;
//   - UNAVAILABLE: a CONFIRMED or PENCILLED booking of a technician on a day
//     they are unavailable, one per booking and unavailability;
//   - SKILL: a booking that is not cancelled, of a technician lacking the
//     task's operation code;
//   - DEPENDENCY: a task starting before AddWorkingDays(predecessor end,
//     1+lag);
//   - DEADLINE: a production whose last task ends after its deadline;
//   - NON_WORKING_DAY: a booking that is not cancelled taking place (see
//     BookedDays) on a weekend day or a public holiday, when its task does
//     not allow them;
//   - OUTSIDE_TASK: a booking that is not cancelled running before its
//     task's start or after its end.
//
// The result is sorted by From, then Kind, then the ids involved, so the
// same input always gives the same list. Records pointing at an id absent
// from the input (a booking's task, a dependency's task) are skipped by the
// rules that need them rather than guessed at.
func Detect(in Input) []Conflict {
	dt := newDetector(&in)
	dt.doubleBookings()
	dt.bookingChecks()
	dt.calendarChecks()
	dt.dependencies()
	dt.deadlines()
	slices.SortFunc(dt.out, compareConflicts)
	return dt.out
}

type detector struct {
	in    *Input
	tasks map[uuid.UUID]*Task
	prods map[uuid.UUID]*Production
	techs map[uuid.UUID]*Technician
	rooms map[uuid.UUID]*Room
	out   []Conflict
}

func newDetector(in *Input) *detector {
	dt := &detector{
		in:    in,
		tasks: make(map[uuid.UUID]*Task, len(in.Tasks)),
		prods: make(map[uuid.UUID]*Production, len(in.Productions)),
		techs: make(map[uuid.UUID]*Technician, len(in.Technicians)),
		rooms: make(map[uuid.UUID]*Room, len(in.Rooms)),
	}
	for i := range in.Tasks {
		dt.tasks[in.Tasks[i].ID] = &in.Tasks[i]
	}
	for i := range in.Productions {
		dt.prods[in.Productions[i].ID] = &in.Productions[i]
	}
	for i := range in.Technicians {
		dt.techs[in.Technicians[i].ID] = &in.Technicians[i]
	}
	for i := range in.Rooms {
		dt.rooms[in.Rooms[i].ID] = &in.Rooms[i]
	}
	return dt
}

// key orders dates as plain integers, so that the hot loops compare ints
// instead of converting to time.Time (which dates.Date.Before does).
func key(d dates.Date) int32 { return int32(d.Year*512 + int(d.Month)*32 + d.Day) }

// span is a confirmed booking reduced to what the sweep compares.
type span struct {
	order    uint64 // first day, then last day, packed for a single compare
	s, e     int32  // day keys, inclusive
	from, to int32  // daily window, half-open
	b        int32  // index in Input.Bookings
	group    int32
}

type resource struct {
	id   uuid.UUID
	room bool
}

// window returns the booking's daily window. An empty or inverted window
// (unset, or a night session across midnight) is taken as the whole day:
// flagging a doubtful overlap is cheaper for the coordinator than missing
// a real one.
func window(b *Booking) (int32, int32) {
	if b.ToMinute <= b.FromMinute {
		return 0, 24 * 60
	}
	return int32(b.FromMinute), int32(b.ToMinute)
}

// doubleBookings groups confirmed bookings per resource, sorts each group
// by first day and sweeps it with the list of bookings still running, so
// the cost is O(n log n) plus the pairs that really share days.
func (dt *detector) doubleBookings() {
	bs := dt.in.Bookings
	groups := make(map[resource]int32, len(dt.techs)+len(dt.rooms))
	var owners []resource
	var sizes []int32
	spans := make([]span, 0, len(bs))
	add := func(r resource, sp span) {
		g, ok := groups[r]
		if !ok {
			g = int32(len(owners))
			groups[r] = g
			owners = append(owners, r)
			sizes = append(sizes, 0)
		}
		sp.group = g
		sizes[g]++
		spans = append(spans, sp)
	}
	for i := range bs {
		b := &bs[i]
		if b.Status != db.BookingStatusConfirmed {
			continue
		}
		from, to := window(b)
		sp := span{s: key(b.Start), e: key(b.End), from: from, to: to, b: int32(i)}
		if sp.e < sp.s {
			continue
		}
		// Flipping the sign bit keeps the unsigned order of signed keys.
		sp.order = uint64(uint32(sp.s)^1<<31)<<32 | uint64(uint32(sp.e)^1<<31)
		if b.TechnicianID != nil {
			add(resource{id: *b.TechnicianID}, sp)
		}
		if b.RoomID != nil {
			add(resource{id: *b.RoomID, room: true}, sp)
		}
	}

	// A counting sort puts each resource's bookings together in linear
	// time; only the short per-resource runs need a comparison sort.
	starts := make([]int32, len(sizes)+1)
	for g, n := range sizes {
		starts[g+1] = starts[g] + n
	}
	grouped := make([]span, len(spans))
	next := slices.Clone(starts[:len(sizes)])
	for _, sp := range spans {
		grouped[next[sp.group]] = sp
		next[sp.group]++
	}
	var active []span
	for g := range sizes {
		run := grouped[starts[g]:starts[g+1]]
		// Ties are broken by booking id so that which booking is named
		// first does not depend on the order the database returned them in.
		slices.SortFunc(run, func(x, y span) int {
			if x.order != y.order {
				return cmp.Compare(x.order, y.order)
			}
			if c := cmp.Compare(x.from, y.from); c != 0 {
				return c
			}
			return bytes.Compare(bs[x.b].ID[:], bs[y.b].ID[:])
		})
		active = active[:0]
		for _, x := range run {
			kept := active[:0]
			for _, a := range active {
				if a.e >= x.s {
					kept = append(kept, a)
				}
			}
			active = kept
			for _, a := range active {
				if a.from < x.to && x.from < a.to {
					dt.doubleBooking(owners[g], a, x)
				}
			}
			active = append(active, x)
		}
	}
}

func (dt *detector) doubleBooking(r resource, a, x span) {
	ba, bx := &dt.in.Bookings[a.b], &dt.in.Bookings[x.b]
	if ba.ID == bx.ID {
		return // the same booking listed twice, not two bookings
	}
	from := bx.Start // the sweep guarantees a starts no later than x
	to := ba.End
	if x.e < a.e {
		to = bx.End
	}
	whenFR, whenEN := period(from, to)
	if !(isFullDay(a) && isFullDay(x)) {
		lo, hi := max(a.from, x.from), min(a.to, x.to)
		whenFR += " de " + clock(lo) + " à " + clock(hi)
		whenEN += " from " + clock(lo) + " to " + clock(hi)
	}
	ta, tx := dt.taskRef(ba.TaskID, ba.ProductionID), dt.taskRef(bx.TaskID, bx.ProductionID)
	c := Conflict{
		Kind:          KindDoubleBooking,
		From:          from,
		To:            to,
		ProductionIDs: distinct(ba.ProductionID, bx.ProductionID),
		TaskIDs:       distinct(ba.TaskID, bx.TaskID),
		BookingIDs:    []uuid.UUID{ba.ID, bx.ID},
	}
	id := r.id
	if r.room {
		c.RoomID = &id
		name := dt.roomName(id)
		c.MessageFR = fmt.Sprintf("La salle « %s » a deux réservations confirmées en même temps %s : %s et %s.", name, whenFR, ta.fr, tx.fr)
		c.MessageEN = fmt.Sprintf("Room “%s” has two confirmed bookings at the same time %s: %s and %s.", name, whenEN, ta.en, tx.en)
	} else {
		c.TechnicianID = &id
		name := dt.techName(id)
		c.MessageFR = fmt.Sprintf("%s a deux réservations confirmées en même temps %s : %s et %s.", name, whenFR, ta.fr, tx.fr)
		c.MessageEN = fmt.Sprintf("%s has two confirmed bookings at the same time %s: %s and %s.", name, whenEN, ta.en, tx.en)
	}
	dt.out = append(dt.out, c)
}

func isFullDay(s span) bool { return s.from <= 9*60 && s.to >= 18*60 }

// unavSpan is an unavailability reduced to day keys.
type unavSpan struct {
	s, e int32
	i    int32 // index in Input.Unavailabilities
}

// bookingChecks runs the per-booking rules (unavailability and skill) in
// one pass, so that each booking costs a couple of map lookups.
func (dt *detector) bookingChecks() {
	byTech := make(map[uuid.UUID][]unavSpan, len(dt.techs))
	for i, u := range dt.in.Unavailabilities {
		byTech[u.TechnicianID] = append(byTech[u.TechnicianID], unavSpan{s: key(u.Start), e: key(u.End), i: int32(i)})
	}
	for _, us := range byTech {
		slices.SortFunc(us, func(x, y unavSpan) int {
			if c := cmp.Compare(x.s, y.s); c != 0 {
				return c
			}
			return cmp.Compare(x.e, y.e)
		})
	}
	for i := range dt.in.Bookings {
		b := &dt.in.Bookings[i]
		if b.TechnicianID == nil || b.Status == db.BookingStatusCancelled {
			continue
		}
		if b.Status == db.BookingStatusConfirmed || b.Status == db.BookingStatusPencilled {
			bs, be := key(b.Start), key(b.End)
			for _, u := range byTech[*b.TechnicianID] {
				if u.s > be {
					break // sorted by start: no later one can overlap
				}
				if u.e >= bs {
					dt.unavailable(b, &dt.in.Unavailabilities[u.i])
				}
			}
		}
		t, tech := dt.tasks[b.TaskID], dt.techs[*b.TechnicianID]
		if t != nil && tech != nil && t.OperationCode != "" && !slices.Contains(tech.Skills, t.OperationCode) {
			dt.skill(b, t, tech)
		}
	}
}

func (dt *detector) unavailable(b *Booking, u *Unavailability) {
	from, to := b.Start, b.End
	if key(u.Start) > key(from) {
		from = u.Start
	}
	if key(u.End) < key(to) {
		to = u.End
	}
	name := dt.techName(u.TechnicianID)
	uFR, uEN := period(u.Start, u.End)
	if u.Reason != "" {
		uFR += " (" + u.Reason + ")"
		uEN += " (" + u.Reason + ")"
	}
	whenFR, whenEN := period(from, to)
	statusFR, statusEN := "confirmée", "confirmed"
	if b.Status == db.BookingStatusPencilled {
		statusFR, statusEN = "provisoire", "pencilled"
	}
	t := dt.taskRef(b.TaskID, b.ProductionID)
	tid := u.TechnicianID
	dt.out = append(dt.out, Conflict{
		Kind:          KindUnavailable,
		MessageFR:     fmt.Sprintf("%s est indisponible %s, mais a une réservation %s %s : %s.", name, uFR, statusFR, whenFR, t.fr),
		MessageEN:     fmt.Sprintf("%s is unavailable %s but has a %s booking %s: %s.", name, uEN, statusEN, whenEN, t.en),
		From:          from,
		To:            to,
		ProductionIDs: []uuid.UUID{b.ProductionID},
		TaskIDs:       []uuid.UUID{b.TaskID},
		BookingIDs:    []uuid.UUID{b.ID},
		TechnicianID:  &tid,
	})
}

func (dt *detector) skill(b *Booking, t *Task, tech *Technician) {
	ref := dt.taskRef(t.ID, b.ProductionID)
	whenFR, whenEN := period(b.Start, b.End)
	tid := tech.ID
	// The skill is named by its operation's label: its code (GRADING) means nothing to a person.
	skillFR, skillEN := t.OperationCode, t.OperationCode
	if t.OperationFR != "" {
		skillFR = "« " + strings.ToLower(t.OperationFR) + " »"
	}
	if t.OperationEN != "" {
		skillEN = "“" + strings.ToLower(t.OperationEN) + "”"
	}
	dt.out = append(dt.out, Conflict{
		Kind:          KindSkill,
		MessageFR:     fmt.Sprintf("%s demande la compétence %s, que %s n'a pas (réservation %s).", ref.fr, skillFR, dt.techName(tech.ID), whenFR),
		MessageEN:     fmt.Sprintf("%s needs the %s skill, which %s does not have (booking %s).", ref.en, skillEN, dt.techName(tech.ID), whenEN),
		From:          b.Start,
		To:            b.End,
		ProductionIDs: []uuid.UUID{b.ProductionID},
		TaskIDs:       []uuid.UUID{t.ID},
		BookingIDs:    []uuid.UUID{b.ID},
		TechnicianID:  &tid,
	})
}

func (dt *detector) dependencies() {
	for _, dep := range dt.in.Dependencies {
		t, pred := dt.tasks[dep.TaskID], dt.tasks[dep.DependsOnID]
		if t == nil || pred == nil {
			continue
		}
		earliest := calendar.AddWorkingDays(pred.End, 1+dep.LagDays)
		if key(t.Start) >= key(earliest) {
			continue
		}
		tr, pr := dt.taskRef(t.ID, t.ProductionID), dt.taskRef(pred.ID, pred.ProductionID)
		lagFR, lagEN := "", ""
		if dep.LagDays > 0 {
			lagFR = ", avec un délai de " + workingDaysFR(dep.LagDays)
			lagEN = " (plus a lag of " + workingDaysEN(dep.LagDays) + ")"
		}
		dt.out = append(dt.out, Conflict{
			Kind: KindDependency,
			MessageFR: fmt.Sprintf("%s ne peut pas commencer le %s : cette tâche dépend de %s, qui finit le %s%s ; début au plus tôt le %s.",
				tr.fr, formatDate(t.Start), pr.fr, formatDate(pred.End), lagFR, formatDate(earliest)),
			MessageEN: fmt.Sprintf("%s cannot start on %s: it depends on %s, which ends on %s%s; earliest start %s.",
				tr.en, formatDate(t.Start), pr.en, formatDate(pred.End), lagEN, formatDate(earliest)),
			From:          t.Start,
			To:            earliest.AddDays(-1),
			ProductionIDs: distinct(t.ProductionID, pred.ProductionID),
			TaskIDs:       []uuid.UUID{t.ID, pred.ID},
		})
	}
}

func (dt *detector) deadlines() {
	last := make(map[uuid.UUID]*Task, len(dt.prods))
	for i := range dt.in.Tasks {
		t := &dt.in.Tasks[i]
		if l := last[t.ProductionID]; l == nil || key(t.End) > key(l.End) {
			last[t.ProductionID] = t
		}
	}
	for i := range dt.in.Productions {
		p := &dt.in.Productions[i]
		l := last[p.ID]
		if p.Deadline == nil || l == nil || key(l.End) <= key(*p.Deadline) {
			continue
		}
		// The tasks that end too late are the ones the coordinator must
		// move, so they are listed; there are few of them.
		var late []*Task
		for j := range dt.in.Tasks {
			t := &dt.in.Tasks[j]
			if t.ProductionID == p.ID && key(t.End) > key(*p.Deadline) {
				late = append(late, t)
			}
		}
		slices.SortFunc(late, func(x, y *Task) int {
			if c := cmp.Compare(key(x.End), key(y.End)); c != 0 {
				return c
			}
			return bytes.Compare(x.ID[:], y.ID[:])
		})
		ids := make([]uuid.UUID, len(late))
		for j, t := range late {
			ids[j] = t.ID
		}
		after := p.Deadline.AddDays(1)
		n := calendar.CountWorkingDays(after, l.End)
		lateFR, lateEN := "retard de "+workingDaysFR(n), workingDaysEN(n)+" late"
		if n == 0 {
			lateFR, lateEN = "dépassement sur des jours non ouvrés seulement", "late on non-working days only"
		}
		dt.out = append(dt.out, Conflict{
			Kind:          KindDeadline,
			MessageFR:     fmt.Sprintf("« %s » finit le %s, après son échéance du %s (%s).", p.Title, formatDate(l.End), formatDate(*p.Deadline), lateFR),
			MessageEN:     fmt.Sprintf("“%s” ends on %s, after its deadline of %s (%s).", p.Title, formatDate(l.End), formatDate(*p.Deadline), lateEN),
			From:          after,
			To:            l.End,
			ProductionIDs: []uuid.UUID{p.ID},
			TaskIDs:       ids,
		})
	}
}

type ref struct{ fr, en string }

// taskRef names a task as the coordinator knows it: its label and the
// production it belongs to, since conflicts cross productions.
func (dt *detector) taskRef(taskID, productionID uuid.UUID) ref {
	t := dt.tasks[taskID]
	if t == nil {
		return ref{"une tâche inconnue", "an unknown task"}
	}
	label := t.Label
	if label == "" {
		label = t.OperationCode
	}
	if p := dt.prods[productionID]; p != nil && p.Title != "" {
		label += " — " + p.Title
	} else if p := dt.prods[t.ProductionID]; p != nil && p.Title != "" {
		label += " — " + p.Title
	}
	return ref{"« " + label + " »", "“" + label + "”"}
}

func (dt *detector) techName(id uuid.UUID) string {
	if t := dt.techs[id]; t != nil && t.Name != "" {
		return t.Name
	}
	return id.String()
}

func (dt *detector) roomName(id uuid.UUID) string {
	if r := dt.rooms[id]; r != nil && r.Name != "" {
		return r.Name
	}
	return id.String()
}

// formatDate writes dd/MM/yyyy, the way dates are read in France.
func formatDate(d dates.Date) string {
	return fmt.Sprintf("%02d/%02d/%04d", d.Day, int(d.Month), d.Year)
}

func period(from, to dates.Date) (fr, en string) {
	if from == to {
		return "le " + formatDate(from), "on " + formatDate(from)
	}
	return "du " + formatDate(from) + " au " + formatDate(to), "from " + formatDate(from) + " to " + formatDate(to)
}

func clock(minute int32) string {
	h, m := minute/60, minute%60
	return fmt.Sprintf("%02d:%02d", h, m)
}

func workingDaysFR(n int) string {
	if n == 1 || n == -1 {
		return strconv.Itoa(n) + " jour ouvré"
	}
	return strconv.Itoa(n) + " jours ouvrés"
}

func workingDaysEN(n int) string {
	if n == 1 || n == -1 {
		return strconv.Itoa(n) + " working day"
	}
	return strconv.Itoa(n) + " working days"
}

func distinct(a, b uuid.UUID) []uuid.UUID {
	if a == b {
		return []uuid.UUID{a}
	}
	return []uuid.UUID{a, b}
}

func compareConflicts(a, b Conflict) int {
	if c := cmp.Compare(key(a.From), key(b.From)); c != 0 {
		return c
	}
	if c := strings.Compare(string(a.Kind), string(b.Kind)); c != 0 {
		return c
	}
	if c := compareIDs(a.BookingIDs, b.BookingIDs); c != 0 {
		return c
	}
	if c := compareIDs(a.TaskIDs, b.TaskIDs); c != 0 {
		return c
	}
	if c := compareIDs(a.ProductionIDs, b.ProductionIDs); c != 0 {
		return c
	}
	if c := compareOptional(a.TechnicianID, b.TechnicianID); c != 0 {
		return c
	}
	if c := compareOptional(a.RoomID, b.RoomID); c != 0 {
		return c
	}
	if c := cmp.Compare(key(a.To), key(b.To)); c != 0 {
		return c
	}
	// One booking over two unavailabilities differs only by the words;
	// without this the unstable sort could swap them from run to run.
	return strings.Compare(a.MessageEN, b.MessageEN)
}

func compareOptional(a, b *uuid.UUID) int {
	switch {
	case a == nil || b == nil:
		return cmp.Compare(b2i(a != nil), b2i(b != nil))
	default:
		return bytes.Compare(a[:], b[:])
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func compareIDs(a, b []uuid.UUID) int {
	for i := range min(len(a), len(b)) {
		if c := bytes.Compare(a[i][:], b[i][:]); c != 0 {
			return c
		}
	}
	return cmp.Compare(len(a), len(b))
}
