package server_test

import (
	"testing"

	"github.com/postprod/postprod/db"
)

// A room is edited in place: name, kind and rate; a name another room holds is refused on
// its field, and only the planners may edit.
func TestUpdateRoom(t *testing.T) {
	e := newEmptyEnv(t)
	fx := e.newOrg("Salles Post")
	coord := fx.as(db.RoleCoordinator)
	a := fx.room("name", "Salle A")
	fx.room("name", "Salle B")
	update := `mutation($id:ID!,$in:RoomInput!){ updateRoom(id:$id, input:$in){ id name kind dailyRate } }`

	var d struct {
		UpdateRoom struct{ ID, Name, Kind, DailyRate string }
	}
	e.call(coord, update, map[string]any{"id": a, "in": map[string]any{"name": "Auditorium 1", "kind": "MIX_STAGE", "dailyRate": "650.50"}}, &d)
	if d.UpdateRoom.ID != a || d.UpdateRoom.Name != "Auditorium 1" || d.UpdateRoom.Kind != "MIX_STAGE" || d.UpdateRoom.DailyRate != "650.50" {
		t.Fatalf("updated room: %+v", d.UpdateRoom)
	}
	// Keeping its own name is no duplicate.
	e.call(coord, update, map[string]any{"id": a, "in": map[string]any{"name": "auditorium 1", "kind": "MIX_STAGE", "dailyRate": "600"}}, &d)

	r := e.do(coord, update, map[string]any{"id": a, "in": map[string]any{"name": "Salle B", "kind": "OTHER", "dailyRate": "1"}})
	if r.code() != "CONFLICT" || r.Errors[0].Extensions["field"] != "name" {
		t.Fatalf("duplicate name: %+v", r.Errors)
	}
	r = e.do(coord, update, map[string]any{"id": a, "in": map[string]any{"name": "Salle C", "kind": "OTHER", "dailyRate": "-1"}})
	if r.code() != "VALIDATION" || r.Errors[0].Extensions["field"] != "dailyRate" {
		t.Fatalf("negative rate: %+v", r.Errors)
	}
	r = e.do(fx.as(db.RoleTechnician), update, map[string]any{"id": a, "in": map[string]any{"name": "Salle T", "kind": "OTHER", "dailyRate": "1"}})
	if r.code() != "FORBIDDEN" {
		t.Fatalf("a technician edited a room: %+v", r.Errors)
	}
	other := e.newOrg("Autre Post")
	r = e.do(other.as(db.RoleCoordinator), update, map[string]any{"id": a, "in": map[string]any{"name": "Volée", "kind": "OTHER", "dailyRate": "1"}})
	if r.code() != "NOT_FOUND" {
		t.Fatalf("another organisation edited the room: %+v", r.Errors)
	}
}

