package server_test

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/uuid"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/kernel/dates"
)

const submitSlip = `mutation($in:SlipInput!){ submitSlip(input:$in){ id clientId status workedMinutes nightMinutes sundayOrHoliday start end } }`

type slipOut struct {
	ID, ClientID, Status string
	WorkedMinutes        int
	NightMinutes         int
	SundayOrHoliday      bool
	Start, End           string
}

// techSlip is a slip input for tech@demo.test on a production of their team.
func (e *env) techSlip() (map[string]any, string) {
	e.t.Helper()
	tech := e.membership("tech@demo.test")
	var prod string
	var op string
	ctx := context.Background()
	if err := e.DB.NewSelect().Model((*db.TeamMember)(nil)).Column("production_id").Where("technician_id = ?", *tech.TechnicianID).
		Where("production_id IN (SELECT id FROM productions WHERE status <> 'CLOSED')").Limit(1).Scan(ctx, &prod); err != nil {
		e.t.Fatal(err)
	}
	if err := e.DB.NewSelect().Model((*db.Operation)(nil)).Column("id").Where("code = 'SOUND_EDIT'").Scan(ctx, &op); err != nil {
		e.t.Fatal(err)
	}
	return saturdaySlip(prod, op), prod
}

// techSlip is a slip input for the technician member on a new production of
// their team, like the demo one.
func (o *org) techSlip() (map[string]any, string) {
	o.e.t.Helper()
	prod := o.production()
	o.teamMember(prod, o.technicianID)
	return saturdaySlip(prod, o.op("SOUND_EDIT")), prod
}

// saturdaySlip is four hours of work on a production, on a Saturday about two
// weeks ago.
func saturdaySlip(prod, op string) map[string]any {
	// A Saturday two weeks ago: the demo has no slip then.
	day := dates.Of(time.Now().In(dates.Paris)).AddDays(-14)
	for day.Weekday() != time.Saturday {
		day = day.AddDays(-1)
	}
	// Not the weekend the clocks change: the night slips below assume a
	// night of ordinary length.
	for offset(day) != offset(day.AddDays(1)) {
		day = day.AddDays(-7)
	}
	return map[string]any{"clientId": uuid.NewString(), "productionId": prod, "operationId": op, "date": day.String(),
		"start": "10:00", "end": "14:00", "breakMinutes": 0, "notes": "Nettoyage des dialogues"}
}

func TestSlipRetriesMakeOneSlip(t *testing.T) {
	e := newEmptyEnv(t)
	fx := e.newOrg("Notre Post")
	tok := fx.as(db.RoleTechnician)
	in, _ := fx.techSlip()
	var wg sync.WaitGroup
	ids := make([]string, 20)
	errs := make([]string, 20)
	for i := range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := e.do(tok, submitSlip, map[string]any{"in": in})
			if len(r.Errors) > 0 {
				errs[i] = r.Errors[0].Message
				return
			}
			var d struct{ SubmitSlip slipOut }
			_ = jsonUnmarshal(r.Data, &d)
			ids[i] = d.SubmitSlip.ID
		}()
	}
	wg.Wait()
	for i := range 20 {
		if errs[i] != "" || ids[i] == "" || ids[i] != ids[0] {
			t.Fatalf("attempt %d: id %q error %q (first id %q)", i, ids[i], errs[i], ids[0])
		}
	}
	n, err := e.DB.NewSelect().Model((*db.Slip)(nil)).Where("client_id = ?", in["clientId"]).Count(context.Background())
	if err != nil || n != 1 {
		t.Fatalf("%d slips for one client id (%v)", n, err)
	}
	// The same id with other content is a conflict, and changes nothing.
	before := e.snapshot(slipTables...)
	if r := e.do(tok, submitSlip, map[string]any{"in": with(in, "end", "15:00")}); r.code() != "CONFLICT" {
		t.Fatalf("same client id, other content: %+v", r.Errors)
	}
	if e.snapshot(slipTables...) != before {
		t.Fatal("the conflicting retry changed the data")
	}
}

