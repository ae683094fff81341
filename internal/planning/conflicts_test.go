package planning

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/google/uuid"

	"github.com/postprod/postprod/db"
)

var (
	heures = id('p', 1) // « Les Heures claires »
	terres = id('p', 2) // « Terres d'ici »
	julie  = id('h', 1)
	marc   = id('h', 2)
	audA   = id('r', 1)
	montag = id('t', 1) // Montage image — Les Heures claires, 9–20 March 2026
	mixage = id('t', 2) // Mixage — Terres d'ici, 9–20 March 2026
	etalon = id('t', 3) // Étalonnage — Les Heures claires, after montage
)

func ptr[T any](v T) *T { return &v }

// fixture is two productions sharing a technician and a room.
func fixture(t testing.TB) Input {
	return Input{
		Productions: []Production{
			{ID: heures, Title: "Les Heures claires"},
			{ID: terres, Title: "Terres d'ici"},
		},
		Tasks: []Task{
			{ID: montag, ProductionID: heures, Label: "Montage image", OperationCode: "OFFLINE_EDIT", Start: day(t, "2026-03-09"), End: day(t, "2026-03-20")},
			{ID: mixage, ProductionID: terres, Label: "Mixage", OperationCode: "MIX", Start: day(t, "2026-03-09"), End: day(t, "2026-03-20")},
		},
		Technicians: []Technician{
			{ID: julie, Name: "Julie Martin", Skills: []string{"OFFLINE_EDIT", "MIX"}},
			{ID: marc, Name: "Marc Petit", Skills: []string{"COLOR_GRADING"}},
		},
		Rooms: []Room{{ID: audA, Name: "Auditorium A"}},
	}
}

func booking(t testing.TB, n int, taskID uuid.UUID, tech, room *uuid.UUID, start, end string, from, to int, st db.BookingStatus) Booking {
	prod := heures
	if taskID == mixage {
		prod = terres
	}
	return Booking{ID: id('b', n), TaskID: taskID, ProductionID: prod, TechnicianID: tech, RoomID: room,
		Start: day(t, start), End: day(t, end), FromMinute: from, ToMinute: to, Status: st}
}

