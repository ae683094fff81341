package planning

import (
	"context"
	"errors"
	"math"
	"slices"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/auth"
	"github.com/postprod/postprod/internal/kernel/apperr"
	"github.com/postprod/postprod/internal/kernel/calendar"
	"github.com/postprod/postprod/internal/kernel/dates"
	"github.com/postprod/postprod/internal/kernel/validate"
	"github.com/postprod/postprod/internal/platform/service"
	"github.com/postprod/postprod/internal/productions"
)

type TaskInput struct {
	OperationID     uuid.UUID
	EpisodeID       *uuid.UUID
	Title           *string
	StartDate       dates.Date
	EndDate         dates.Date
	PlannedDays     *float64
	PlannedHours    *float64
	Status          *db.TaskStatus
	AllowNonWorking *bool
	Notes           *string
}

func (s *Service) buildTask(ctx context.Context, idb bun.IDB, p *auth.Principal, productionID uuid.UUID, in TaskInput) (*db.Task, error) {
	t := &db.Task{OrganisationID: p.OrganisationID, ProductionID: productionID, OperationID: in.OperationID, EpisodeID: in.EpisodeID,
		StartDate: in.StartDate, EndDate: in.EndDate, Status: db.TaskStatusPlanned}
	var err error
	if t.Title, err = validate.Optional("title", validate.Str(in.Title), 200); err != nil {
		return nil, err
	}
	if t.Notes, err = validate.Optional("notes", validate.Str(in.Notes), 5000); err != nil {
		return nil, err
	}
	if in.Status != nil {
		t.Status = *in.Status
	}
	if in.AllowNonWorking != nil {
		t.AllowNonWorking = *in.AllowNonWorking
	}
	if in.EndDate.Before(in.StartDate) {
		return nil, apperr.Invalid("endDate", "La fin précède le début.", "The end is before the start.")
	}
	if in.EndDate.Time().Sub(in.StartDate.Time()).Hours() > 24*731 {
		return nil, apperr.Invalid("endDate", "Une tâche ne peut durer plus de deux ans.", "A task cannot last more than two years.")
	}
	switch {
	case in.PlannedDays != nil && in.PlannedHours != nil:
		return nil, apperr.Invalid("plannedDays", "Donnez des jours ou des heures, pas les deux.", "Give days or hours, not both.")
	case in.PlannedDays != nil:
		t.PlannedMinutes = int(math.Round(*in.PlannedDays * minutesPerDay))
		if *in.PlannedDays < 0 || *in.PlannedDays > 1000 || math.IsNaN(*in.PlannedDays) {
			return nil, apperr.Invalid("plannedDays", "Nombre de jours invalide.", "Invalid number of days.")
		}
	case in.PlannedHours != nil:
		t.PlannedMinutes = int(math.Round(*in.PlannedHours * 60))
		if *in.PlannedHours < 0 || *in.PlannedHours > 8000 || math.IsNaN(*in.PlannedHours) {
			return nil, apperr.Invalid("plannedHours", "Nombre d'heures invalide.", "Invalid number of hours.")
		}
	default:
		t.PlannedMinutes = calendar.CountWorkingDays(in.StartDate, in.EndDate) * minutesPerDay
	}
	if !t.AllowNonWorking && (!calendar.IsWorkingDay(in.StartDate) || !calendar.IsWorkingDay(in.EndDate)) {
		return nil, apperr.Invalid("startDate", "La tâche commence ou finit un jour non ouvré ; autorisez le travail le week-end ou férié pour cela.",
			"The task starts or ends on a non-working day; allow weekend or holiday work for that.")
	}
	ok, err := idb.NewSelect().Model((*db.Operation)(nil)).Where("id = ? AND (organisation_id IS NULL OR organisation_id = ?)", in.OperationID, p.OrganisationID).Exists(ctx)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, apperr.Invalid("operationId", "Opération inconnue.", "Unknown operation.")
	}
	if in.EpisodeID != nil {
		ok, err := idb.NewSelect().Model((*db.Episode)(nil)).Where("id = ? AND production_id = ?", *in.EpisodeID, productionID).Exists(ctx)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, apperr.Invalid("episodeId", "Cet épisode n'appartient pas à la production.", "This episode is not part of the production.")
		}
	}
	return t, nil
}

func emitTask(c *service.Call, t *db.Task, kind string) error {
	return c.Emit(&t.ProductionID, kind, &t.ID, nil)
}

func (s *Service) CreateTask(ctx context.Context, productionID uuid.UUID, in TaskInput) (*db.Task, error) {
	return service.Do(ctx, s.DB, CanPlan, func(c *service.Call) (*db.Task, error) {
		if _, err := (&productions.Service{DB: s.DB}).GetIn(ctx, c.Tx, productionID); err != nil {
			return nil, err
		}
		t, err := s.buildTask(ctx, c.Tx, c.P, productionID, in)
		if err != nil {
			return nil, err
		}
		if _, err := c.Tx.NewInsert().Model(t).Returning("*").Exec(ctx); err != nil {
			return nil, err
		}
		return t, emitTask(c, t, "task.created")
	})
}