func TestSlipDerivedValuesAndValidation(t *testing.T) {
	e := newEmptyEnv(t)
	fx := e.newOrg("Notre Post")
	tok := fx.as(db.RoleTechnician)
	in, prod := fx.techSlip()
	fx.production() // one the technician is not on
	var d struct{ SubmitSlip slipOut }
	e.call(tok, submitSlip, map[string]any{"in": with(in, "start", "21:00", "end", "02:30", "breakMinutes", 30)}, &d)
	if s := d.SubmitSlip; s.Status != "SUBMITTED" || s.WorkedMinutes != 300 || s.NightMinutes != 270 || !s.SundayOrHoliday || s.End != "02:30" {
		t.Fatalf("night slip across midnight into Sunday: %+v", s)
	}
	var other, closedProd string
	ctx := context.Background()
	tech := e.membership(fx.member(db.RoleTechnician).Email)
	if err := e.DB.NewSelect().Model((*db.Production)(nil)).Column("id").
		Where("id NOT IN (SELECT production_id FROM team_members WHERE technician_id = ?)", *tech.TechnicianID).Limit(1).Scan(ctx, &other); err != nil {
		t.Fatal(err)
	}
	closedProd = prod
	future := dates.Of(time.Now().In(dates.Paris)).AddDays(5).String()
	before := e.snapshot(slipTables...)
	cases := []struct {
		name        string
		in          map[string]any
		code, field string
		contains    string
	}{
		{"end equals start", with(in, "clientId", uuid.NewString(), "end", "10:00"), "VALIDATION", "end", ""},
		{"more than 24 hours", with(in, "clientId", uuid.NewString(), "end", "34:30"), "VALIDATION", "end", "24"},
		{"break longer than the session", with(in, "clientId", uuid.NewString(), "breakMinutes", 300), "VALIDATION", "breakMinutes", ""},
		{"date too far ahead", with(in, "clientId", uuid.NewString(), "date", future), "VALIDATION", "date", ""},
		{"overlap names the other slip", with(in, "clientId", uuid.NewString(), "start", "23:00", "end", "23:30"), "VALIDATION", "start", "chevauche"},
		{"unknown production", with(in, "clientId", uuid.NewString(), "productionId", uuid.NewString()), "VALIDATION", "productionId", ""},
		{"not in the team", with(in, "clientId", uuid.NewString(), "productionId", other), "FORBIDDEN", "productionId", ""},
		{"for another technician", with(in, "clientId", uuid.NewString(), "technicianId", uuid.NewString()), "FORBIDDEN", "technicianId", ""},
		{"malformed time", with(in, "clientId", uuid.NewString(), "start", "10h"), "VALIDATION", "start", ""},
		{"short client id", with(in, "clientId", "abc"), "VALIDATION", "clientId", ""},
		{"no operation", with(in, "clientId", uuid.NewString(), "operationId", nil), "VALIDATION", "operationId", ""},
	}
	for _, c := range cases {
		r := e.do(tok, submitSlip, map[string]any{"in": c.in})
		if r.code() != c.code || r.Errors[0].Extensions["field"] != c.field || !strings.Contains(strings.ToLower(r.Errors[0].Message), c.contains) {
			t.Errorf("%s: %+v", c.name, r.Errors)
		}
	}
	if _, err := e.DB.NewUpdate().Model((*db.Production)(nil)).Set("status = 'CLOSED'").Where("id = ?", closedProd).Exec(ctx); err != nil {
		t.Fatal(err)
	}
	if r := e.do(tok, submitSlip, map[string]any{"in": with(in, "clientId", uuid.NewString(), "start", "15:00", "end", "16:00")}); r.code() != "VALIDATION" || r.Errors[0].Extensions["field"] != "productionId" {
		t.Errorf("closed production: %+v", r.Errors)
	}
	if _, err := e.DB.NewUpdate().Model((*db.Production)(nil)).Set("status = 'IN_POST'").Where("id = ?", closedProd).Exec(ctx); err != nil {
		t.Fatal(err)
	}
	if e.snapshot(slipTables...) != before {
		t.Fatal("refused slips changed the data")
	}
}

const slipDetail = `query($id:ID!){ slip(id:$id){ id status rejectionReason revision current workedMinutes previous { id status current } history { action reason by { email } } } }`

type slipDetailOut struct {
	Slip struct {
		ID, Status, RejectionReason string
		Revision                    int
		Current                     bool
		WorkedMinutes               int
		Previous                    *struct {
			ID, Status string
			Current    bool
		}
		History []struct {
			Action, Reason string
			By             *struct{ Email string }
		}
	}
}

