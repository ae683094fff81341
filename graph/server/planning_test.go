package server_test

import (
	"context"
	"io"
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/postprod/postprod/db"
)

type conflict struct {
	Kind, Message string
	From, To      string
	Productions   []struct{ Title string }
	Tasks         []struct{ ID string }
	Bookings      []struct{ ID string }
	Technician    *struct{ Name string }
	Room          *struct{ Name string }
}

const conflictsQuery = `query($from:Date,$to:Date){ conflicts(from:$from, to:$to){ kind message from to productions{ title } tasks{ id } bookings{ id } technician{ name } room{ name } } }`

type planFixture struct {
	*org
	admin                          string
	prodA, prodB                   string
	a1, a2, a3, b1                 string
	t1, t2, room                   string
	bookT1A1, bookT1B1, bookT2A2   string
	bookRoomA1, bookRoomB1, t1OnA2 string
}

// newPlan builds, through the API, a new organisation with two productions
// whose plans carry one conflict of every kind.
func (e *env) newPlan() *planFixture {
	e.t.Helper()
	fx := e.newOrg("Plan Post")
	f := &planFixture{org: fx, admin: fx.as(db.RoleAdmin)}
	client := fx.client("name", "Films A")
	f.prodA = fx.production("title", "Film A", "kind", "FEATURE_FILM", "clientId", client, "deliveryDeadline", "2026-03-10")
	f.prodB = fx.production("title", "Doc B", "kind", "DOCUMENTARY", "clientId", client)
	f.t1 = fx.technician("name", "Théo Monteur", "functions", []string{"Monteur"}, "skills", []string{"OFFLINE_EDIT"}, "hourlyRate", "50", "dailyRate", "400")
	f.t2 = fx.technician("name", "Mia Mixeuse", "functions", []string{"Mixeuse"}, "skills", []string{"MIX"}, "hourlyRate", "60", "dailyRate", "480")
	f.room = fx.room("name", "Montage 1", "kind", "EDIT_SUITE", "dailyRate", "250")
	task := func(p, op, s, en string) string {
		return fx.task(p, "operationId", fx.op(op), "startDate", s, "endDate", en)
	}
	f.a1 = task(f.prodA, "OFFLINE_EDIT", "2026-03-02", "2026-03-06")
	f.a2 = task(f.prodA, "MIX", "2026-03-09", "2026-03-13")
	f.a3 = task(f.prodA, "GRADING", "2026-03-05", "2026-03-06")
	f.b1 = task(f.prodB, "OFFLINE_EDIT", "2026-03-04", "2026-03-10")
	fx.dependsOn(f.a2, f.a1)
	fx.dependsOn(f.a3, f.a1)
	b := func(task, who, id, s, en, status string) string {
		return fx.booking(task, who, id, "startDate", s, "endDate", en, "status", status)
	}
	f.bookT1A1 = b(f.a1, "technicianId", f.t1, "2026-03-02", "2026-03-06", "CONFIRMED")
	f.bookT1B1 = b(f.b1, "technicianId", f.t1, "2026-03-04", "2026-03-10", "CONFIRMED")
	f.bookRoomA1 = b(f.a1, "roomId", f.room, "2026-03-02", "2026-03-06", "CONFIRMED")
	f.bookRoomB1 = b(f.b1, "roomId", f.room, "2026-03-06", "2026-03-10", "CONFIRMED")
	f.bookT2A2 = b(f.a2, "technicianId", f.t2, "2026-03-09", "2026-03-13", "CONFIRMED")
	f.t1OnA2 = b(f.a2, "technicianId", f.t1, "2026-03-12", "2026-03-13", "PENCILLED")
	fx.unavailability(f.t2, "startDate", "2026-03-11", "endDate", "2026-03-11", "kind", "DAY_OFF", "reason", "Congé")
	return f
}

func byKind(cs []conflict, kind string) []conflict {
	var out []conflict
	for _, c := range cs {
		if c.Kind == kind {
			out = append(out, c)
		}
	}
	return out
}

