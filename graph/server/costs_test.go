package server_test

// Costs are private (DOMAIN.md): technicians' rates, team rates, room rates
// and the cost of tracked time are read by ADMIN, COORDINATOR, ACCOUNTANT
// and INTEGRATION (the organisation's accounting system); a technician
// reads their own rates; everyone else reads null, whatever the path that
// reaches the row.

import (
	"fmt"
	"slices"
	"testing"

	"github.com/postprod/postprod/db"
)

// costCase is one organisation with a production whose team has the
// technician member ("own") and a colleague, a task booked with both and a
// room, an overrun on that task (four hours worked on two planned), and a
// slip in that room.
type costCase struct {
	fx                          *org
	prod, task, room, colleague string
}

func newCostCase(e *env) *costCase {
	e.t.Helper()
	fx := e.newOrg("Coûts Privés")
	c := &costCase{fx: fx, prod: fx.production()}
	c.colleague = fx.technician("hourlyRate", "60", "dailyRate", "480")
	fx.teamMember(c.prod, fx.technicianID, "dailyRate", "420")
	fx.teamMember(c.prod, c.colleague, "dailyRate", "500")
	c.task = fx.task(c.prod, "plannedHours", 2)
	c.room = fx.room("dailyRate", "250")
	fx.booking(c.task, "technicianId", fx.technicianID)
	fx.booking(c.task, "technicianId", c.colleague)
	fx.booking(c.task, "roomId", c.room)
	fx.slip(c.prod, "taskId", c.task, "operationId", nil, "roomId", c.room)
	return c
}

// whose says whose cost a value is.
type whose int

const (
	ownCost       whose = iota // the technician member's rates
	colleagueCost              // another technician's rates
	orgCost                    // a room's rate, the cost of tracked time
)

// seen is one cost field as a caller read it.
type seen struct {
	path  string
	whose whose
	got   *string
	want  string
}

// The amounts newCostCase sets up: the technician member 50 €/h, 400 €/day
// and 420 €/day on the team; the colleague 60, 480 and 500; the room 250;
// 240 minutes at 420/480 € a minute cost 210 €, of which the 120 minutes
// over the plan cost 105 €.
var (
	ownRates       = map[string]string{"hourlyRate": "50.00", "dailyRate": "400.00", "team": "420.00"}
	colleagueRates = map[string]string{"hourlyRate": "60.00", "dailyRate": "480.00", "team": "500.00"}
)

type rates struct {
	ID                    string
	HourlyRate, DailyRate *string
}

// technician records the rates of a technician object reached by path.
func (c *costCase) technician(out []seen, path string, t rates) []seen {
	w, want := colleagueCost, colleagueRates
	if t.ID == c.fx.technicianID {
		w, want = ownCost, ownRates
	}
	return append(out,
		seen{path + ".hourlyRate", w, t.HourlyRate, want["hourlyRate"]},
		seen{path + ".dailyRate", w, t.DailyRate, want["dailyRate"]})
}

