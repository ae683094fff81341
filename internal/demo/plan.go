package demo

import (
	"context"
	"fmt"
	"slices"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/kernel/calendar"
	"github.com/postprod/postprod/internal/kernel/dates"
)

// stage is one step of a template plan, in working days.
type stage struct {
	Op   string
	Days int
}

// Templates by kind: the usual order of image then sound post-production.
var plans = map[db.ProductionKind][]stage{
	db.ProductionKindFeatureFilm: {{"INGEST", 3}, {"OFFLINE_EDIT", 30}, {"CONFORM", 3}, {"VFX", 10}, {"GRADING", 8}, {"SOUND_EDIT", 12}, {"FOLEY", 5}, {"MIX", 6}, {"CREDITS", 2}, {"SUBTITLES", 3}, {"MASTERING", 2}, {"QC", 1}},
	db.ProductionKindTVFiction:   {{"INGEST", 2}, {"OFFLINE_EDIT", 20}, {"CONFORM", 2}, {"GRADING", 5}, {"SOUND_EDIT", 8}, {"FOLEY", 3}, {"MIX", 4}, {"SUBTITLES", 2}, {"MASTERING", 1}, {"QC", 1}},
	db.ProductionKindDocumentary: {{"INGEST", 3}, {"OFFLINE_EDIT", 25}, {"CONFORM", 2}, {"GRADING", 4}, {"SOUND_EDIT", 5}, {"MIX", 3}, {"SUBTITLES", 2}, {"MASTERING", 1}, {"QC", 1}},
	db.ProductionKindMagazine:    {{"OFFLINE_EDIT", 8}, {"GRADING", 1}, {"SOUND_EDIT", 1}, {"MIX", 1}, {"MASTERING", 1}, {"QC", 1}},
	db.ProductionKindAnimation:   {{"OFFLINE_EDIT", 15}, {"VFX", 20}, {"GRADING", 4}, {"SOUND_EDIT", 8}, {"FOLEY", 4}, {"MIX", 4}, {"MASTERING", 1}, {"QC", 1}},
	// Per episode; episodes start a week apart.
	db.ProductionKindTVSeries: {{"OFFLINE_EDIT", 10}, {"GRADING", 3}, {"SOUND_EDIT", 4}, {"MIX", 2}, {"MASTERING", 1}, {"QC", 1}},
}

// roomKindFor says where a stage happens.
var roomKindFor = map[string]db.RoomKind{
	"OFFLINE_EDIT": db.RoomKindEditSuite, "CONFORM": db.RoomKindEditSuite, "GRADING": db.RoomKindGrading, "MIX": db.RoomKindMixStage,
	"FOLEY": db.RoomKindFoleyStage, "SOUND_EDIT": db.RoomKindSoundEdit, "VFX": db.RoomKindVFX, "QC": db.RoomKindScreening,
}

// atRisk is planned to end after its deadline, so the demo shows a
// production that will miss it.
const atRisk = "terres"

type planner struct {
	orgID    uuid.UUID
	ops      map[string]uuid.UUID
	techs    []db.Technician
	rooms    []db.Room
	team     map[uuid.UUID][]uuid.UUID // production → technicians
	busy     map[uuid.UUID][][2]dates.Date
	today    dates.Date
	tasks    []db.Task
	deps     []db.TaskDependency
	bookings []db.Booking
}

func (pl *planner) free(res uuid.UUID, from, to dates.Date) bool {
	for _, r := range pl.busy[res] {
		if !to.Before(r[0]) && !r[1].Before(from) {
			return false
		}
	}
	return true
}

func (pl *planner) book(t db.Task, tech, room *uuid.UUID) {
	status := db.BookingStatusConfirmed
	if pl.today.AddDays(21).Before(t.StartDate) {
		status = db.BookingStatusPencilled
	}
	res := tech
	if res == nil {
		res = room
	}
	pl.busy[*res] = append(pl.busy[*res], [2]dates.Date{t.StartDate, t.EndDate})
	pl.bookings = append(pl.bookings, db.Booking{ID: uuid.New(), OrganisationID: pl.orgID, ProductionID: t.ProductionID, TaskID: t.ID,
		TechnicianID: tech, RoomID: room, StartDate: t.StartDate, EndDate: t.EndDate, FromMinute: 9 * 60, ToMinute: 18 * 60, Status: status})
}

func (pl *planner) has(tech db.Technician, op string) bool {
	for _, s := range tech.Skills {
		if s == op {
			return true
		}
	}
	return false
}