func hasBooking(c conflict, ids ...string) bool {
	for _, id := range ids {
		if !slices.ContainsFunc(c.Bookings, func(b struct{ ID string }) bool { return b.ID == id }) {
			return false
		}
	}
	return true
}

func TestEveryConflictKindAcrossTwoProductions(t *testing.T) {
	e := newEmptyEnv(t)
	f := e.newPlan()
	var d struct{ Conflicts []conflict }
	e.call(f.admin, conflictsQuery, nil, &d)
	double := byKind(d.Conflicts, "DOUBLE_BOOKING")
	if !slices.ContainsFunc(double, func(c conflict) bool {
		return hasBooking(c, f.bookT1A1, f.bookT1B1) && c.Technician != nil && c.Technician.Name == "Théo Monteur" && len(c.Productions) == 2 && c.From == "2026-03-04" && c.To == "2026-03-06"
	}) {
		t.Errorf("technician double booking across A and B not found: %+v", double)
	}
	if !slices.ContainsFunc(double, func(c conflict) bool { return hasBooking(c, f.bookRoomA1, f.bookRoomB1) && c.Room != nil }) {
		t.Errorf("room double booking not found: %+v", double)
	}
	if slices.ContainsFunc(double, func(c conflict) bool { return hasBooking(c, f.t1OnA2) }) {
		t.Errorf("a pencilled booking must not count as a double booking: %+v", double)
	}
	if un := byKind(d.Conflicts, "UNAVAILABLE"); len(un) != 1 || !hasBooking(un[0], f.bookT2A2) || !strings.Contains(un[0].Message, "Mia Mixeuse") {
		t.Errorf("unavailability conflict: %+v", un)
	}
	if sk := byKind(d.Conflicts, "SKILL"); len(sk) != 1 || !hasBooking(sk[0], f.t1OnA2) {
		t.Errorf("skill conflict: %+v", sk)
	}
	if dep := byKind(d.Conflicts, "DEPENDENCY"); len(dep) != 1 || !slices.ContainsFunc(dep[0].Tasks, func(x struct{ ID string }) bool { return x.ID == f.a3 }) {
		t.Errorf("dependency conflict: %+v", dep)
	}
	if dl := byKind(d.Conflicts, "DEADLINE"); len(dl) != 1 || dl[0].Productions[0].Title != "Film A" {
		t.Errorf("deadline conflict: %+v", dl)
	}
	for _, c := range d.Conflicts {
		if c.Message == "" {
			t.Errorf("a conflict without message: %+v", c)
		}
	}
	// A period filter keeps only what overlaps it.
	e.call(f.admin, conflictsQuery, map[string]any{"from": "2026-03-11", "to": "2026-03-11"}, &d)
	for _, c := range d.Conflicts {
		if c.To < "2026-03-11" || c.From > "2026-03-11" {
			t.Errorf("conflict outside the period: %+v", c)
		}
	}
}

const shiftMutation = `mutation($id:ID!,$n:Int!,$c:Boolean!,$r:String,$l:Boolean){ shiftTask(id:$id, workingDays:$n, cascade:$c, reason:$r, lateRushes:$l){ moved { id startDate endDate bookings { startDate endDate } shifts { reason lateRushes workingDays } } conflicts { kind } } }`

type moved struct {
	ID, StartDate, EndDate string
	Bookings               []struct{ StartDate, EndDate string }
	Shifts                 []struct {
		Reason      string
		LateRushes  bool
		WorkingDays int
	}
}