func TestDetect(t *testing.T) {
	full := func(n int, taskID uuid.UUID, tech, room *uuid.UUID, start, end string, st db.BookingStatus) Booking {
		return booking(t, n, taskID, tech, room, start, end, 540, 1080, st)
	}
	type want struct {
		kind     ConflictKind
		from, to string
		bookings []uuid.UUID
		fr       string // exact French message, when given
		contains []string
	}
	for _, tc := range []struct {
		name  string
		edit  func(in *Input)
		wants []want
	}{
		{
			name: "technician confirmed twice across two productions",
			edit: func(in *Input) {
				in.Bookings = []Booking{
					full(2, mixage, &julie, nil, "2026-03-13", "2026-03-16", db.BookingStatusConfirmed),
					full(1, montag, &julie, nil, "2026-03-12", "2026-03-13", db.BookingStatusConfirmed),
				}
			},
			wants: []want{{kind: KindDoubleBooking, from: "2026-03-13", to: "2026-03-13", bookings: []uuid.UUID{id('b', 1), id('b', 2)},
				fr:       "Julie Martin a deux réservations confirmées en même temps le 13/03/2026 : « Montage image — Les Heures claires » et « Mixage — Terres d'ici ».",
				contains: []string{"Julie Martin has two confirmed bookings at the same time on 13/03/2026: “Montage image — Les Heures claires” and “Mixage — Terres d'ici”."}}},
		},
		{
			name: "morning and afternoon of the same day do not clash",
			edit: func(in *Input) {
				in.Bookings = []Booking{
					booking(t, 1, montag, &julie, nil, "2026-03-12", "2026-03-12", 540, 780, db.BookingStatusConfirmed),
					booking(t, 2, mixage, &julie, nil, "2026-03-12", "2026-03-12", 780, 1080, db.BookingStatusConfirmed),
				}
			},
		},
		{
			name: "overlapping part days name the hours",
			edit: func(in *Input) {
				in.Bookings = []Booking{
					booking(t, 1, montag, &julie, nil, "2026-03-10", "2026-03-12", 540, 780, db.BookingStatusConfirmed),
					booking(t, 2, mixage, &julie, nil, "2026-03-12", "2026-03-13", 720, 1080, db.BookingStatusConfirmed),
				}
			},
			wants: []want{{kind: KindDoubleBooking, from: "2026-03-12", to: "2026-03-12", bookings: []uuid.UUID{id('b', 1), id('b', 2)},
				contains: []string{"le 12/03/2026 de 12:00 à 13:00 :", "on 12/03/2026 from 12:00 to 13:00:"}}},
		},
		{
			name: "pencilled bookings do not double-book",
			edit: func(in *Input) {
				in.Bookings = []Booking{
					full(1, montag, &julie, nil, "2026-03-12", "2026-03-13", db.BookingStatusConfirmed),
					full(2, mixage, &julie, nil, "2026-03-12", "2026-03-13", db.BookingStatusPencilled),
					full(3, mixage, &julie, nil, "2026-03-12", "2026-03-13", db.BookingStatusPencilled),
				}
			},
		},
		{
			name: "cancelled bookings are ignored by every rule",
			edit: func(in *Input) {
				in.Bookings = []Booking{
					full(1, montag, &julie, nil, "2026-03-12", "2026-03-13", db.BookingStatusConfirmed),
					full(2, mixage, &julie, nil, "2026-03-12", "2026-03-13", db.BookingStatusCancelled),
					full(3, montag, &marc, nil, "2026-03-12", "2026-03-13", db.BookingStatusCancelled),
				}
				in.Unavailabilities = []Unavailability{{ID: id('u', 1), TechnicianID: marc, Start: day(t, "2026-03-12"), End: day(t, "2026-03-12")}}
			},
		},
		{
			name: "room booked twice over several days",
			edit: func(in *Input) {
				in.Bookings = []Booking{
					full(1, montag, nil, &audA, "2026-03-10", "2026-03-16", db.BookingStatusConfirmed),
					full(2, mixage, nil, &audA, "2026-03-12", "2026-03-20", db.BookingStatusConfirmed),
				}
			},
			wants: []want{{kind: KindDoubleBooking, from: "2026-03-12", to: "2026-03-16", bookings: []uuid.UUID{id('b', 1), id('b', 2)},
				fr: "La salle « Auditorium A » a deux réservations confirmées en même temps du 12/03/2026 au 16/03/2026 : « Montage image — Les Heures claires » et « Mixage — Terres d'ici »."}},
		},
		{
			name: "consecutive days do not clash",
			edit: func(in *Input) {
				in.Bookings = []Booking{
					full(1, montag, nil, &audA, "2026-03-10", "2026-03-12", db.BookingStatusConfirmed),
					full(2, mixage, nil, &audA, "2026-03-13", "2026-03-20", db.BookingStatusConfirmed),
				}
			},
		},
		{
			name: "three overlapping bookings make three pairs",
			edit: func(in *Input) {
				in.Bookings = []Booking{
					full(1, montag, &julie, nil, "2026-03-09", "2026-03-20", db.BookingStatusConfirmed),
					full(2, mixage, &julie, nil, "2026-03-10", "2026-03-10", db.BookingStatusConfirmed),
					full(3, mixage, &julie, nil, "2026-03-11", "2026-03-12", db.BookingStatusConfirmed),
					full(4, montag, &julie, nil, "2026-03-12", "2026-03-13", db.BookingStatusConfirmed),
				}
			},
			wants: []want{
				{kind: KindDoubleBooking, from: "2026-03-10", to: "2026-03-10", bookings: []uuid.UUID{id('b', 1), id('b', 2)}},
				{kind: KindDoubleBooking, from: "2026-03-11", to: "2026-03-12", bookings: []uuid.UUID{id('b', 1), id('b', 3)}},
				{kind: KindDoubleBooking, from: "2026-03-12", to: "2026-03-13", bookings: []uuid.UUID{id('b', 1), id('b', 4)}},
				{kind: KindDoubleBooking, from: "2026-03-12", to: "2026-03-12", bookings: []uuid.UUID{id('b', 3), id('b', 4)}},
			},
		},
		{
			name: "confirmed booking during an unavailability",
			edit: func(in *Input) {
				in.Bookings = []Booking{full(1, montag, &julie, nil, "2026-03-12", "2026-03-13", db.BookingStatusConfirmed)}
				in.Unavailabilities = []Unavailability{
					{ID: id('u', 1), TechnicianID: julie, Start: day(t, "2026-03-13"), End: day(t, "2026-03-17"), Reason: "congés"},
					{ID: id('u', 2), TechnicianID: julie, Start: day(t, "2026-03-02"), End: day(t, "2026-03-11"), Reason: "autre tournage"},
					{ID: id('u', 3), TechnicianID: marc, Start: day(t, "2026-03-12"), End: day(t, "2026-03-12")},
				}
			},
			wants: []want{{kind: KindUnavailable, from: "2026-03-13", to: "2026-03-13", bookings: []uuid.UUID{id('b', 1)},
				fr:       "Julie Martin est indisponible du 13/03/2026 au 17/03/2026 (congés), mais a une réservation confirmée le 13/03/2026 : « Montage image — Les Heures claires ».",
				contains: []string{"Julie Martin is unavailable from 13/03/2026 to 17/03/2026 (congés) but has a confirmed booking on 13/03/2026: “Montage image — Les Heures claires”."}}},
		},
		{
			name: "pencilled booking during an unavailability",
			edit: func(in *Input) {
				in.Bookings = []Booking{full(1, mixage, &julie, nil, "2026-03-09", "2026-03-20", db.BookingStatusPencilled)}
				in.Unavailabilities = []Unavailability{{ID: id('u', 1), TechnicianID: julie, Start: day(t, "2026-03-16"), End: day(t, "2026-03-16")}}
			},
			wants: []want{{kind: KindUnavailable, from: "2026-03-16", to: "2026-03-16", bookings: []uuid.UUID{id('b', 1)},
				fr: "Julie Martin est indisponible le 16/03/2026, mais a une réservation provisoire le 16/03/2026 : « Mixage — Terres d'ici »."}},
		},
		{
			name: "technician without the skill",
			edit: func(in *Input) {
				in.Bookings = []Booking{
					full(1, montag, &marc, nil, "2026-03-12", "2026-03-13", db.BookingStatusConfirmed),
					full(2, montag, &marc, nil, "2026-03-16", "2026-03-16", db.BookingStatusPencilled),
					full(3, montag, &julie, nil, "2026-03-17", "2026-03-17", db.BookingStatusConfirmed),
					full(4, montag, nil, &audA, "2026-03-12", "2026-03-13", db.BookingStatusConfirmed),
				}
			},
			wants: []want{
				{kind: KindSkill, from: "2026-03-12", to: "2026-03-13", bookings: []uuid.UUID{id('b', 1)},
					fr: "« Montage image — Les Heures claires » demande la compétence OFFLINE_EDIT, que Marc Petit n'a pas (réservation du 12/03/2026 au 13/03/2026)."},
				{kind: KindSkill, from: "2026-03-16", to: "2026-03-16", bookings: []uuid.UUID{id('b', 2)}},
			},
		},
		{
			name: "task starting before its predecessor ends",
			edit: func(in *Input) {
				in.Tasks = append(in.Tasks, Task{ID: etalon, ProductionID: heures, Label: "Étalonnage", OperationCode: "COLOR_GRADING",
					Start: day(t, "2026-03-16"), End: day(t, "2026-03-27")})
				in.Dependencies = []Dependency{{TaskID: etalon, DependsOnID: montag}}
			},
			wants: []want{{kind: KindDependency, from: "2026-03-16", to: "2026-03-22",
				fr: "« Étalonnage — Les Heures claires » ne peut pas commencer le 16/03/2026 : cette tâche dépend de « Montage image — Les Heures claires », qui finit le 20/03/2026 ; début au plus tôt le 23/03/2026."}},
		},
		{
			name: "lag in working days",
			edit: func(in *Input) {
				// montage ends Fri 20: lag 2 means not before Wed 25.
				in.Tasks = append(in.Tasks, Task{ID: etalon, ProductionID: heures, Label: "Étalonnage", Start: day(t, "2026-03-24"), End: day(t, "2026-03-27")})
				in.Dependencies = []Dependency{{TaskID: etalon, DependsOnID: montag, LagDays: 2}}
			},
			wants: []want{{kind: KindDependency, from: "2026-03-24", to: "2026-03-24",
				contains: []string{"avec un délai de 2 jours ouvrés ; début au plus tôt le 25/03/2026", "(plus a lag of 2 working days); earliest start 25/03/2026"}}},
		},
		{
			name: "lag satisfied exactly, across productions and a holiday",
			edit: func(in *Input) {
				in.Tasks[0].End = day(t, "2026-04-30") // Thursday before 1 May
				in.Tasks[1].Start, in.Tasks[1].End = day(t, "2026-05-04"), day(t, "2026-05-06")
				in.Dependencies = []Dependency{{TaskID: mixage, DependsOnID: montag}}
			},
		},
		{
			name: "production late for its deadline",
			edit: func(in *Input) {
				in.Productions[1].Deadline = ptr(day(t, "2026-03-18"))
				in.Productions[0].Deadline = ptr(day(t, "2026-03-20")) // met exactly
			},
			wants: []want{{kind: KindDeadline, from: "2026-03-19", to: "2026-03-20",
				fr: "« Terres d'ici » finit le 20/03/2026, après son échéance du 18/03/2026 (retard de 2 jours ouvrés)."}},
		},
		{
			name: "late on a weekend only",
			edit: func(in *Input) {
				in.Tasks[1].End, in.Tasks[1].AllowNonWorking = day(t, "2026-03-22"), true
				in.Productions[1].Deadline = ptr(day(t, "2026-03-20"))
			},
			wants: []want{{kind: KindDeadline, from: "2026-03-21", to: "2026-03-22",
				contains: []string{"dépassement sur des jours non ouvrés seulement", "late on non-working days only"}}},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := fixture(t)
			tc.edit(&in)
			got := Detect(in)
			if len(got) != len(tc.wants) {
				for _, c := range got {
					t.Log(c.Kind, c.MessageFR)
				}
				t.Fatalf("%d conflicts, want %d", len(got), len(tc.wants))
			}
			for i, w := range tc.wants {
				c := got[i]
				if c.Kind != w.kind || c.From != day(t, w.from) || c.To != day(t, w.to) {
					t.Errorf("conflict %d = %s %s..%s, want %s %s..%s", i, c.Kind, c.From, c.To, w.kind, w.from, w.to)
				}
				if w.bookings != nil && !slices.Equal(c.BookingIDs, w.bookings) {
					t.Errorf("conflict %d bookings = %v, want %v", i, c.BookingIDs, w.bookings)
				}
				if w.fr != "" && c.MessageFR != w.fr {
					t.Errorf("conflict %d:\n got %s\nwant %s", i, c.MessageFR, w.fr)
				}
				for _, s := range w.contains {
					if !strings.Contains(c.MessageFR, s) && !strings.Contains(c.MessageEN, s) {
						t.Errorf("conflict %d does not say %q:\n%s\n%s", i, s, c.MessageFR, c.MessageEN)
					}
				}
				if c.MessageFR == "" || c.MessageEN == "" {
					t.Errorf("conflict %d lacks a message", i)
				}
			}
		})
	}
}

