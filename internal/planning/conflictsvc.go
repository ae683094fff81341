package planning

import (
	"context"
	"fmt"
	"slices"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/auth"
	"github.com/postprod/postprod/internal/kernel/dates"
	"github.com/postprod/postprod/internal/productions"
)

// LoadInput reads the organisation's plan for conflict detection. Tasks are
// all read (a deadline depends on the last one); bookings and
// unavailabilities only where they overlap the period.
func LoadInput(ctx context.Context, idb bun.IDB, org uuid.UUID, from, to *dates.Date) (Input, error) {
	var in Input
	var prods []db.Production
	if err := idb.NewSelect().Model(&prods).Column("id", "title", "delivery_deadline").Where("organisation_id = ?", org).Scan(ctx); err != nil {
		return in, err
	}
	for _, p := range prods {
		in.Productions = append(in.Productions, Production{ID: p.ID, Title: p.Title, Deadline: p.DeliveryDeadline})
	}
	var tasks []struct {
		db.Task `bun:",extend"`
		Code    string
		LabelFr string
		LabelEn string
		Number  *int
	}
	if err := idb.NewSelect().Model(&tasks).ModelTableExpr("tasks AS task").
		ColumnExpr("task.id, task.production_id, task.title, task.start_date, task.end_date, task.allow_non_working").
		ColumnExpr("o.code, o.label_fr, o.label_en, e.number").
		Join("JOIN operations o ON o.id = task.operation_id").
		Join("LEFT JOIN episodes e ON e.id = task.episode_id").
		Where("task.organisation_id = ?", org).Scan(ctx); err != nil {
		return in, err
	}
	for _, t := range tasks {
		label := t.Title
		if label == "" {
			label = t.LabelFr
		}
		if t.Number != nil {
			label = fmt.Sprintf("%s — épisode %d", label, *t.Number)
		}
		in.Tasks = append(in.Tasks, Task{ID: t.ID, ProductionID: t.ProductionID, Label: label, OperationCode: t.Code,
			OperationFR: t.LabelFr, OperationEN: t.LabelEn,
			Start: t.StartDate, End: t.EndDate, AllowNonWorking: t.AllowNonWorking})
	}
	var deps []db.TaskDependency
	if err := idb.NewSelect().Model(&deps).Where("organisation_id = ?", org).Scan(ctx); err != nil {
		return in, err
	}
	for _, d := range deps {
		in.Dependencies = append(in.Dependencies, Dependency{TaskID: d.TaskID, DependsOnID: d.DependsOnID, LagDays: d.LagDays})
	}
	var bookings []db.Booking
	bq := idb.NewSelect().Model(&bookings).Where("organisation_id = ? AND status <> ?", org, db.BookingStatusCancelled)
	uq := idb.NewSelect().Model((*db.Unavailability)(nil)).Where("organisation_id = ?", org)
	if from != nil {
		bq, uq = bq.Where("end_date >= ?", *from), uq.Where("end_date >= ?", *from)
	}
	if to != nil {
		bq, uq = bq.Where("start_date <= ?", *to), uq.Where("start_date <= ?", *to)
	}
	if err := bq.Scan(ctx); err != nil {
		return in, err
	}
	for _, b := range bookings {
		in.Bookings = append(in.Bookings, Booking{ID: b.ID, TaskID: b.TaskID, ProductionID: b.ProductionID, TechnicianID: b.TechnicianID,
			RoomID: b.RoomID, Start: b.StartDate, End: b.EndDate, FromMinute: b.FromMinute, ToMinute: b.ToMinute, Status: b.Status})
	}
	var unav []db.Unavailability
	if err := uq.Model(&unav).Scan(ctx); err != nil {
		return in, err
	}
	for _, u := range unav {
		in.Unavailabilities = append(in.Unavailabilities, Unavailability{ID: u.ID, TechnicianID: u.TechnicianID, Start: u.StartDate, End: u.EndDate, Reason: u.Reason})
	}
	var techs []db.Technician
	if err := idb.NewSelect().Model(&techs).Column("id", "name", "skills").Where("organisation_id = ?", org).Scan(ctx); err != nil {
		return in, err
	}
	for _, t := range techs {
		in.Technicians = append(in.Technicians, Technician{ID: t.ID, Name: t.Name, Skills: t.Skills})
	}
	var rooms []db.Room
	if err := idb.NewSelect().Model(&rooms).Column("id", "name").Where("organisation_id = ?", org).Scan(ctx); err != nil {
		return in, err
	}
	for _, r := range rooms {
		in.Rooms = append(in.Rooms, Room{ID: r.ID, Name: r.Name})
	}
	return in, nil
}

// Conflicts computes the organisation's conflicts over the period and keeps
// those the caller may know of: all for the staff, those touching only the
// producer's own productions, a technician's own.
func (s *Service) Conflicts(ctx context.Context, from, to *dates.Date) ([]Conflict, error) {
	p, err := auth.Require(ctx)
	if err != nil {
		return nil, err
	}
	return conflictsFor(ctx, s.DB, p, from, to)
}

func conflictsFor(ctx context.Context, idb bun.IDB, p *auth.Principal, from, to *dates.Date) ([]Conflict, error) {
	in, err := LoadInput(ctx, idb, p.OrganisationID, from, to)
	if err != nil {
		return nil, err
	}
	var visible map[uuid.UUID]bool
	if !p.SeesWholeOrganisation() && !p.Is(db.RoleTechnician) {
		var ids []uuid.UUID
		if err := productions.Visible(idb.NewSelect().Model((*db.Production)(nil)).Column("production.id"), p).Scan(ctx, &ids); err != nil {
			return nil, err
		}
		visible = map[uuid.UUID]bool{}
		for _, id := range ids {
			visible[id] = true
		}
	}
	var out []Conflict
	for _, c := range Detect(in) {
		if (from != nil && c.To.Before(*from)) || (to != nil && to.Before(c.From)) {
			continue
		}
		switch {
		case p.SeesWholeOrganisation():
		case p.Is(db.RoleTechnician):
			if p.TechnicianID == nil || c.TechnicianID == nil || *c.TechnicianID != *p.TechnicianID {
				continue
			}
		default:
			if len(c.ProductionIDs) == 0 || slices.ContainsFunc(c.ProductionIDs, func(id uuid.UUID) bool { return !visible[id] }) {
				continue
			}
		}
		out = append(out, c)
	}
	return out, nil
}
