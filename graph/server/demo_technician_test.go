package server_test

import (
	"slices"
	"testing"
	"time"

	"github.com/postprod/postprod/internal/kernel/calendar"
	"github.com/postprod/postprod/internal/kernel/dates"
)

// The demo technician files their slips on their bookings: every slip is on
// a working day of a confirmed booking of theirs, and today (a working day)
// is booked, so "Ma journée", "Mon planning" and "Mes bons" agree.
func TestDemoTechnicianSlipsMatchTheirBookings(t *testing.T) {
	e := newEnv(t)
	tok := e.login("tech@demo.test").Access
	today := dates.Of(time.Now().In(dates.Paris))
	var d struct {
		Bookings struct {
			Edges []struct {
				Node struct {
					Status string
					Days   []string
				}
			}
		}
		Slips struct {
			Edges []struct{ Node struct{ Date string } }
		}
	}
	e.call(tok, `query($f:Date!,$t:Date!){ bookings(first:200, filter:{ from:$f, to:$t }){ edges { node { status days } } }
		slips(first:200, filter:{ from:$f, to:$t }){ edges { node { date } } } }`,
		map[string]any{"f": today.AddDays(-30).String(), "t": today.AddDays(10).String()}, &d)
	booked := map[string]bool{}
	for _, b := range d.Bookings.Edges {
		if b.Node.Status == "CONFIRMED" {
			for _, day := range b.Node.Days {
				booked[day] = true
			}
		}
	}
	if len(d.Slips.Edges) < 5 {
		t.Fatalf("%d slips for the demo technician", len(d.Slips.Edges))
	}
	for _, s := range d.Slips.Edges {
		day, _ := dates.Parse(s.Node.Date)
		if !booked[s.Node.Date] || !calendar.IsWorkingDay(day) {
			t.Errorf("a slip on %s, not on a working day of a confirmed booking", s.Node.Date)
		}
	}
	if calendar.IsWorkingDay(today) && !booked[today.String()] {
		t.Errorf("today %s is not booked; booked: %v", today, slices.Sorted(func(yield func(string) bool) {
			for k := range booked {
				if !yield(k) {
					return
				}
			}
		}))
	}
}