func TestDetectIDs(t *testing.T) {
	in := fixture(t)
	in.Bookings = []Booking{
		booking(t, 1, montag, &julie, nil, "2026-03-12", "2026-03-12", 540, 1080, db.BookingStatusConfirmed),
		booking(t, 2, mixage, &julie, nil, "2026-03-12", "2026-03-12", 540, 1080, db.BookingStatusConfirmed),
		booking(t, 3, montag, nil, &audA, "2026-03-12", "2026-03-12", 540, 1080, db.BookingStatusConfirmed),
		booking(t, 4, montag, nil, &audA, "2026-03-12", "2026-03-12", 540, 1080, db.BookingStatusConfirmed),
	}
	got := Detect(in)
	if len(got) != 2 {
		t.Fatalf("%d conflicts", len(got))
	}
	tech, room := got[0], got[1]
	if tech.TechnicianID == nil || *tech.TechnicianID != julie || tech.RoomID != nil {
		t.Errorf("technician conflict: %+v", tech)
	}
	if !slices.Equal(tech.ProductionIDs, []uuid.UUID{heures, terres}) || !slices.Equal(tech.TaskIDs, []uuid.UUID{montag, mixage}) {
		t.Errorf("technician conflict ids: %v %v", tech.ProductionIDs, tech.TaskIDs)
	}
	if room.RoomID == nil || *room.RoomID != audA || room.TechnicianID != nil {
		t.Errorf("room conflict: %+v", room)
	}
	if !slices.Equal(room.ProductionIDs, []uuid.UUID{heures}) || !slices.Equal(room.TaskIDs, []uuid.UUID{montag}) {
		t.Errorf("room conflict ids: %v %v", room.ProductionIDs, room.TaskIDs)
	}
}