func TestSlipWorkflowAndRevisions(t *testing.T) {
	e := newEnv(t)
	tech := e.login("tech@demo.test").Access
	coord := e.login("coordinator@demo.test").Access
	in, _ := e.techSlip()
	var d struct{ SubmitSlip slipOut }
	e.call(tech, submitSlip, map[string]any{"in": in}, &d)
	id := d.SubmitSlip.ID

	if r := e.do(tech, `mutation($id:ID!){ approveSlip(id:$id){ id } }`, map[string]any{"id": id}); r.code() != "FORBIDDEN" {
		t.Fatalf("a technician approving: %+v", r.Errors)
	}
	if r := e.do(coord, `mutation($id:ID!){ rejectSlip(id:$id, reason:" "){ id } }`, map[string]any{"id": id}); r.code() != "VALIDATION" {
		t.Fatalf("rejecting without a reason: %+v", r.Errors)
	}
	e.call(coord, `mutation($id:ID!){ rejectSlip(id:$id, reason:"Mauvaise production"){ id } }`, map[string]any{"id": id}, &struct{}{})
	var det slipDetailOut
	e.call(tech, slipDetail, map[string]any{"id": id}, &det)
	if det.Slip.Status != "REJECTED" || det.Slip.RejectionReason != "Mauvaise production" {
		t.Fatalf("the technician should see the rejection: %+v", det.Slip)
	}
	e.call(tech, `mutation($id:ID!,$in:SlipInput!){ resubmitSlip(id:$id, input:$in){ id status } }`, map[string]any{"id": id, "in": with(in, "end", "15:00")}, &struct{}{})
	e.call(coord, `mutation($id:ID!){ approveSlip(id:$id){ id } }`, map[string]any{"id": id}, &struct{}{})
	if r := e.do(coord, `mutation($id:ID!){ approveSlip(id:$id){ id } }`, map[string]any{"id": id}); r.code() != "VALIDATION" {
		t.Fatalf("approving twice: %+v", r.Errors)
	}
	if r := e.do(tech, `mutation($id:ID!,$in:SlipInput!){ resubmitSlip(id:$id, input:$in){ id } }`, map[string]any{"id": id, "in": in}); r.code() != "VALIDATION" {
		t.Fatalf("changing an approved slip: %+v", r.Errors)
	}
	var corr struct{ CorrectSlip struct{ ID string } }
	e.call(coord, `mutation($id:ID!,$in:SlipInput!){ correctSlip(id:$id, input:$in, reason:"Pause oubliée"){ id } }`,
		map[string]any{"id": id, "in": with(in, "end", "15:00", "breakMinutes", 30)}, &corr)
	e.call(coord, slipDetail, map[string]any{"id": corr.CorrectSlip.ID}, &det)
	s := det.Slip
	if s.Revision != 2 || !s.Current || s.Status != "APPROVED" || s.WorkedMinutes != 270 || s.Previous == nil || s.Previous.ID != id || s.Previous.Current || s.Previous.Status != "APPROVED" {
		t.Fatalf("correction: %+v", s)
	}
	if len(s.History) != 1 || s.History[0].Action != "CORRECTED" || s.History[0].By == nil || s.History[0].By.Email != "coordinator@demo.test" {
		t.Fatalf("correction history: %+v", s.History)
	}
	e.call(coord, slipDetail, map[string]any{"id": id}, &det)
	var actions []string
	for _, h := range det.Slip.History {
		actions = append(actions, h.Action)
	}
	if fmt.Sprint(actions) != "[SUBMITTED REJECTED RESUBMITTED APPROVED]" {
		t.Fatalf("history of the first revision: %v", actions)
	}
}

func TestBulkApprovalAndScoping(t *testing.T) {
	e := newEnv(t)
	coord := e.login("coordinator@demo.test").Access
	ctx := context.Background()
	var day dates.Date
	if err := e.DB.NewSelect().Model((*db.Slip)(nil)).ColumnExpr("work_date").Where("status = 'SUBMITTED'").OrderExpr("work_date").Limit(1).Scan(ctx, &day); err != nil {
		t.Fatal(err)
	}
	waiting, _ := e.DB.NewSelect().Model((*db.Slip)(nil)).Where("status = 'SUBMITTED' AND work_date = ?", day).Count(ctx)
	var d struct{ ApproveSlips []struct{ Status string } }
	e.call(coord, `mutation($d:Date!){ approveSlips(date:$d){ status } }`, map[string]any{"d": day.String()}, &d)
	if int64(len(d.ApproveSlips)) != waiting || waiting == 0 {
		t.Fatalf("approved %d of %d waiting", len(d.ApproveSlips), waiting)
	}
	if left, _ := e.DB.NewSelect().Model((*db.Slip)(nil)).Where("status = 'SUBMITTED' AND work_date = ?", day).Count(ctx); left != 0 {
		t.Fatalf("%d slips still waiting", left)
	}
	// A technician lists only their own slips; a producer those of their client.
	tech := e.membership("tech@demo.test")
	var list struct {
		Slips struct {
			TotalCount int
			Edges      []struct {
				Node struct {
					Technician struct{ ID string }
					Production struct{ ID string }
				}
			}
		}
	}
	e.call(e.login("tech@demo.test").Access, `{ slips(first:200){ totalCount edges { node { technician { id } production { id } } } } }`, nil, &list)
	for _, ed := range list.Slips.Edges {
		if ed.Node.Technician.ID != tech.TechnicianID.String() {
			t.Fatal("a technician sees another technician's slip")
		}
	}
	if list.Slips.TotalCount == 0 {
		t.Fatal("the demo technician should have slips")
	}
	var other string
	if err := e.DB.NewSelect().Model((*db.Slip)(nil)).Column("id").Where("technician_id <> ?", *tech.TechnicianID).Limit(1).Scan(ctx, &other); err != nil {
		t.Fatal(err)
	}
	if r := e.do(e.login("tech@demo.test").Access, `query($id:ID!){ slip(id:$id){ id } }`, map[string]any{"id": other}); r.code() != "NOT_FOUND" {
		t.Fatalf("technician reading another's slip: %+v", r.Errors)
	}
}

