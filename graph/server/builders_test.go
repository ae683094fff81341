package server_test

// The row builders of an organisation built by newOrg: each creates one row
// through the API as the coordinator and returns its id. Required arguments
// first, then optional pairs of GraphQL input field and value that override
// the defaults (a nil value sends null).

import (
	"time"

	"github.com/google/uuid"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/kernel/dates"
)

// client creates a client (ClientInput).
func (o *org) client(kv ...any) string {
	o.e.t.Helper()
	return o.create(`mutation($in:ClientInput!){ createClient(input:$in){ id } }`,
		map[string]any{"in": with(map[string]any{"name": o.next("Client")}, kv...)})
}

// production creates a 25 fps feature film of the producer's client
// (ProductionInput).
func (o *org) production(kv ...any) string {
	o.e.t.Helper()
	return o.create(`mutation($in:ProductionInput!){ createProduction(input:$in){ id } }`,
		map[string]any{"in": with(map[string]any{"title": o.next("Production"), "kind": "FEATURE_FILM", "clientId": o.clientID, "frameRate": "25"}, kv...)})
}

// episode adds episode number to a production (EpisodeInput).
func (o *org) episode(productionID string, number int, kv ...any) string {
	o.e.t.Helper()
	return o.create(`mutation($p:ID!,$in:EpisodeInput!){ addEpisode(productionId:$p, input:$in){ id } }`,
		map[string]any{"p": productionID, "in": with(map[string]any{"number": number}, kv...)})
}

// technician creates an intermittent editor (TechnicianInput).
func (o *org) technician(kv ...any) string {
	o.e.t.Helper()
	return o.create(`mutation($in:TechnicianInput!){ createTechnician(input:$in){ id } }`,
		map[string]any{"in": technicianInput(append([]any{"name", o.next("Technicien")}, kv...)...)})
}

// room creates an edit suite (RoomInput).
func (o *org) room(kv ...any) string {
	o.e.t.Helper()
	return o.create(`mutation($in:RoomInput!){ createRoom(input:$in){ id } }`,
		map[string]any{"in": with(map[string]any{"name": o.next("Salle"), "kind": "EDIT_SUITE", "dailyRate": "250"}, kv...)})
}

// teamMember puts a technician on a production's team (TeamMemberInput).
func (o *org) teamMember(productionID, technicianID string, kv ...any) string {
	o.e.t.Helper()
	return o.create(`mutation($p:ID!,$in:TeamMemberInput!){ addTeamMember(productionId:$p, input:$in){ id } }`,
		map[string]any{"p": productionID, "in": with(map[string]any{"technicianId": technicianID, "function": "Monteur"}, kv...)})
}

// task plans an offline edit on a production, the week of 2 March 2026
// (TaskInput).
func (o *org) task(productionID string, kv ...any) string {
	o.e.t.Helper()
	return o.create(`mutation($p:ID!,$in:TaskInput!){ createTask(productionId:$p, input:$in){ id } }`,
		map[string]any{"p": productionID, "in": with(map[string]any{"operationId": o.op("OFFLINE_EDIT"), "startDate": "2026-03-02", "endDate": "2026-03-06"}, kv...)})
}

// dependsOn makes a task depend on others (without lag).
func (o *org) dependsOn(taskID string, on ...string) {
	o.e.t.Helper()
	deps := []any{}
	for _, id := range on {
		deps = append(deps, map[string]any{"dependsOnId": id})
	}
	o.e.call(o.as(db.RoleCoordinator), `mutation($id:ID!,$d:[DependencyInput!]!){ setTaskDependencies(id:$id, dependencies:$d){ id } }`,
		map[string]any{"id": taskID, "d": deps}, &struct{}{})
}

// booking books, confirmed, a technician or a room (give technicianId or
// roomId) for a task, over the task's dates unless given (BookingInput).
func (o *org) booking(taskID string, kv ...any) string {
	o.e.t.Helper()
	var t struct {
		Task struct{ StartDate, EndDate string }
	}
	o.e.call(o.as(db.RoleCoordinator), `query($id:ID!){ task(id:$id){ startDate endDate } }`, map[string]any{"id": taskID}, &t)
	return o.create(`mutation($in:BookingInput!){ createBooking(input:$in){ id } }`,
		map[string]any{"in": with(map[string]any{"taskId": taskID, "startDate": t.Task.StartDate, "endDate": t.Task.EndDate, "status": "CONFIRMED"}, kv...)})
}

// slipInput is a slip of four hours of sound editing by the technician
// member on a production, a week ago, with a fresh client id (SlipInput).
func (o *org) slipInput(productionID string, kv ...any) map[string]any {
	day := dates.Of(time.Now().In(dates.Paris)).AddDays(-7)
	return with(map[string]any{"clientId": uuid.NewString(), "productionId": productionID, "technicianId": o.technicianID,
		"operationId": o.op("SOUND_EDIT"), "date": day.String(), "start": "10:00", "end": "14:00", "breakMinutes": 0}, kv...)
}

// slip submits, as the coordinator, the slip of slipInput.
func (o *org) slip(productionID string, kv ...any) string {
	o.e.t.Helper()
	return o.create(`mutation($in:SlipInput!){ submitSlip(input:$in){ id } }`, map[string]any{"in": o.slipInput(productionID, kv...)})
}

