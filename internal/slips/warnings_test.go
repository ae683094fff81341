package slips_test

import (
	"slices"
	"testing"
	"time"

	"github.com/google/uuid"

	"github.com/postprod/postprod/internal/kernel/dates"
	"github.com/postprod/postprod/internal/slips"
)

// sitting is a session of the technician tech from the day at start for
// hours, with no break (start "18:00", hours 15 ends at 09:00 the next day).
func sitting(t *testing.T, tech uuid.UUID, d dates.Date, start string, minutes int) slips.Sitting {
	t.Helper()
	s, err := slips.Derive(d, start, "00:01", 0) // only for the start time
	if err != nil {
		t.Fatal(err)
	}
	return slips.Sitting{ID: uuid.New(), TechnicianID: tech, Day: d, Start: s.Start, End: s.Start.Add(time.Duration(minutes) * time.Minute), Worked: minutes}
}

func codes(ws []slips.SlipWarning) []slips.WarningCode {
	var out []slips.WarningCode
	for _, w := range ws {
		out = append(out, w.Code)
	}
	return out
}

func TestWarnings(t *testing.T) {
	tech, other := uuid.New(), uuid.New()
	sunday := dates.Date{Year: 2026, Month: time.March, Day: 15}
	monday := sunday.AddDays(1)

	t.Run("a night of 15 hours, then a second session the same day", func(t *testing.T) {
		night := sitting(t, tech, sunday, "18:00", 15*60)
		got := slips.Warnings([]slips.Sitting{night})
		if w := got[night.ID]; !slices.Equal(codes(w), []slips.WarningCode{slips.WarnLongSession, slips.WarnLongDay}) ||
			w[0].MessageFR != "Séance de 15 h (au-delà de 10 h)" || w[1].MessageFR != "Journée de 15 h (au-delà de 12 h)" ||
			w[1].MessageEN != "Day of 15 h (over 12 h)" || w[1].Minutes != 900 || w[1].LimitMinutes != 720 {
			t.Fatalf("%+v", w)
		}
		morning := sitting(t, tech, sunday, "08:00", 9*60) // 08:00–17:00, before the night
		got = slips.Warnings([]slips.Sitting{night, morning})
		if w := got[morning.ID]; len(w) != 0 {
			t.Fatalf("the morning, 9 h, is within the day's 12 h when it is worked: %+v", w)
		}
		if w := got[night.ID]; !slices.Equal(codes(w), []slips.WarningCode{slips.WarnLongSession, slips.WarnLongDay}) || w[1].MessageFR != "Journée de 24 h (au-delà de 12 h)" {
			t.Fatalf("%+v", w)
		}
	})

	t.Run("exactly at the limits is no warning", func(t *testing.T) {
		a := sitting(t, tech, sunday, "08:00", 10*60)
		b := sitting(t, tech, monday, "05:00", 2*60) // 11 h after 18:00
		got := slips.Warnings([]slips.Sitting{a, b})
		if len(got[a.ID])+len(got[b.ID]) != 0 {
			t.Fatalf("%+v", got)
		}
	})

	t.Run("less than 11 hours of rest flags both sides", func(t *testing.T) {
		a := sitting(t, tech, sunday, "12:00", 10*60) // ends 22:00
		b := sitting(t, tech, monday, "06:30", 8*60)  // 8 h 30 later
		c := sitting(t, other, monday, "06:30", 8*60) // another technician
		got := slips.Warnings([]slips.Sitting{a, b, c})
		if w := got[a.ID]; !slices.Equal(codes(w), []slips.WarningCode{slips.WarnShortRest}) || w[0].MessageFR != "Repos de 8 h 30 seulement après cette séance (moins de 11 h)" {
			t.Fatalf("%+v", w)
		}
		if w := got[b.ID]; !slices.Equal(codes(w), []slips.WarningCode{slips.WarnShortRest}) || w[0].Minutes != 510 || w[0].MessageEN != "Only 8 h 30 of rest before this session (under 11 h)" {
			t.Fatalf("%+v", w)
		}
		if len(got[c.ID]) != 0 {
			t.Fatalf("another technician flagged: %+v", got[c.ID])
		}
	})

	t.Run("a civil week over 48 hours, from the session that crosses it", func(t *testing.T) {
		var week []slips.Sitting
		for i := range 5 { // Monday to Friday, 10 h each, 14 h of rest
			week = append(week, sitting(t, tech, monday.AddDays(i), "08:00", 10*60))
		}
		next := sitting(t, tech, monday.AddDays(7), "08:00", 10*60) // the Monday after: another week
		got := slips.Warnings(append(week, next))
		for i, s := range week {
			want := []slips.WarningCode(nil)
			if i == 4 {
				want = []slips.WarningCode{slips.WarnLongWeek}
			}
			if !slices.Equal(codes(got[s.ID]), want) {
				t.Fatalf("day %d: %+v", i, got[s.ID])
			}
		}
		if w := got[week[4].ID][0]; w.MessageFR != "Semaine de 50 h (au-delà de 48 h)" || w.Minutes != 3000 {
			t.Fatalf("%+v", w)
		}
		if len(got[next.ID]) != 0 {
			t.Fatalf("the next week: %+v", got[next.ID])
		}
	})
}