// A team member's function, rate and note change in place; the same technician cannot hold
// the same function twice; without a rate the technician's daily rate applies.
func TestUpdateTeamMember(t *testing.T) {
	e := newEmptyEnv(t)
	fx := e.newOrg("Equipe Post")
	coord := fx.as(db.RoleCoordinator)
	p := fx.production()
	tech := fx.technician("dailyRate", "300")
	m := fx.teamMember(p, tech, "function", "Monteur")
	fx.teamMember(p, tech, "function", "Assistant")
	update := `mutation($id:ID!,$in:TeamMemberInput!){ updateTeamMember(id:$id, input:$in){ id function dailyRate note technician { id } } }`

	var d struct {
		UpdateTeamMember struct {
			ID, Function, Note string
			DailyRate          *string
			Technician         struct{ ID string }
		}
	}
	e.call(coord, update, map[string]any{"id": m, "in": map[string]any{"technicianId": tech, "function": "Chef monteur", "dailyRate": "420", "note": "Semaine 12"}}, &d)
	got := d.UpdateTeamMember
	if got.ID != m || got.Function != "Chef monteur" || got.DailyRate == nil || *got.DailyRate != "420.00" || got.Note != "Semaine 12" || got.Technician.ID != tech {
		t.Fatalf("updated member: %+v", got)
	}
	e.call(coord, update, map[string]any{"id": m, "in": map[string]any{"technicianId": tech, "function": "Chef monteur"}}, &d)
	if d.UpdateTeamMember.DailyRate == nil || *d.UpdateTeamMember.DailyRate != "300.00" || d.UpdateTeamMember.Note != "" {
		t.Fatalf("without a rate: %+v", d.UpdateTeamMember)
	}
	r := e.do(coord, update, map[string]any{"id": m, "in": map[string]any{"technicianId": tech, "function": "Assistant"}})
	if r.code() != "CONFLICT" || r.Errors[0].Extensions["field"] != "technicianId" {
		t.Fatalf("a duplicate function: %+v", r.Errors)
	}
	r = e.do(coord, update, map[string]any{"id": m, "in": map[string]any{"technicianId": tech, "function": " "}})
	if r.code() != "VALIDATION" || r.Errors[0].Extensions["field"] != "function" {
		t.Fatalf("an empty function: %+v", r.Errors)
	}
	r = e.do(fx.as(db.RoleProducer), update, map[string]any{"id": m, "in": map[string]any{"technicianId": tech, "function": "X"}})
	if r.code() != "FORBIDDEN" {
		t.Fatalf("a producer edited the team: %+v", r.Errors)
	}
	other := e.newOrg("Autre Equipe")
	r = e.do(other.as(db.RoleCoordinator), update, map[string]any{"id": m, "in": map[string]any{"technicianId": other.technicianID, "function": "X"}})
	if r.code() != "NOT_FOUND" {
		t.Fatalf("another organisation edited the team: %+v", r.Errors)
	}
}

// moveBooking edits the hours and the note too, keeps them when omitted, and refuses an end
// before the start of the day on its field without changing anything.
func TestMoveBookingEditsHoursAndNote(t *testing.T) {
	e := newEmptyEnv(t)
	fx := e.newOrg("Resa Post")
	coord := fx.as(db.RoleCoordinator)
	b := fx.booking(fx.task(fx.production()), "technicianId", fx.technicianID, "note", "Avant")
	move := `mutation($id:ID!,$in:BookingMoveInput!){ moveBooking(id:$id, input:$in){ startDate endDate from to note status } }`
	type got struct {
		MoveBooking struct{ StartDate, EndDate, From, To, Note, Status string }
	}
	var d got
	e.call(coord, move, map[string]any{"id": b, "in": map[string]any{"startDate": "2026-03-03", "endDate": "2026-03-04", "from": "10:00", "to": "19:30", "note": "Après", "status": "PENCILLED"}}, &d)
	if m := d.MoveBooking; m.StartDate != "2026-03-03" || m.EndDate != "2026-03-04" || m.From != "10:00" || m.To != "19:30" || m.Note != "Après" || m.Status != "PENCILLED" {
		t.Fatalf("edited booking: %+v", m)
	}
	e.call(coord, move, map[string]any{"id": b, "in": map[string]any{"startDate": "2026-03-02", "endDate": "2026-03-02"}}, &d)
	if m := d.MoveBooking; m.From != "10:00" || m.To != "19:30" || m.Note != "Après" || m.Status != "PENCILLED" {
		t.Fatalf("omitted fields changed: %+v", m)
	}
	before := e.snapshot("bookings")
	r := e.do(coord, move, map[string]any{"id": b, "in": map[string]any{"startDate": "2026-03-02", "endDate": "2026-03-02", "to": "08:00"}})
	if r.code() != "VALIDATION" || r.Errors[0].Extensions["field"] != "to" {
		t.Fatalf("an end before the start: %+v", r.Errors)
	}
	if e.snapshot("bookings") != before {
		t.Fatal("a refused edit changed the booking")
	}
}