// holder creates a rights holder, an author (RightsHolderInput).
func (o *org) holder(kv ...any) string {
	o.e.t.Helper()
	return o.create(`mutation($in:RightsHolderInput!){ createRightsHolder(input:$in){ id } }`,
		map[string]any{"in": with(map[string]any{"name": o.next("Ayant droit"), "kind": "AUTHOR"}, kv...)})
}

// work creates a feature film of the catalogue whose residual holder is the
// holder member's (WorkInput).
func (o *org) work(kv ...any) string {
	o.e.t.Helper()
	return o.create(`mutation($in:WorkInput!){ createWork(input:$in){ id } }`,
		map[string]any{"in": with(map[string]any{"title": o.next("Œuvre"), "kind": "FEATURE_FILM", "residualHolderId": o.holderID}, kv...)})
}

// delivery creates a delivery of a production to a copy of the French
// broadcaster's HD spec, due 15 January 2027 (DeliveryInput).
func (o *org) delivery(productionID string, kv ...any) string {
	o.e.t.Helper()
	spec := o.create(`mutation{ cloneDeliverySpec(templateKey:"fr-broadcaster-hd-pad"){ id } }`, nil)
	return o.create(`mutation($in:DeliveryInput!){ createDelivery(input:$in){ id } }`,
		map[string]any{"in": with(map[string]any{"productionId": productionID, "specId": spec, "dueDate": dates.Today().AddDays(45).String()}, kv...)})
}

// qcFinding records a blocking audio finding on a delivery, which it first
// moves to QC if it is pending (QcFindingInput).
func (o *org) qcFinding(deliveryID string, kv ...any) string {
	o.e.t.Helper()
	var d struct{ Delivery struct{ Status string } }
	o.e.call(o.as(db.RoleCoordinator), `query($id:ID!){ delivery(id:$id){ status } }`, map[string]any{"id": deliveryID}, &d)
	if d.Delivery.Status == "PENDING" {
		for _, to := range []string{"IN_PROGRESS", "QC"} {
			o.e.call(o.as(db.RoleCoordinator), `mutation($id:ID!,$to:DeliveryStatus!){ transitionDelivery(id:$id, to:$to){ status } }`,
				map[string]any{"id": deliveryID, "to": to}, &struct{}{})
		}
	}
	return o.create(`mutation($id:ID!,$in:QcFindingInput!){ addQcFinding(deliveryId:$id, input:$in){ id } }`,
		map[string]any{"id": deliveryID, "in": with(map[string]any{"timecodeIn": "01:02:03:04", "timecodeOut": "01:02:05:00",
			"severity": "BLOCKING", "category": "AUDIO", "description": "Clic audible"}, kv...)})
}

// unavailability declares a technician's day off, 11 March 2026
// (UnavailabilityInput).
func (o *org) unavailability(technicianID string, kv ...any) string {
	o.e.t.Helper()
	return o.create(`mutation($in:UnavailabilityInput!){ declareUnavailability(input:$in){ id } }`,
		map[string]any{"in": with(map[string]any{"technicianId": technicianID, "startDate": "2026-03-11", "endDate": "2026-03-11", "kind": "DAY_OFF", "reason": "Congé"}, kv...)})
}

// revenue records 1 000 € received for a work from French TV in the first
// quarter of 2026 (RevenueLineInput).
func (o *org) revenue(workID string, kv ...any) string {
	o.e.t.Helper()
	return o.create(`mutation($in:RevenueLineInput!){ addRevenueLine(input:$in){ id } }`,
		map[string]any{"in": with(map[string]any{"workId": workID, "source": "Chaîne", "media": "TV", "territory": "FR", "periodStart": "2026-01-01",
			"periodEnd": "2026-03-31", "amount": "1000.00", "externalReference": uuid.NewString()}, kv...)})
}

// run computes a draft distribution run over a period, with its statements.
func (o *org) run(periodStart, periodEnd string) string {
	o.e.t.Helper()
	return o.create(`mutation($s:Date!,$e:Date!){ createDistributionRun(periodStart:$s, periodEnd:$e){ id } }`, map[string]any{"s": periodStart, "e": periodEnd})
}

// mondayAfter is the Monday at least n days after today, in Paris.
func mondayAfter(n int) dates.Date {
	d := dates.Of(time.Now().In(dates.Paris)).AddDays(n)
	for d.Weekday() != time.Monday {
		d = d.AddDays(1)
	}
	return d
}

// newFullOrg builds an organisation with at least one row of every kind the
// API creates (production with episode and team, plan, slip, delivery with a
// QC finding, work with shares, revenue and a draft distribution run with
// its statements), for the tests that try every id from outside.
func (e *env) newFullOrg(name string) *org {
	e.t.Helper()
	fx := e.newOrg(name)
	p := fx.production()
	fx.episode(p, 1)
	fx.teamMember(p, fx.technicianID)
	task := fx.task(p)
	fx.booking(task, "technicianId", fx.technicianID)
	fx.booking(task, "roomId", fx.room())
	fx.unavailability(fx.technicianID)
	fx.slip(p)
	fx.qcFinding(fx.delivery(p))
	w := fx.work("productionId", p)
	e.call(fx.as(db.RoleCoordinator), `mutation($w:ID!,$s:[ShareInput!]!){ setShares(workId:$w, shares:$s){ id } }`, map[string]any{"w": w, "s": []any{
		map[string]any{"holderId": fx.holder(), "media": "ALL", "territory": "WORLD", "basisPoints": 5000}}}, &struct{}{})
	fx.revenue(w)
	fx.run("2026-01-01", "2026-03-31")
	return fx
}