func (s *Service) UpdateTask(ctx context.Context, id uuid.UUID, in TaskInput) (*db.Task, error) {
	return service.Do(ctx, s.DB, CanPlan, func(c *service.Call) (*db.Task, error) {
		if err := lockPlan(ctx, c.Tx, c.P.OrganisationID); err != nil {
			return nil, err
		}
		old, err := visibleTask(ctx, c.Tx, c.P, id)
		if err != nil {
			return nil, err
		}
		t, err := s.buildTask(ctx, c.Tx, c.P, old.ProductionID, in)
		if err != nil {
			return nil, err
		}
		if in.Status == nil {
			t.Status = old.Status
		}
		t.ID = id
		if _, err := c.Tx.NewUpdate().Model(t).ExcludeColumn("id", "organisation_id", "production_id", "created_at", "updated_at").
			Set("updated_at = now()").WherePK().Returning("*").Exec(ctx); err != nil {
			return nil, err
		}
		return t, emitTask(c, t, "task.updated")
	})
}

func (s *Service) DeleteTask(ctx context.Context, id uuid.UUID) error {
	return service.Run(ctx, s.DB, CanPlan, func(c *service.Call) error {
		t, err := visibleTask(ctx, c.Tx, c.P, id)
		if err != nil {
			return err
		}
		// Its bookings go with it: their technicians are told first.
		if err := s.notifyDeleted(ctx, c.Tx, []uuid.UUID{t.ID}); err != nil {
			return err
		}
		if _, err := c.Tx.NewDelete().Model(t).WherePK().Exec(ctx); err != nil {
			return err
		}
		return emitTask(c, t, "task.deleted")
	})
}

// SetStatus: planners for any task; a technician for a task they are booked on.
func (s *Service) SetStatus(ctx context.Context, id uuid.UUID, status db.TaskStatus) (*db.Task, error) {
	return service.Do(ctx, s.DB, CanSetTaskStatus, func(c *service.Call) (*db.Task, error) {
		t, err := visibleTask(ctx, c.Tx, c.P, id)
		if err != nil {
			return nil, err
		}
		if !CanPlan(c.P) {
			booked, err := c.Tx.NewSelect().Model((*db.Booking)(nil)).Where("task_id = ? AND technician_id = ? AND status <> ?", id, c.P.OwnTechnician(), db.BookingStatusCancelled).Exists(ctx)
			if err != nil {
				return nil, err
			}
			if !booked {
				return nil, apperr.ForbiddenErr()
			}
		}
		t.Status = status
		if _, err := c.Tx.NewUpdate().Model(t).Column("status").Set("updated_at = now()").WherePK().Returning("*").Exec(ctx); err != nil {
			return nil, err
		}
		return t, emitTask(c, t, "task.updated")
	})
}

type DependencyInput struct {
	DependsOnID uuid.UUID
	LagDays     int
}

// orgGraph loads every task (dates only) and dependency of the organisation:
// dependencies may cross productions, and cycles are a property of the whole graph.
func orgGraph(ctx context.Context, idb bun.IDB, org uuid.UUID) ([]Task, []Dependency, error) {
	var rows []db.Task
	if err := idb.NewSelect().Model(&rows).Column("id", "production_id", "start_date", "end_date", "allow_non_working").
		Where("organisation_id = ?", org).Scan(ctx); err != nil {
		return nil, nil, err
	}
	var deps []db.TaskDependency
	if err := idb.NewSelect().Model(&deps).Where("organisation_id = ?", org).Scan(ctx); err != nil {
		return nil, nil, err
	}
	tasks := make([]Task, len(rows))
	for i, r := range rows {
		tasks[i] = Task{ID: r.ID, ProductionID: r.ProductionID, Start: r.StartDate, End: r.EndDate, AllowNonWorking: r.AllowNonWorking}
	}
	out := make([]Dependency, len(deps))
	for i, d := range deps {
		out[i] = Dependency{TaskID: d.TaskID, DependsOnID: d.DependsOnID, LagDays: d.LagDays}
	}
	return tasks, out, nil
}

func cycleErr(err error) error {
	var ce *CycleError
	if errors.As(err, &ce) {
		return apperr.Invalid("dependencies", ce.MessageFR(), ce.MessageEN())
	}
	return err
}