// staff books a free team member with the skill (else anyone free with it)
// and a free room of the right kind.
func (pl *planner) staff(t db.Task, op string) {
	var pick *uuid.UUID
	for _, pass := range []bool{true, false} {
		for i := range pl.techs {
			tech := &pl.techs[i]
			inTeam := false
			for _, id := range pl.team[t.ProductionID] {
				inTeam = inTeam || id == tech.ID
			}
			if inTeam == pass && pl.has(*tech, op) && pl.free(tech.ID, t.StartDate, t.EndDate) {
				pick = &tech.ID
				break
			}
		}
		if pick != nil {
			break
		}
	}
	if pick != nil {
		pl.book(t, pick, nil)
	}
	if kind, ok := roomKindFor[op]; ok {
		for i := range pl.rooms {
			if pl.rooms[i].Kind == kind && pl.free(pl.rooms[i].ID, t.StartDate, t.EndDate) {
				pl.book(t, nil, &pl.rooms[i].ID)
				break
			}
		}
	}
}

// chain plans stages one after the other from start, each depending on the
// previous one.
func (pl *planner) chain(prodID uuid.UUID, episode *uuid.UUID, start dates.Date, stages []stage) dates.Date {
	var prev *db.Task
	day := calendar.NextWorkingDay(start)
	for _, s := range stages {
		t := db.Task{ID: uuid.New(), OrganisationID: pl.orgID, ProductionID: prodID, EpisodeID: episode, OperationID: pl.ops[s.Op],
			PlannedMinutes: s.Days * 8 * 60, StartDate: day, EndDate: calendar.AddWorkingDays(day, s.Days-1), Status: db.TaskStatusPlanned}
		switch {
		case !pl.today.Before(t.EndDate) && t.EndDate.Before(pl.today):
			t.Status = db.TaskStatusDone
		case !pl.today.Before(t.StartDate):
			t.Status = db.TaskStatusInProgress
		}
		pl.tasks = append(pl.tasks, t)
		if prev != nil {
			pl.deps = append(pl.deps, db.TaskDependency{OrganisationID: pl.orgID, TaskID: t.ID, DependsOnID: prev.ID})
		}
		pl.staff(t, s.Op)
		prev = &pl.tasks[len(pl.tasks)-1]
		day = calendar.AddWorkingDays(t.EndDate, 1)
	}
	return prev.EndDate
}

func duration(stages []stage) int {
	n := 0
	for _, s := range stages {
		n += s.Days
	}
	return n
}