// The same facts in any order give the same conflicts in the same order.
func TestDetectDeterministic(t *testing.T) {
	in := benchInput()
	want := Detect(in)
	if len(want) == 0 {
		t.Fatal("the benchmark organisation should have conflicts")
	}
	for i := 1; i < len(want); i++ {
		if compareConflicts(want[i-1], want[i]) > 0 {
			t.Fatalf("not sorted at %d", i)
		}
		if want[i].From.Before(want[i-1].From) {
			t.Fatalf("not sorted by date at %d", i)
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	shuffled := in
	shuffled.Bookings = slices.Clone(in.Bookings)
	shuffled.Tasks = slices.Clone(in.Tasks)
	shuffled.Unavailabilities = slices.Clone(in.Unavailabilities)
	r.Shuffle(len(shuffled.Bookings), func(i, j int) {
		shuffled.Bookings[i], shuffled.Bookings[j] = shuffled.Bookings[j], shuffled.Bookings[i]
	})
	r.Shuffle(len(shuffled.Tasks), func(i, j int) { shuffled.Tasks[i], shuffled.Tasks[j] = shuffled.Tasks[j], shuffled.Tasks[i] })
	r.Shuffle(len(shuffled.Unavailabilities), func(i, j int) {
		shuffled.Unavailabilities[i], shuffled.Unavailabilities[j] = shuffled.Unavailabilities[j], shuffled.Unavailabilities[i]
	})
	if got := Detect(shuffled); !reflect.DeepEqual(got, want) {
		t.Fatal("shuffling the input changed the conflicts")
	}
}

// The sweep is checked against the obvious quadratic comparison within
// each resource on the benchmark organisation.
func TestDoubleBookingsAgainstBruteForce(t *testing.T) {
	in := benchInput()
	perResource := map[uuid.UUID][]*Booking{}
	for i := range in.Bookings {
		b := &in.Bookings[i]
		if b.Status != db.BookingStatusConfirmed {
			continue
		}
		for _, r := range []*uuid.UUID{b.TechnicianID, b.RoomID} {
			if r != nil {
				perResource[*r] = append(perResource[*r], b)
			}
		}
	}
	count := 0
	for _, bs := range perResource {
		for i, a := range bs {
			for _, b := range bs[i+1:] {
				if b.End.Before(a.Start) || a.End.Before(b.Start) {
					continue
				}
				fa, ta := window(a)
				fb, tb := window(b)
				if fa < tb && fb < ta {
					count++
				}
			}
		}
	}
	got := 0
	for _, c := range Detect(in) {
		if c.Kind == KindDoubleBooking {
			got++
		}
	}
	if got != count || count == 0 {
		t.Fatalf("sweep found %d double bookings, brute force %d", got, count)
	}
}