// read asks every path to a cost that role may take and returns what it
// read; paths the role may not take at all are checked to refuse.
func (c *costCase) read(t *testing.T, role db.Role) []seen {
	e, tok := c.fx.e, c.fx.as(role)
	var out []seen

	var rooms struct {
		Rooms struct {
			Edges []struct{ Node struct{ DailyRate *string } }
		}
	}
	const roomsQ = `{ rooms { edges { node { dailyRate } } } }`
	if role == db.RoleRightsHolder {
		// A rights holder sees only the catalogue: no rooms at all.
		if r := e.do(tok, roomsQ, nil); r.code() != "FORBIDDEN" {
			t.Errorf("a rights holder reads the rooms: %+v", r.Errors)
		}
	} else {
		e.call(tok, roomsQ, nil, &rooms)
	}
	for _, ed := range rooms.Rooms.Edges {
		out = append(out, seen{"rooms.dailyRate", orgCost, ed.Node.DailyRate, "250.00"})
	}

	const productionQ = `query($p:ID!){ production(id:$p){
	  team { dailyRate technician { id hourlyRate dailyRate } }
	  tasks { bookings { technician { id hourlyRate dailyRate } room { dailyRate } } } } }`
	r := e.do(tok, productionQ, map[string]any{"p": c.prod})
	if role == db.RoleRightsHolder {
		if r.code() != "NOT_FOUND" {
			t.Errorf("%s reads a production: %+v", role, r.Errors)
		}
	} else {
		var d struct {
			Production struct {
				Team []struct {
					DailyRate  *string
					Technician rates
				}
				Tasks []struct {
					Bookings []struct {
						Technician *rates
						Room       *struct{ DailyRate *string }
					}
				}
			}
		}
		r.decode(t, &d)
		for _, m := range d.Production.Team {
			w, want := colleagueCost, colleagueRates["team"]
			if m.Technician.ID == c.fx.technicianID {
				w, want = ownCost, ownRates["team"]
			}
			out = append(out, seen{"production.team.dailyRate", w, m.DailyRate, want})
			out = c.technician(out, "production.team.technician", m.Technician)
		}
		for _, task := range d.Production.Tasks {
			for _, b := range task.Bookings {
				if b.Technician != nil {
					out = c.technician(out, "production.tasks.bookings.technician", *b.Technician)
				}
				if b.Room != nil {
					out = append(out, seen{"production.tasks.bookings.room.dailyRate", orgCost, b.Room.DailyRate, "250.00"})
				}
			}
		}
	}

	for _, id := range []string{c.fx.technicianID, c.colleague} {
		r := e.do(tok, `query($id:ID!){ technician(id:$id){ id hourlyRate dailyRate } }`, map[string]any{"id": id})
		if len(r.Errors) > 0 {
			// A technician reads only themself, a rights holder no one.
			if r.code() != "NOT_FOUND" || !(role == db.RoleRightsHolder || role == db.RoleTechnician && id == c.colleague) {
				t.Errorf("%s reads technician %s: %+v", role, id, r.Errors)
			}
			continue
		}
		var d struct{ Technician rates }
		r.decode(t, &d)
		out = c.technician(out, "technician", d.Technician)
	}

	var sl struct {
		Slips struct {
			Edges []struct {
				Node struct {
					Technician rates
					Room       *struct{ DailyRate *string }
				}
			}
		}
	}
	e.call(tok, `{ slips { edges { node { technician { id hourlyRate dailyRate } room { dailyRate } } } } }`, nil, &sl)
	for _, ed := range sl.Slips.Edges {
		out = c.technician(out, "slips.technician", ed.Node.Technician)
		if ed.Node.Room != nil {
			out = append(out, seen{"slips.room.dailyRate", orgCost, ed.Node.Room.DailyRate, "250.00"})
		}
	}

	var me struct{ Me struct{ Technician *rates } }
	e.call(tok, `{ me { technician { id hourlyRate dailyRate } } }`, nil, &me)
	if me.Me.Technician != nil {
		out = c.technician(out, "me.technician", *me.Me.Technician)
	}

	if r := e.do(tok, `{ technicians { edges { node { id hourlyRate dailyRate } } } }`, nil); len(r.Errors) == 0 {
		var d struct {
			Technicians struct{ Edges []struct{ Node rates } }
		}
		r.decode(t, &d)
		for _, ed := range d.Technicians.Edges {
			out = c.technician(out, "technicians", ed.Node)
		}
	}

	return append(out, c.tracking(t, role)...)
}

type trackingRow struct {
	ActualMinutes, ExcessMinutes int
	Level                        string
	ActualCost, ExcessCost       *string
}

// tracking reads the production's tracking and the overruns: a producer
// keeps the minutes and levels without the money; a technician and a rights
// holder are refused, as before.
func (c *costCase) tracking(t *testing.T, role db.Role) []seen {
	e, tok := c.fx.e, c.fx.as(role)
	const q = `query($p:ID!){ production(id:$p){ tracking { tasks { ...r } operations { ...r } summary { excessMinutes actualCost excessCost } } } overruns { ...r } }
	fragment r on TrackingRow { actualMinutes excessMinutes level actualCost excessCost }`
	r := e.do(tok, q, map[string]any{"p": c.prod})
	if role == db.RoleTechnician || role == db.RoleRightsHolder {
		if len(r.Errors) == 0 {
			t.Errorf("%s reads the tracking", role)
		}
		return nil
	}
	var d struct {
		Production struct {
			Tracking struct {
				Tasks, Operations []trackingRow
				Summary           struct {
					ExcessMinutes          int
					ActualCost, ExcessCost *string
				}
			}
		}
		Overruns []trackingRow
	}
	r.decode(t, &d)
	var out []seen
	rows := map[string][]trackingRow{"tracking.tasks": d.Production.Tracking.Tasks, "tracking.operations": d.Production.Tracking.Operations, "overruns": d.Overruns}
	for path, rs := range rows {
		if len(rs) != 1 {
			t.Fatalf("%s: %s has %d rows: %+v", role, path, len(rs), rs)
		}
		row := rs[0]
		if row.ActualMinutes != 240 || row.ExcessMinutes != 120 || row.Level != "OVERRUN" {
			t.Errorf("%s: %s lost its time: %+v", role, path, row)
		}
		out = append(out, seen{path + ".actualCost", orgCost, row.ActualCost, "210.00"},
			seen{path + ".excessCost", orgCost, row.ExcessCost, "105.00"})
	}
	sum := d.Production.Tracking.Summary
	if sum.ExcessMinutes != 120 {
		t.Errorf("%s: the headline lost its time: %+v", role, sum)
	}
	return append(out, seen{"tracking.summary.actualCost", orgCost, sum.ActualCost, "210.00"},
		seen{"tracking.summary.excessCost", orgCost, sum.ExcessCost, "105.00"})
}