func TestShiftTaskCascadesAndExplains(t *testing.T) {
	e := newEmptyEnv(t)
	f := e.newPlan()
	var d struct {
		ShiftTask struct {
			Moved     []moved
			Conflicts []struct{ Kind string }
		}
	}
	e.call(f.admin, shiftMutation, map[string]any{"id": f.a1, "n": 3, "c": true, "r": "Rushes livrés en retard", "l": true}, &d)
	got := map[string]moved{}
	for _, m := range d.ShiftTask.Moved {
		got[m.ID] = m
	}
	// A1 Mon 2 → Thu 5 March, keeps its five working days (ends Wed 11);
	// A2 and A3 follow by three working days too.
	if m := got[f.a1]; m.StartDate != "2026-03-05" || m.EndDate != "2026-03-11" {
		t.Errorf("A1 moved to %s..%s", m.StartDate, m.EndDate)
	}
	if m := got[f.a2]; m.StartDate != "2026-03-12" || m.EndDate != "2026-03-18" {
		t.Errorf("A2 moved to %s..%s", m.StartDate, m.EndDate)
	}
	if _, ok := got[f.a3]; !ok || len(got) != 3 {
		t.Errorf("moved %v", d.ShiftTask.Moved)
	}
	if _, ok := got[f.b1]; ok {
		t.Error("B1 does not depend on A1 and must stay")
	}
	if b := got[f.a1].Bookings; len(b) != 2 || b[0].StartDate != "2026-03-05" {
		t.Errorf("A1's bookings did not follow: %+v", b)
	}
	if s := got[f.a2].Shifts; len(s) != 1 || s[0].Reason != "Rushes livrés en retard" || !s[0].LateRushes || s[0].WorkingDays != 3 {
		t.Errorf("history of A2: %+v", s)
	}
	if len(d.ShiftTask.Conflicts) == 0 {
		t.Error("the shift should report the conflicts of the plan")
	}
	// Without cascade, only the task moves.
	e.call(f.admin, shiftMutation, map[string]any{"id": f.a1, "n": -1, "c": false}, &d)
	if len(d.ShiftTask.Moved) != 1 {
		t.Errorf("without cascade moved %d tasks", len(d.ShiftTask.Moved))
	}
}

func TestDependencyCycleIsRefused(t *testing.T) {
	e := newEmptyEnv(t)
	f := e.newPlan()
	before := e.snapshot(planTables...)
	r := e.do(f.admin, `mutation($id:ID!,$d:[DependencyInput!]!){ setTaskDependencies(id:$id, dependencies:$d){ id } }`,
		map[string]any{"id": f.a1, "d": []any{map[string]any{"dependsOnId": f.a2}}})
	if r.code() != "VALIDATION" || !strings.Contains(r.Errors[0].Message, "boucle") {
		t.Fatalf("cycle: %+v", r.Errors)
	}
	if e.snapshot(planTables...) != before {
		t.Fatal("the refused dependency changed the plan")
	}
}