func (s *Service) SetDependencies(ctx context.Context, id uuid.UUID, in []DependencyInput) (*db.Task, error) {
	return service.Do(ctx, s.DB, CanPlan, func(c *service.Call) (*db.Task, error) {
		tx, p := c.Tx, c.P
		if err := lockPlan(ctx, tx, p.OrganisationID); err != nil {
			return nil, err
		}
		t, err := visibleTask(ctx, tx, p, id)
		if err != nil {
			return nil, err
		}
		var rows []db.TaskDependency
		for _, d := range in {
			if d.DependsOnID == id {
				return nil, apperr.Invalid("dependencies", "Une tâche ne peut dépendre d'elle-même.", "A task cannot depend on itself.")
			}
			if d.LagDays < -100 || d.LagDays > 365 {
				return nil, apperr.Invalid("lagDays", "Décalage entre -100 et 365 jours ouvrés.", "Lag between -100 and 365 working days.")
			}
			if slices.ContainsFunc(rows, func(r db.TaskDependency) bool { return r.DependsOnID == d.DependsOnID }) {
				return nil, apperr.Invalid("dependencies", "Prédécesseur en double.", "Duplicate predecessor.")
			}
			if _, err := visibleTask(ctx, tx, p, d.DependsOnID); err != nil {
				return nil, apperr.Invalid("dependsOnId", "Tâche prédécesseur inconnue.", "Unknown predecessor task.")
			}
			rows = append(rows, db.TaskDependency{OrganisationID: p.OrganisationID, TaskID: id, DependsOnID: d.DependsOnID, LagDays: d.LagDays})
		}
		if _, err := tx.NewDelete().Model((*db.TaskDependency)(nil)).Where("task_id = ?", id).Exec(ctx); err != nil {
			return nil, err
		}
		if len(rows) > 0 {
			if _, err := tx.NewInsert().Model(&rows).Exec(ctx); err != nil {
				return nil, err
			}
		}
		_, deps, err := orgGraph(ctx, tx, p.OrganisationID)
		if err != nil {
			return nil, err
		}
		if err := CheckAcyclic(deps); err != nil {
			return nil, cycleErr(err)
		}
		return t, emitTask(c, t, "task.updated")
	})
}

type ShiftInput struct {
	TaskID      uuid.UUID
	WorkingDays int
	Cascade     bool
	Reason      string
	LateRushes  bool
}

// Shift moves a task (and with cascade its dependents) and their bookings,
// records why, and returns the moved tasks.
func (s *Service) Shift(ctx context.Context, in ShiftInput) ([]*db.Task, error) {
	var moved []*db.Task
	err := service.Run(ctx, s.DB, CanPlan, func(c *service.Call) error {
		tx, p := c.Tx, c.P
		if in.WorkingDays < -260 || in.WorkingDays > 260 {
			return apperr.Invalid("workingDays", "Décalage limité à un an (260 jours ouvrés).", "A shift is limited to a year (260 working days).")
		}
		reason, err := validate.Optional("reason", in.Reason, 500)
		if err != nil {
			return err
		}
		if err := lockPlan(ctx, tx, p.OrganisationID); err != nil {
			return err
		}
		if _, err := visibleTask(ctx, tx, p, in.TaskID); err != nil {
			return err
		}
		tasks, deps, err := orgGraph(ctx, tx, p.OrganisationID)
		if err != nil {
			return err
		}
		moves, err := Shift(tasks, deps, in.TaskID, in.WorkingDays, in.Cascade)
		if err != nil {
			return cycleErr(err)
		}
		ids := make([]uuid.UUID, 0, len(moves))
		for _, m := range moves {
			ids = append(ids, m.ID)
			t := &db.Task{ID: m.ID, StartDate: m.Start, EndDate: m.End}
			if _, err := tx.NewUpdate().Model(t).Column("start_date", "end_date").Set("updated_at = now()").WherePK().Returning("*").Exec(ctx); err != nil {
				return err
			}
			if err := s.shiftBookings(ctx, tx, t, in.WorkingDays); err != nil {
				return err
			}
			moved = append(moved, t)
			if err := c.Emit(&t.ProductionID, "task.shifted", &t.ID,
				map[string]any{"workingDays": in.WorkingDays, "reason": reason, "lateRushes": in.LateRushes}); err != nil {
				return err
			}
		}
		if len(moves) == 0 {
			return nil
		}
		_, err = tx.NewInsert().Model(&db.TaskShift{OrganisationID: p.OrganisationID, TaskID: in.TaskID, WorkingDays: in.WorkingDays,
			Cascade: in.Cascade, Reason: reason, LateRushes: in.LateRushes, MovedTaskIDs: ids, ActorID: p.ActorID()}).Exec(ctx)
		return err
	})
	return moved, err
}