// visible is the rule under test, written out for the test.
func visible(role db.Role, w whose) bool {
	switch role {
	case db.RoleAdmin, db.RoleCoordinator, db.RoleAccountant, db.RoleIntegration:
		return true
	case db.RoleTechnician:
		return w == ownCost
	}
	return false
}

func TestCostsArePrivate(t *testing.T) {
	e := newEmptyEnv(t)
	c := newCostCase(e)
	// The paths each role must have taken, so that a null is a redaction
	// and not a row the role never reached.
	reached := map[db.Role][]string{
		db.RoleAdmin:        {"rooms.dailyRate", "production.team.dailyRate", "production.tasks.bookings.room.dailyRate", "technician.dailyRate", "technicians.dailyRate", "slips.room.dailyRate", "tracking.tasks.actualCost", "overruns.excessCost"},
		db.RoleCoordinator:  {"production.team.technician.hourlyRate", "production.tasks.bookings.technician.dailyRate", "slips.technician.hourlyRate", "tracking.operations.excessCost"},
		db.RoleAccountant:   {"production.team.dailyRate", "technicians.hourlyRate", "tracking.tasks.excessCost", "overruns.actualCost"},
		db.RoleIntegration:  {"production.team.dailyRate", "technicians.hourlyRate", "production.tasks.bookings.room.dailyRate", "tracking.tasks.actualCost"},
		db.RoleProducer:     {"rooms.dailyRate", "production.team.dailyRate", "production.team.technician.dailyRate", "production.tasks.bookings.technician.hourlyRate", "production.tasks.bookings.room.dailyRate", "technician.hourlyRate", "slips.room.dailyRate", "tracking.tasks.actualCost", "tracking.operations.excessCost", "overruns.excessCost"},
		db.RoleTechnician:   {"rooms.dailyRate", "production.team.dailyRate", "production.team.technician.dailyRate", "production.tasks.bookings.technician.hourlyRate", "technician.dailyRate", "slips.technician.hourlyRate", "slips.room.dailyRate", "me.technician.dailyRate"},
		db.RoleRightsHolder: {},
	}
	for _, role := range db.AllRoles {
		t.Run(string(role), func(t *testing.T) {
			got := c.read(t, role)
			var paths []string
			kinds := map[whose]bool{}
			for _, s := range got {
				paths = append(paths, s.path)
				kinds[s.whose] = true
				switch {
				case visible(role, s.whose) && (s.got == nil || *s.got != s.want):
					t.Errorf("%s reads %s as %v, want %s", role, s.path, show(s.got), s.want)
				case !visible(role, s.whose) && s.got != nil:
					t.Errorf("%s reads %s as %s, want null", role, s.path, *s.got)
				}
			}
			for _, p := range reached[role] {
				if !slices.Contains(paths, p) {
					t.Errorf("%s never reached %s (reached %v)", role, p, paths)
				}
			}
			// Every role that reaches the team sees both kinds of
			// technician: the technician's own rates beside a colleague's.
			if role != db.RoleRightsHolder && !(kinds[ownCost] && kinds[colleagueCost] && kinds[orgCost]) {
				t.Errorf("%s did not reach own, colleague's and organisation's costs: %v", role, kinds)
			}
		})
	}
}

// One request may reach the same technician row through a loader along
// several paths: the technician's own rate shows on every one of them and a
// colleague's on none, and a later request by the coordinator still reads
// every rate (nothing redacted was written back into a shared row).
func TestCostsInOneRequestAcrossPaths(t *testing.T) {
	e := newEmptyEnv(t)
	c := newCostCase(e)
	const q = `query($p:ID!){ me { technician { id dailyRate } }
	  production(id:$p){ team { dailyRate technician { id dailyRate } } tasks { bookings { technician { id dailyRate } } } } }`
	type tech struct {
		ID        string
		DailyRate *string
	}
	for _, role := range []db.Role{db.RoleTechnician, db.RoleCoordinator} {
		var d struct {
			Me         struct{ Technician tech }
			Production struct {
				Team []struct {
					DailyRate  *string
					Technician tech
				}
				Tasks []struct{ Bookings []struct{ Technician *tech } }
			}
		}
		e.call(c.fx.as(role), q, map[string]any{"p": c.prod}, &d)
		all := []tech{d.Me.Technician}
		for _, m := range d.Production.Team {
			all = append(all, m.Technician, tech{m.Technician.ID, m.DailyRate})
		}
		for _, b := range d.Production.Tasks[0].Bookings {
			if b.Technician != nil {
				all = append(all, *b.Technician)
			}
		}
		for _, x := range all {
			if x.ID == "" {
				continue
			}
			own := x.ID == c.fx.technicianID
			if want := role == db.RoleCoordinator || own; want != (x.DailyRate != nil) {
				t.Errorf("%s: technician %s (own %v) reads %s", role, x.ID, own, show(x.DailyRate))
			}
		}
	}
}

func show(s *string) string {
	if s == nil {
		return "null"
	}
	return fmt.Sprintf("%q", *s)
}
