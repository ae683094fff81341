package slips

import (
	"testing"

	"github.com/postprod/postprod/internal/kernel/apperr"
	"github.com/postprod/postprod/internal/kernel/dates"
)

func TestDerive(t *testing.T) {
	day := func(s string) dates.Date { d, _ := dates.Parse(s); return d }
	cases := []struct {
		name             string
		date, start, end string
		brk              int
		worked, night    int
		sunday           bool
		hours            float64 // elapsed wall time
		errField         string
	}{
		{"a day session", "2026-03-03", "09:00", "18:00", 60, 480, 0, false, 9, ""},
		{"night session after midnight", "2026-03-03", "20:00", "02:00", 30, 330, 240, false, 6, ""},
		{"call-sheet notation", "2026-03-03", "20:00", "26:00", 30, 330, 240, false, 6, ""},
		{"early morning is night", "2026-03-03", "05:00", "13:00", 0, 480, 60, false, 8, ""},
		{"Sunday", "2026-03-08", "10:00", "12:00", 0, 120, 0, true, 2, ""},
		{"Saturday night into Sunday", "2026-03-07", "22:00", "01:00", 0, 180, 180, true, 3, ""},
		{"Easter Monday is a holiday", "2026-04-06", "09:00", "12:00", 0, 180, 0, true, 3, ""},
		{"the October clock change makes the night an hour longer", "2026-10-24", "22:00", "06:00", 0, 540, 540, true, 9, ""},
		{"the March change makes it shorter", "2026-03-28", "22:00", "06:00", 0, 420, 420, true, 7, ""},
		{"end equals start", "2026-03-03", "09:00", "09:00", 0, 0, 0, false, 0, "end"},
		{"break longer than the session", "2026-03-03", "09:00", "10:00", 90, 0, 0, false, 0, "breakMinutes"},
		{"negative break", "2026-03-03", "09:00", "10:00", -5, 0, 0, false, 0, "breakMinutes"},
		{"more than 24 hours", "2026-03-03", "09:00", "33:30", 0, 0, 0, false, 0, "end"},
		{"malformed time", "2026-03-03", "9h", "18:00", 0, 0, 0, false, 0, "start"},
		{"start beyond the day", "2026-03-03", "25:00", "26:00", 0, 0, 0, false, 0, "start"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s, err := Derive(day(c.date), c.start, c.end, c.brk)
			if c.errField != "" {
				ae, ok := apperr.As(err)
				if !ok || ae.Field != c.errField {
					t.Fatalf("want an error on %s, got %v", c.errField, err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if s.Worked != c.worked || s.Night != c.night || s.SundayOrHoliday != c.sunday || s.End.Sub(s.Start).Hours() != c.hours {
				t.Fatalf("got worked %d night %d sunday %v hours %v", s.Worked, s.Night, s.SundayOrHoliday, s.End.Sub(s.Start).Hours())
			}
		})
	}
}