// shiftBookings moves a moved task's bookings by the same number of working
// days, keeping each booking's length, and tells each technician booked
// once (a task moves once per shift, cascade or not).
func (s *Service) shiftBookings(ctx context.Context, tx bun.Tx, t *db.Task, days int) error {
	var bs []db.Booking
	if err := tx.NewSelect().Model(&bs).Where("task_id = ?", t.ID).Scan(ctx); err != nil {
		return err
	}
	for _, b := range bs {
		before := b
		b.StartDate, b.EndDate = moveRange(b.StartDate, b.EndDate, days, t.AllowNonWorking)
		if _, err := tx.NewUpdate().Model(&b).Set("start_date = ?, end_date = ?, updated_at = now()", b.StartDate, b.EndDate).WherePK().Exec(ctx); err != nil {
			return err
		}
		if err := s.notifyBooking(ctx, tx, &before, &b); err != nil {
			return err
		}
	}
	return nil
}

func moveRange(start, end dates.Date, days int, calendarDays bool) (dates.Date, dates.Date) {
	if calendarDays {
		return start.AddDays(days), end.AddDays(days)
	}
	length := max(calendar.CountWorkingDays(start, end), 1)
	ns := calendar.AddWorkingDays(start, days)
	return ns, calendar.AddWorkingDays(ns, length-1)
}

type TemplateInput struct {
	SourceEpisodeID   uuid.UUID
	TargetEpisodeIDs  []uuid.UUID
	OffsetWorkingDays int
}

// PlanEpisodes copies the tasks of one episode (and the dependencies among
// them) onto other episodes, the k-th target offset by k×offset working days.
func (s *Service) PlanEpisodes(ctx context.Context, in TemplateInput) ([]*db.Task, error) {
	var created []*db.Task
	err := service.Run(ctx, s.DB, CanPlan, func(c *service.Call) error {
		tx, p := c.Tx, c.P
		if len(in.TargetEpisodeIDs) == 0 || len(in.TargetEpisodeIDs) > 100 {
			return apperr.Invalid("targetEpisodeIds", "Choisissez entre 1 et 100 épisodes.", "Choose between 1 and 100 episodes.")
		}
		if in.OffsetWorkingDays < 0 || in.OffsetWorkingDays > 260 {
			return apperr.Invalid("offsetWorkingDays", "Décalage entre 0 et 260 jours ouvrés.", "Offset between 0 and 260 working days.")
		}
		src := new(db.Episode)
		if err := tx.NewSelect().Model(src).Where("id = ? AND organisation_id = ?", in.SourceEpisodeID, p.OrganisationID).Scan(ctx); err != nil {
			return apperr.Missing(err, "épisode")
		}
		if _, err := (&productions.Service{DB: s.DB}).GetIn(ctx, tx, src.ProductionID); err != nil {
			return err
		}
		var tasks []db.Task
		if err := tx.NewSelect().Model(&tasks).Where("episode_id = ?", src.ID).Order("start_date").Scan(ctx); err != nil {
			return err
		}
		if len(tasks) == 0 {
			return apperr.Invalid("sourceEpisodeId", "L'épisode modèle n'a pas de tâches.", "The template episode has no tasks.")
		}
		var deps []db.TaskDependency
		srcIDs := make([]uuid.UUID, len(tasks))
		for i, t := range tasks {
			srcIDs[i] = t.ID
		}
		if err := tx.NewSelect().Model(&deps).Where("task_id IN (?) AND depends_on_id IN (?)", bun.In(srcIDs), bun.In(srcIDs)).Scan(ctx); err != nil {
			return err
		}
		for k, target := range in.TargetEpisodeIDs {
			ok, err := tx.NewSelect().Model((*db.Episode)(nil)).Where("id = ? AND production_id = ?", target, src.ProductionID).Exists(ctx)
			if err != nil {
				return err
			}
			if !ok || target == src.ID {
				return apperr.Invalid("targetEpisodeIds", "Épisode cible invalide.", "Invalid target episode.")
			}
			idMap := map[uuid.UUID]uuid.UUID{}
			for _, t := range tasks {
				nt := t
				nt.ID = uuid.New()
				idMap[t.ID] = nt.ID
				ep := target
				nt.EpisodeID = &ep
				nt.Status = db.TaskStatusPlanned
				nt.StartDate, nt.EndDate = moveRange(t.StartDate, t.EndDate, (k+1)*in.OffsetWorkingDays, t.AllowNonWorking)
				if _, err := tx.NewInsert().Model(&nt).ExcludeColumn("created_at", "updated_at").Returning("*").Exec(ctx); err != nil {
					return err
				}
				created = append(created, &nt)
				if err := emitTask(c, &nt, "task.created"); err != nil {
					return err
				}
			}
			for _, d := range deps {
				nd := db.TaskDependency{OrganisationID: p.OrganisationID, TaskID: idMap[d.TaskID], DependsOnID: idMap[d.DependsOnID], LagDays: d.LagDays}
				if _, err := tx.NewInsert().Model(&nd).Exec(ctx); err != nil {
					return err
				}
			}
		}
		return nil
	})
	return created, err
}