func TestTechnicianSeesOnlyOwnBookingsAndProducerOnlyOwnPlan(t *testing.T) {
	e := newEmptyEnv(t)
	ctx := context.Background()
	fx := e.newOrg("Plan Post")
	// Two productions of the producer's client and one of another client's,
	// each with a task that books the technician member, a colleague and a room.
	colleague, room := fx.technician(), fx.room()
	for _, p := range []string{fx.production(), fx.production(), fx.production("clientId", fx.client())} {
		task := fx.task(p)
		fx.booking(task, "technicianId", fx.technicianID)
		fx.booking(task, "technicianId", colleague)
		fx.booking(task, "roomId", room)
	}
	tech := e.membership(fx.member(db.RoleTechnician).Email)
	prod := e.membership(fx.member(db.RoleProducer).Email)
	q := `{ bookings(first: 200) { totalCount edges { node { id technician { id } production { id } } } } }`
	type list struct {
		Bookings struct {
			TotalCount int
			Edges      []struct {
				Node struct {
					ID         string
					Technician *struct{ ID string }
					Production struct{ ID string }
				}
			}
		}
	}
	var d list
	e.call(fx.as(db.RoleTechnician), q, nil, &d)
	want, _ := e.DB.NewSelect().Model((*db.Booking)(nil)).Where("technician_id = ?", *tech.TechnicianID).Count(ctx)
	if d.Bookings.TotalCount == 0 || int64(d.Bookings.TotalCount) != want {
		t.Fatalf("technician sees %d bookings, owns %d", d.Bookings.TotalCount, want)
	}
	for _, ed := range d.Bookings.Edges {
		if ed.Node.Technician == nil || ed.Node.Technician.ID != tech.TechnicianID.String() {
			t.Fatalf("technician sees someone else's booking %+v", ed.Node)
		}
	}
	var own []string
	if err := e.DB.NewSelect().Model((*db.Production)(nil)).Column("id").Where("client_id = ?", *prod.ClientID).Scan(ctx, &own); err != nil {
		t.Fatal(err)
	}
	producer := fx.as(db.RoleProducer)
	e.call(producer, q, nil, &d)
	if d.Bookings.TotalCount == 0 {
		t.Fatal("the producer should see the plan of their productions")
	}
	for _, ed := range d.Bookings.Edges {
		if !slices.Contains(own, ed.Node.Production.ID) {
			t.Fatalf("producer sees a booking of another client's production: %+v", ed.Node)
		}
	}
	var other string
	if err := e.DB.NewSelect().Model((*db.Task)(nil)).Column("id").Where("production_id NOT IN (?)", bunIn(own)).Limit(1).Scan(ctx, &other); err != nil {
		t.Fatal(err)
	}
	if r := e.do(producer, `query($id:ID!){ task(id:$id){ id } }`, map[string]any{"id": other}); r.code() != "NOT_FOUND" {
		t.Fatalf("producer reading another client's task: %+v", r.Errors)
	}
	if r := e.do(producer, shiftMutation, map[string]any{"id": other, "n": 1, "c": true}); r.code() != "FORBIDDEN" {
		t.Fatalf("producer shifting a task: %+v", r.Errors)
	}
}

func TestWorkingDaysAndHolidays(t *testing.T) {
	e := newEmptyEnv(t)
	tok := e.newOrg("Calendrier Post").as(db.RoleCoordinator)
	var d struct {
		WorkingDays []string
		Holidays    []struct{ Date, Name string }
	}
	e.call(tok, `{ workingDays(from:"2026-04-30", to:"2026-05-11") holidays(year:2026){ date name } }`, nil, &d)
	want := []string{"2026-04-30", "2026-05-04", "2026-05-05", "2026-05-06", "2026-05-07", "2026-05-11"}
	if !slices.Equal(d.WorkingDays, want) {
		t.Errorf("working days = %v, want %v", d.WorkingDays, want)
	}
	if len(d.Holidays) != 11 || !slices.ContainsFunc(d.Holidays, func(h struct{ Date, Name string }) bool { return h.Date == "2026-04-06" }) {
		t.Errorf("holidays 2026 = %+v", d.Holidays)
	}
	if r := e.do(tok, `{ workingDays(from:"2026-05-11", to:"2026-04-30") }`, nil); r.code() != "VALIDATION" {
		t.Errorf("reversed period: %+v", r.Errors)
	}
}