// seedPlan gives every production a plan ending ten working days before its
// deadline (the at-risk one five days after it), staffs it without
// conflicts, then adds two conflicts on purpose: a technician confirmed on
// two productions at once, and a booking during declared leave.
func seedPlan(ctx context.Context, idb bun.IDB, orgID uuid.UUID, prods []db.Production, keys []string, episodes []db.Episode,
	team []db.TeamMember, techs []db.Technician, rooms []db.Room, today dates.Date, coordinator uuid.UUID) error {
	var ops []db.Operation
	if err := idb.NewSelect().Model(&ops).Where("organisation_id IS NULL").Scan(ctx); err != nil {
		return err
	}
	pl := &planner{orgID: orgID, ops: map[string]uuid.UUID{}, techs: techs, rooms: rooms, team: map[uuid.UUID][]uuid.UUID{},
		busy: map[uuid.UUID][][2]dates.Date{}, today: today}
	for _, o := range ops {
		pl.ops[o.Code] = o.ID
	}
	for _, m := range team {
		pl.team[m.ProductionID] = append(pl.team[m.ProductionID], m.TechnicianID)
	}
	for i, p := range prods {
		stages := plans[p.Kind]
		if stages == nil || p.DeliveryDeadline == nil {
			continue
		}
		var eps []db.Episode
		for _, e := range episodes {
			if e.ProductionID == p.ID {
				eps = append(eps, e)
			}
		}
		total := duration(stages)
		if len(eps) > 0 {
			total += 5 * (len(eps) - 1)
		}
		margin := 10
		if keys[i] == atRisk {
			margin = -5
		}
		start := calendar.AddWorkingDays(*p.DeliveryDeadline, -(total + margin))
		if len(eps) == 0 {
			pl.chain(p.ID, nil, start, stages)
			continue
		}
		for k := range eps {
			pl.chain(p.ID, &eps[k].ID, calendar.AddWorkingDays(start, 5*k), stages)
		}
	}

	// The technician of tech@demo.test, confirmed elsewhere while already
	// booked: the double booking the coordinator must solve.
	var nicolas *db.Technician
	for i := range techs {
		if techs[i].Email == "nicolas.garnier@example.fr" {
			nicolas = &techs[i]
		}
	}
	var unav []db.Unavailability
	if nicolas != nil {
		var mine, other *db.Booking
		for i := range pl.bookings {
			b := &pl.bookings[i]
			if b.TechnicianID != nil && *b.TechnicianID == nicolas.ID && b.Status == db.BookingStatusConfirmed && mine == nil {
				mine = b
			}
		}
		for i := range pl.tasks {
			t := &pl.tasks[i]
			if mine != nil && t.ProductionID != mine.ProductionID && !t.EndDate.Before(mine.StartDate) && !mine.EndDate.Before(t.StartDate) && other == nil {
				pl.bookings = append(pl.bookings, db.Booking{ID: uuid.New(), OrganisationID: orgID, ProductionID: t.ProductionID, TaskID: t.ID,
					TechnicianID: &nicolas.ID, StartDate: maxDate(t.StartDate, mine.StartDate), EndDate: minDate(t.EndDate, mine.EndDate),
					FromMinute: 9 * 60, ToMinute: 18 * 60, Status: db.BookingStatusConfirmed, Note: "Renfort demandé par la production"})
				other = &pl.bookings[len(pl.bookings)-1]
			}
		}
		if mine != nil {
			// Leave declared on the last day of a confirmed session.
			unav = append(unav, db.Unavailability{ID: uuid.New(), OrganisationID: orgID, TechnicianID: nicolas.ID,
				StartDate: mine.EndDate, EndDate: mine.EndDate, Kind: db.UnavailabilityKindOtherJob, Reason: "Tournage d'un court métrage"})
		}
	}
	if nicolas != nil {
		pl.stageForDemoTechnician(prods, keys, nicolas.ID)
	}
	steps := []struct {
		what  string
		model any
		n     int
	}{{"tasks", &pl.tasks, len(pl.tasks)}, {"dependencies", &pl.deps, len(pl.deps)}, {"bookings", &pl.bookings, len(pl.bookings)}, {"unavailabilities", &unav, len(unav)}}
	for _, s := range steps {
		if s.n == 0 {
			continue
		}
		if _, err := idb.NewInsert().Model(s.model).Exec(ctx); err != nil {
			return fmt.Errorf("demo: inserting %s: %w", s.what, err)
		}
	}
	return seedSlips(ctx, idb, pl, coordinator)
}

// demoTechStage is the production where the demo technician (tech@demo.test)
// works these days: not the chain production of the browser tests.
const demoTechStage = "sel"

// stageForDemoTechnician gives the demo technician work around today, so
// that "Ma journée", "Mon planning" and their slips agree: a music edit
// running alongside the picture edit of one of their productions, from ten
// working days ago to five days ahead, confirmed on them at the hours of
// their slips. seedSlips then files their slips on it. Nothing is added when
// they already have a confirmed booking over those days.
func (pl *planner) stageForDemoTechnician(prods []db.Production, keys []string, tech uuid.UUID) {
	op, ok := pl.ops["MUSIC_EDIT"]
	from, to := calendar.AddWorkingDays(pl.today, -10), calendar.AddWorkingDays(pl.today, 5)
	var prod *db.Production
	for i := range prods {
		if keys[i] == demoTechStage {
			prod = &prods[i]
		}
	}
	if !ok || prod == nil || !slices.Contains(pl.team[prod.ID], tech) {
		return
	}
	for _, b := range pl.bookings {
		if b.TechnicianID != nil && *b.TechnicianID == tech && b.Status != db.BookingStatusCancelled && !to.Before(b.StartDate) && !b.EndDate.Before(from) {
			return
		}
	}
	days := calendar.CountWorkingDays(from, to)
	t := db.Task{ID: uuid.New(), OrganisationID: pl.orgID, ProductionID: prod.ID, OperationID: op, Title: "Montage musique (musiques temporaires)",
		PlannedMinutes: days * 8 * 60, StartDate: from, EndDate: to, Status: db.TaskStatusInProgress}
	pl.tasks = append(pl.tasks, t)
	pl.bookings = append(pl.bookings, db.Booking{ID: uuid.New(), OrganisationID: pl.orgID, ProductionID: prod.ID, TaskID: t.ID,
		TechnicianID: &tech, StartDate: from, EndDate: to, FromMinute: slipStart, ToMinute: slipEnd, Status: db.BookingStatusConfirmed})
}

func maxDate(a, b dates.Date) dates.Date {
	if a.Before(b) {
		return b
	}
	return a
}

func minDate(a, b dates.Date) dates.Date {
	if a.Before(b) {
		return a
	}
	return b
}