func TestDemoShowsARejectionAndAnOverrun(t *testing.T) {
	e := newEnv(t)
	coord := e.login("coordinator@demo.test").Access
	var d struct {
		Overruns []struct {
			Level                         string
			PlannedMinutes, ActualMinutes int
			ExcessMinutes                 int
			ExcessCost                    string
			Task                          struct{ Title string }
		}
		Rejected struct{ TotalCount int } `json:"rejected"`
	}
	e.call(coord, `{ overruns { level plannedMinutes actualMinutes excessMinutes excessCost task { title } } rejected: slips(filter:{status:REJECTED}){ totalCount } }`, nil, &d)
	found := false
	for _, o := range d.Overruns {
		if o.Level == "OVERRUN" && o.ActualMinutes > o.PlannedMinutes && o.ExcessMinutes == o.ActualMinutes-o.PlannedMinutes && o.ExcessCost != "0.00" {
			found = true
		}
	}
	if !found {
		t.Fatalf("no overrun in the demo: %+v", d.Overruns)
	}
	if d.Rejected.TotalCount != 1 {
		t.Fatalf("rejected slips in the demo: %d", d.Rejected.TotalCount)
	}
	if r := e.do(e.login("tech@demo.test").Access, `{ overruns { level } }`, nil); r.code() != "FORBIDDEN" {
		t.Fatalf("a technician reading overruns: %+v", r.Errors)
	}
}

func TestSlipEventsAndOverrunEvent(t *testing.T) {
	e := newEnv(t)
	coord := e.login("coordinator@demo.test").Access
	tech := e.login("tech@demo.test").Access
	in, prod := e.techSlip()
	ws, err := e.dialWS(e.API.URL, map[string]any{"Authorization": "Bearer " + coord})
	if err != nil {
		t.Fatal(err)
	}
	ws.subscribe("1", `subscription{ slipEvents { id kind productionId slip { id workedMinutes technician { name } } } }`, nil)
	e.waitSubscribers(e.API.URL, 1)
	var d struct{ SubmitSlip slipOut }
	e.call(tech, submitSlip, map[string]any{"in": in}, &d)
	ev := ws.next(10 * time.Second)["slipEvents"].(map[string]any)
	if ev["kind"] != "slip.submitted" || ev["productionId"] != prod || ev["slip"].(map[string]any)["id"] != d.SubmitSlip.ID {
		t.Fatalf("event = %v", ev)
	}
	// A task with one hour planned, then two hours worked on it: an overrun event.
	ctx := context.Background()
	var taskID string
	if err := e.DB.NewSelect().Model((*db.Task)(nil)).Column("id").Where("production_id = ?", prod).Limit(1).Scan(ctx, &taskID); err != nil {
		t.Fatal(err)
	}
	if _, err := e.DB.NewUpdate().Model((*db.Task)(nil)).Set("planned_minutes = 60").Where("id = ?", taskID).Exec(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := e.DB.NewDelete().Model((*db.Slip)(nil)).Where("task_id = ?", taskID).Exec(ctx); err != nil {
		t.Fatal(err)
	}
	e.call(tech, submitSlip, map[string]any{"in": with(in, "clientId", uuid.NewString(), "operationId", nil, "taskId", taskID, "start", "15:00", "end", "17:00")}, &d)
	kinds := map[string]map[string]any{}
	for range 2 {
		ev := ws.next(10 * time.Second)["slipEvents"].(map[string]any)
		kinds[ev["kind"].(string)] = ev
	}
	if _, ok := kinds["overrun.raised"]; !ok {
		t.Fatalf("no overrun event: %v", kinds)
	}
}

func offset(d dates.Date) int {
	_, off := time.Date(d.Year, d.Month, d.Day, 12, 0, 0, 0, dates.Paris).Zone()
	return off
}
