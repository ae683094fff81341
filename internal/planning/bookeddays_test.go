package planning

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/uuid"

	"github.com/postprod/postprod/db"
)

func TestBookedDays(t *testing.T) {
	for _, tc := range []struct {
		name, start, end string
		allow            bool
		want             []string
	}{
		{"a week skips nothing", "2026-03-09", "2026-03-13", false, []string{"2026-03-09", "2026-03-10", "2026-03-11", "2026-03-12", "2026-03-13"}},
		{"a weekend inside is not worked", "2026-03-13", "2026-03-16", false, []string{"2026-03-13", "2026-03-16"}},
		{"a holiday inside is not worked", "2026-04-30", "2026-05-04", false, []string{"2026-04-30", "2026-05-04"}},
		{"a Sunday alone is worked", "2026-03-15", "2026-03-15", false, []string{"2026-03-15"}},
		{"a weekend alone is worked", "2026-03-14", "2026-03-15", false, []string{"2026-03-14", "2026-03-15"}},
		{"a Sunday at the start is worked", "2026-03-15", "2026-03-17", false, []string{"2026-03-15", "2026-03-16", "2026-03-17"}},
		{"a Saturday at the end is worked", "2026-03-12", "2026-03-14", false, []string{"2026-03-12", "2026-03-13", "2026-03-14"}},
		{"allowed, every day", "2026-03-13", "2026-03-16", true, []string{"2026-03-13", "2026-03-14", "2026-03-15", "2026-03-16"}},
	} {
		var got []string
		for _, d := range BookedDays(day(t, tc.start), day(t, tc.end), tc.allow) {
			got = append(got, d.String())
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: %v, want %v", tc.name, got, tc.want)
		}
	}
}

// Bookings on a weekend or a holiday the task does not allow, and bookings
// outside their task's dates, are conflicts.
func TestDetectCalendarConflicts(t *testing.T) {
	full := func(n int, taskID uuid.UUID, tech, room *uuid.UUID, start, end string, st db.BookingStatus) Booking {
		return booking(t, n, taskID, tech, room, start, end, 540, 1080, st)
	}
	type want struct {
		kind     ConflictKind
		from, to string
		fr, en   string
	}
	for _, tc := range []struct {
		name  string
		edit  func(in *Input)
		wants []want
	}{
		{
			name: "a Sunday booking",
			edit: func(in *Input) {
				in.Bookings = []Booking{full(1, montag, &julie, nil, "2026-03-15", "2026-03-15", db.BookingStatusConfirmed)}
			},
			wants: []want{{kind: KindNonWorkingDay, from: "2026-03-15", to: "2026-03-15",
				fr: "Réservation de Julie Martin sur un jour non ouvré (dimanche 15/03/2026) : « Montage image — Les Heures claires ». La tâche n'autorise pas le travail les week-ends et jours fériés.",
				en: "Julie Martin is booked on a non-working day (Sunday 15/03/2026): “Montage image — Les Heures claires”. The task does not allow weekend or holiday work."}},
		},
		{
			name: "a room pencilled over a weekend and a holiday Monday",
			edit: func(in *Input) {
				in.Tasks[0].Start, in.Tasks[0].End = day(t, "2026-04-01"), day(t, "2026-04-10")
				in.Bookings = []Booking{full(1, montag, nil, &audA, "2026-04-02", "2026-04-06", db.BookingStatusPencilled)}
			},
			wants: []want{{kind: KindNonWorkingDay, from: "2026-04-04", to: "2026-04-06",
				fr: "Réservation de la salle « Auditorium A » sur des jours non ouvrés (samedi 04/04/2026, dimanche 05/04/2026, 06/04/2026 (Lundi de Pâques)) : « Montage image — Les Heures claires ». La tâche n'autorise pas le travail les week-ends et jours fériés."}},
		},
		{
			name: "a weekend inside a long booking is not a conflict",
			edit: func(in *Input) {
				in.Bookings = []Booking{full(1, montag, &julie, nil, "2026-03-09", "2026-03-20", db.BookingStatusConfirmed)}
			},
		},
		{
			name: "a task allowing weekend work",
			edit: func(in *Input) {
				in.Tasks[0].AllowNonWorking = true
				in.Bookings = []Booking{full(1, montag, &julie, nil, "2026-03-14", "2026-03-15", db.BookingStatusConfirmed)}
			},
		},
		{
			name: "cancelled bookings are not looked at",
			edit: func(in *Input) {
				in.Bookings = []Booking{full(1, montag, &julie, nil, "2026-03-01", "2026-03-01", db.BookingStatusCancelled)}
			},
		},
		{
			name: "a booking beginning before its task",
			edit: func(in *Input) {
				in.Bookings = []Booking{full(1, montag, &julie, nil, "2026-03-05", "2026-03-10", db.BookingStatusConfirmed)}
			},
			wants: []want{{kind: KindOutsideTask, from: "2026-03-05", to: "2026-03-08",
				fr: "La réservation de Julie Martin du 05/03/2026 au 10/03/2026 déborde des dates de sa tâche « Montage image — Les Heures claires » (du 09/03/2026 au 20/03/2026).",
				en: "The booking of Julie Martin from 05/03/2026 to 10/03/2026 runs outside the dates of its task “Montage image — Les Heures claires” (from 09/03/2026 to 20/03/2026)."}},
		},
		{
			name: "a booking after its task, on a Monday",
			edit: func(in *Input) {
				in.Bookings = []Booking{full(1, montag, &julie, nil, "2026-03-23", "2026-03-23", db.BookingStatusPencilled)}
			},
			wants: []want{{kind: KindOutsideTask, from: "2026-03-23", to: "2026-03-23"}},
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
				if c.Kind != w.kind || c.From != day(t, w.from) || c.To != day(t, w.to) || len(c.BookingIDs) != 1 || c.BookingIDs[0] != id('b', 1) {
					t.Errorf("conflict %d = %s %s..%s %v, want %s %s..%s", i, c.Kind, c.From, c.To, c.BookingIDs, w.kind, w.from, w.to)
				}
				if (w.fr != "" && c.MessageFR != w.fr) || (w.en != "" && c.MessageEN != w.en) {
					t.Errorf("conflict %d:\n got %s\n     %s\nwant %s\n     %s", i, c.MessageFR, c.MessageEN, w.fr, w.en)
				}
				if c.MessageFR == "" || c.MessageEN == "" || strings.Contains(c.MessageFR, "?") {
					t.Errorf("conflict %d lacks a message: %q %q", i, c.MessageFR, c.MessageEN)
				}
			}
		})
	}
}