func TestTechnicianCalendarFeed(t *testing.T) {
	e := newEmptyEnv(t)
	fx := e.newOrg("Plan Post")
	// A week booked a fortnight ahead, within the feed's window, and a colleague.
	monday := mondayAfter(14)
	task := fx.task(fx.production(), "startDate", monday.String(), "endDate", monday.AddDays(4).String(), "allowNonWorking", true)
	fx.booking(task, "technicianId", fx.technicianID)
	fx.technician()
	tok := fx.as(db.RoleTechnician)
	var d struct{ ResetCalendarFeed struct{ URL string } }
	e.call(tok, `mutation{ resetCalendarFeed { url } }`, nil, &d)
	get := func(url string) (int, string) {
		resp, err := http.Get(e.API.URL + url[strings.Index(url, "/calendar/"):])
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	status, body := get(d.ResetCalendarFeed.URL)
	if status != 200 || !strings.Contains(body, "BEGIN:VCALENDAR") || !strings.Contains(body, "BEGIN:VEVENT") {
		t.Fatalf("feed %d: %.300s", status, body)
	}
	old := d.ResetCalendarFeed.URL
	e.call(tok, `mutation{ resetCalendarFeed { url } }`, nil, &d)
	if status, _ := get(old); status != http.StatusNotFound {
		t.Fatalf("a reset feed still answers %d", status)
	}
	// A technician cannot take another one's feed.
	var other string
	if err := e.DB.NewSelect().Model((*db.Technician)(nil)).Column("id").Where("id <> ?", *e.membership(fx.member(db.RoleTechnician).Email).TechnicianID).Limit(1).Scan(context.Background(), &other); err != nil {
		t.Fatal(err)
	}
	if r := e.do(tok, `mutation($t:ID){ resetCalendarFeed(technicianId:$t){ url } }`, map[string]any{"t": other}); r.code() != "FORBIDDEN" {
		t.Fatalf("resetting another technician's feed: %+v", r.Errors)
	}
}

func TestPlanEpisodesFromTemplate(t *testing.T) {
	e := newEmptyEnv(t)
	ctx := context.Background()
	fx := e.newOrg("Série Post")
	tok := fx.as(db.RoleCoordinator)
	// A series whose first episode has an edit, then a mix that depends on it.
	series := fx.production("kind", "TV_SERIES")
	first := fx.episode(series, 1)
	edit := fx.task(series, "episodeId", first, "startDate", "2026-03-02", "endDate", "2026-03-06")
	fx.dependsOn(fx.task(series, "episodeId", first, "operationId", fx.op("MIX"), "startDate", "2026-03-09", "endDate", "2026-03-13"), edit)
	var src db.Episode
	if err := e.DB.NewSelect().Model(&src).Where("number = 1 AND EXISTS (SELECT 1 FROM tasks WHERE episode_id = episode.id)").Limit(1).Scan(ctx); err != nil {
		t.Fatal(err)
	}
	var ep struct{ AddEpisode struct{ ID string } }
	e.call(tok, `mutation($p:ID!){ addEpisode(productionId:$p, input:{number:42, title:"Épisode bonus"}){ id } }`, map[string]any{"p": src.ProductionID}, &ep)
	var srcTasks []db.Task
	if err := e.DB.NewSelect().Model(&srcTasks).Where("episode_id = ?", src.ID).Order("start_date").Scan(ctx); err != nil {
		t.Fatal(err)
	}
	var d struct {
		PlanEpisodesFromTemplate []struct {
			ID, StartDate string
			Episode       struct{ Number int }
			DependsOn     []struct {
				Task struct{ Episode struct{ Number int } }
			}
		}
	}
	e.call(tok, `mutation($in:EpisodeTemplateInput!){ planEpisodesFromTemplate(input:$in){ id startDate episode { number } dependsOn { task { episode { number } } } } }`,
		map[string]any{"in": map[string]any{"sourceEpisodeId": src.ID, "targetEpisodeIds": []string{ep.AddEpisode.ID}, "offsetWorkingDays": 5}}, &d)
	got := d.PlanEpisodesFromTemplate
	if len(got) != len(srcTasks) {
		t.Fatalf("copied %d tasks of %d", len(got), len(srcTasks))
	}
	// Five working days later: a Monday start stays a Monday a week on.
	want := calendarAdd(srcTasks[0].StartDate, 5)
	if got[0].StartDate != want || got[0].Episode.Number != 42 {
		t.Fatalf("first task starts %s in episode %d, want %s in 42", got[0].StartDate, got[0].Episode.Number, want)
	}
	deps := 0
	for _, task := range got {
		for _, dep := range task.DependsOn {
			deps++
			if dep.Task.Episode.Number != 42 {
				t.Fatal("a copied dependency points back to the template episode")
			}
		}
	}
	if deps == 0 {
		t.Fatal("the template's dependencies were not copied")
	}
}
