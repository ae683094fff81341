package server_test

import (
	"slices"
	"testing"

	"github.com/postprod/postprod/db"
)

// A booking on a Sunday its task does not allow, or outside its task's
// dates, is a conflict; the Sunday booking takes place that Sunday for the
// technician ("Mon planning" as "Ma journée": Booking.days).
func TestBookingsOnNonWorkingDaysOrOutsideTheTask(t *testing.T) {
	e := newEnv(t)
	fx := e.newOrg("Calendrier Post")
	coord, tech := fx.as(db.RoleCoordinator), fx.as(db.RoleTechnician)
	prod := fx.production()
	task := fx.task(prod, "endDate", "2026-03-13") // Monday 2 to Friday 13 March 2026
	sunday := fx.booking(task, "technicianId", fx.technicianID, "startDate", "2026-03-08", "endDate", "2026-03-08")
	early := fx.booking(task, "roomId", fx.room(), "startDate", "2026-02-27", "endDate", "2026-03-03")
	whole := fx.booking(task, "roomId", fx.room()) // the task's two weeks, a weekend inside: no conflict
	weekend := fx.task(prod, "startDate", "2026-03-14", "endDate", "2026-03-15", "allowNonWorking", true)
	allowed := fx.booking(weekend, "roomId", fx.room())

	type conflict struct {
		Kind, Message string
		Bookings      []struct{ ID string }
	}
	var d struct{ Conflicts []conflict }
	e.call(coord, `{ conflicts(from:"2026-02-01", to:"2026-03-31") { kind message bookings { id } } }`, nil, &d)
	byBooking := map[string][]string{}
	for _, c := range d.Conflicts {
		for _, b := range c.Bookings {
			byBooking[b.ID] = append(byBooking[b.ID], c.Kind)
		}
		switch c.Kind {
		case "NON_WORKING_DAY":
			if !slices.Contains([]string{
				"Réservation de Théo Technicien sur un jour non ouvré (dimanche 08/03/2026) : « Montage image offline — Production 1 ». La tâche n'autorise pas le travail les week-ends et jours fériés.",
			}, c.Message) {
				t.Errorf("message %q", c.Message)
			}
		case "OUTSIDE_TASK":
			if c.Message == "" {
				t.Error("no message")
			}
		}
	}
	if !slices.Contains(byBooking[sunday], "NON_WORKING_DAY") || !slices.Contains(byBooking[early], "OUTSIDE_TASK") ||
		slices.Contains(byBooking[early], "NON_WORKING_DAY") || len(byBooking[whole]) != 0 || len(byBooking[allowed]) != 0 {
		t.Fatalf("conflicts by booking: %v", byBooking)
	}

	// The technician's schedule and day both hold the Sunday booking.
	var mine struct {
		Bookings struct {
			Edges []struct {
				Node struct {
					ID   string
					Days []string
				}
			}
		}
	}
	e.call(tech, `{ bookings(filter:{ from:"2026-03-08", to:"2026-03-08" }) { edges { node { id days } } } }`, nil, &mine)
	if len(mine.Bookings.Edges) != 1 || mine.Bookings.Edges[0].Node.ID != sunday || !slices.Equal(mine.Bookings.Edges[0].Node.Days, []string{"2026-03-08"}) {
		t.Fatalf("the technician's Sunday: %+v", mine.Bookings.Edges)
	}
	var all struct {
		Bookings struct {
			Edges []struct {
				Node struct {
					ID   string
					Days []string
				}
			}
		}
	}
	e.call(coord, `{ bookings(first:50) { edges { node { id days } } } }`, nil, &all)
	for _, ed := range all.Bookings.Edges {
		n := ed.Node
		switch n.ID {
		case whole:
			if len(n.Days) != 10 || slices.Contains(n.Days, "2026-03-07") {
				t.Errorf("two weeks: %v", n.Days)
			}
		case allowed:
			if !slices.Equal(n.Days, []string{"2026-03-14", "2026-03-15"}) {
				t.Errorf("an allowed weekend: %v", n.Days)
			}
		}
	}
}
