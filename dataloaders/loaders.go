// Package dataloaders batches the relations of a GraphQL response: one SQL
// query per relation per request, whatever the number of parent rows.
// Loaders are built per operation; subscriptions get uncached loaders so each
// event reads fresh rows.
package dataloaders

import (
	"context"
	"time"

	"github.com/google/uuid"
	"github.com/graph-gophers/dataloader/v7"
	"github.com/uptrace/bun"
	"github.com/uptrace/bun/dialect/pgdialect"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/kernel/apperr"
)

type Loaders struct {
	ClientByID           *dataloader.Loader[uuid.UUID, *db.Client]
	TechnicianByID       *dataloader.Loader[uuid.UUID, *db.Technician]
	EpisodesByProduction *dataloader.Loader[uuid.UUID, []*db.Episode]
	TeamByProduction     *dataloader.Loader[uuid.UUID, []*db.TeamMember]
	ProductionByID       *dataloader.Loader[uuid.UUID, *db.Production]
	EpisodeByID          *dataloader.Loader[uuid.UUID, *db.Episode]
	OperationByID        *dataloader.Loader[uuid.UUID, *db.Operation]
	RoomByID             *dataloader.Loader[uuid.UUID, *db.Room]
	UserByID             *dataloader.Loader[uuid.UUID, *db.User]
	TaskByID             *dataloader.Loader[uuid.UUID, *db.Task]
	BookingByID          *dataloader.Loader[uuid.UUID, *db.Booking]
	TasksByProduction    *dataloader.Loader[uuid.UUID, []*db.Task]
	BookingsByTask       *dataloader.Loader[uuid.UUID, []*db.Booking]
	DependenciesByTask   *dataloader.Loader[uuid.UUID, []*db.TaskDependency]
	ShiftsByTask         *dataloader.Loader[uuid.UUID, []*db.TaskShift]
	SlipByID             *dataloader.Loader[uuid.UUID, *db.Slip]
	HistoryBySlip        *dataloader.Loader[uuid.UUID, []*db.SlipHistory]
	SpecByID             *dataloader.Loader[uuid.UUID, *db.DeliverySpec]
	ItemByID             *dataloader.Loader[uuid.UUID, *db.DeliveryItem]
	ItemsByDelivery      *dataloader.Loader[uuid.UUID, []*db.DeliveryItem]
	FindingsByDelivery   *dataloader.Loader[uuid.UUID, []*db.QcFinding]
	DeliveriesByProd     *dataloader.Loader[uuid.UUID, []*db.Delivery]
	TransitionsByDeliv   *dataloader.Loader[uuid.UUID, []*db.DeliveryTransition]
	HolderByID           *dataloader.Loader[uuid.UUID, *db.RightsHolder]
	WorkByID             *dataloader.Loader[uuid.UUID, *db.Work]
	SharesByWork         *dataloader.Loader[uuid.UUID, []*db.RightsShare]
	CommissionsByWork    *dataloader.Loader[uuid.UUID, []*db.WorkCommission]
	ExpensesByWork       *dataloader.Loader[uuid.UUID, []*db.RecoupableExpense]
	RunByID              *dataloader.Loader[uuid.UUID, *db.DistributionRun]
	RunWorksByRun        *dataloader.Loader[uuid.UUID, []*db.RunWork]
	StatementsByRun      *dataloader.Loader[uuid.UUID, []*db.Statement]
	LinesByStatement     *dataloader.Loader[uuid.UUID, []*db.StatementLine]
	HoldersOfUser        *dataloader.Loader[uuid.UUID, []*db.HolderUser]
}

// inOrg reads rows of one organisation by a column in keys.
func inOrg[V any](idb bun.IDB, orgID uuid.UUID, column, order string) func(context.Context, []uuid.UUID) ([]V, error) {
	return func(ctx context.Context, ids []uuid.UUID) ([]V, error) {
		var rows []V
		q := idb.NewSelect().Model(&rows).Where("organisation_id = ?", orgID).Where("? IN (?)", bun.Ident(column), bun.In(ids))
		if order != "" {
			q = q.OrderExpr(order)
		}
		return rows, q.Scan(ctx)
	}
}

// New builds the loaders of one operation. Relations are read by the id a
// parent row carries; the parent was authorised by its service, so the
// loaders only pin the organisation.
func New(idb bun.IDB, orgID uuid.UUID, cached bool) *Loaders {
	return &Loaders{
		ClientByID: byID(cached, func(ctx context.Context, ids []uuid.UUID) ([]*db.Client, error) {
			var rows []*db.Client
			err := idb.NewSelect().Model(&rows).Where("organisation_id = ? AND id IN (?)", orgID, bun.In(ids)).Scan(ctx)
			return rows, err
		}, func(c *db.Client) uuid.UUID { return c.ID }),
		TechnicianByID: byID(cached, func(ctx context.Context, ids []uuid.UUID) ([]*db.Technician, error) {
			var rows []*db.Technician
			err := idb.NewSelect().Model(&rows).Where("organisation_id = ? AND id IN (?)", orgID, bun.In(ids)).Scan(ctx)
			return rows, err
		}, func(t *db.Technician) uuid.UUID { return t.ID }),
		EpisodesByProduction: grouped(cached, func(ctx context.Context, ids []uuid.UUID) ([]*db.Episode, error) {
			var rows []*db.Episode
			err := idb.NewSelect().Model(&rows).Where("organisation_id = ? AND production_id IN (?)", orgID, bun.In(ids)).Order("number").Scan(ctx)
			return rows, err
		}, func(e *db.Episode) uuid.UUID { return e.ProductionID }),
		TeamByProduction: grouped(cached, func(ctx context.Context, ids []uuid.UUID) ([]*db.TeamMember, error) {
			var rows []*db.TeamMember
			err := idb.NewSelect().Model(&rows).Where("organisation_id = ? AND production_id IN (?)", orgID, bun.In(ids)).Order("created_at", "id").Scan(ctx)
			return rows, err
		}, func(t *db.TeamMember) uuid.UUID { return t.ProductionID }),
		ProductionByID: byID(cached, inOrg[*db.Production](idb, orgID, "id", ""), func(p *db.Production) uuid.UUID { return p.ID }),
		EpisodeByID:    byID(cached, inOrg[*db.Episode](idb, orgID, "id", ""), func(e *db.Episode) uuid.UUID { return e.ID }),
		OperationByID: byID(cached, func(ctx context.Context, ids []uuid.UUID) ([]*db.Operation, error) {
			var rows []*db.Operation // the shared catalogue has no organisation
			err := idb.NewSelect().Model(&rows).Where("(organisation_id IS NULL OR organisation_id = ?) AND id IN (?)", orgID, bun.In(ids)).Scan(ctx)
			return rows, err
		}, func(o *db.Operation) uuid.UUID { return o.ID }),
		RoomByID: byID(cached, inOrg[*db.Room](idb, orgID, "id", ""), func(r *db.Room) uuid.UUID { return r.ID }),
		UserByID: byID(cached, func(ctx context.Context, ids []uuid.UUID) ([]*db.User, error) {
			var rows []*db.User // users reach other organisations only through a membership here
			err := idb.NewSelect().Model(&rows).Where("id IN (?) AND id IN (SELECT user_id FROM memberships WHERE organisation_id = ?)", bun.In(ids), orgID).Scan(ctx)
			return rows, err
		}, func(u *db.User) uuid.UUID { return u.ID }),
		TaskByID:           byID(cached, inOrg[*db.Task](idb, orgID, "id", ""), func(t *db.Task) uuid.UUID { return t.ID }),
		BookingByID:        byID(cached, inOrg[*db.Booking](idb, orgID, "id", ""), func(b *db.Booking) uuid.UUID { return b.ID }),
		TasksByProduction:  grouped(cached, inOrg[*db.Task](idb, orgID, "production_id", "start_date, end_date, id"), func(t *db.Task) uuid.UUID { return t.ProductionID }),
		BookingsByTask:     grouped(cached, inOrg[*db.Booking](idb, orgID, "task_id", "start_date, from_minute, id"), func(b *db.Booking) uuid.UUID { return b.TaskID }),
		DependenciesByTask: grouped(cached, inOrg[*db.TaskDependency](idb, orgID, "task_id", "depends_on_id"), func(d *db.TaskDependency) uuid.UUID { return d.TaskID }),
		ShiftsByTask:       shiftsByTask(cached, idb, orgID),
		SlipByID:           byID(cached, inOrg[*db.Slip](idb, orgID, "id", ""), func(s *db.Slip) uuid.UUID { return s.ID }),
		HistoryBySlip: grouped(cached, func(ctx context.Context, ids []uuid.UUID) ([]*db.SlipHistory, error) {
			var rows []*db.SlipHistory // slip ids were authorised with their slip
			err := idb.NewSelect().Model(&rows).Where("slip_id IN (?)", bun.In(ids)).Order("id").Scan(ctx)
			return rows, err
		}, func(h *db.SlipHistory) uuid.UUID { return h.SlipID }),
		SpecByID:           byID(cached, inOrg[*db.DeliverySpec](idb, orgID, "id", ""), func(s *db.DeliverySpec) uuid.UUID { return s.ID }),
		ItemByID:           byID(cached, inOrg[*db.DeliveryItem](idb, orgID, "id", ""), func(i *db.DeliveryItem) uuid.UUID { return i.ID }),
		ItemsByDelivery:    grouped(cached, inOrg[*db.DeliveryItem](idb, orgID, "delivery_id", "position, id"), func(i *db.DeliveryItem) uuid.UUID { return i.DeliveryID }),
		FindingsByDelivery: grouped(cached, inOrg[*db.QcFinding](idb, orgID, "delivery_id", "frame_in, id"), func(f *db.QcFinding) uuid.UUID { return f.DeliveryID }),
		DeliveriesByProd:   grouped(cached, inOrg[*db.Delivery](idb, orgID, "production_id", "due_date, id"), func(d *db.Delivery) uuid.UUID { return d.ProductionID }),
		HolderByID:         byID(cached, inOrg[*db.RightsHolder](idb, orgID, "id", ""), func(h *db.RightsHolder) uuid.UUID { return h.ID }),
		WorkByID:           byID(cached, inOrg[*db.Work](idb, orgID, "id", ""), func(w *db.Work) uuid.UUID { return w.ID }),
		SharesByWork:       grouped(cached, inOrg[*db.RightsShare](idb, orgID, "work_id", "media, territory, id"), func(s *db.RightsShare) uuid.UUID { return s.WorkID }),
		CommissionsByWork:  grouped(cached, inOrg[*db.WorkCommission](idb, orgID, "work_id", "media"), func(c *db.WorkCommission) uuid.UUID { return c.WorkID }),
		ExpensesByWork:     grouped(cached, inOrg[*db.RecoupableExpense](idb, orgID, "work_id", "incurred_on, id"), func(e *db.RecoupableExpense) uuid.UUID { return e.WorkID }),
		RunByID:            byID(cached, inOrg[*db.DistributionRun](idb, orgID, "id", ""), func(r *db.DistributionRun) uuid.UUID { return r.ID }),
		RunWorksByRun: grouped(cached, func(ctx context.Context, ids []uuid.UUID) ([]*db.RunWork, error) {
			var rows []*db.RunWork // run ids were authorised with their run
			err := idb.NewSelect().Model(&rows).Where("run_id IN (?)", bun.In(ids)).Scan(ctx)
			return rows, err
		}, func(r *db.RunWork) uuid.UUID { return r.RunID }),
		StatementsByRun: grouped(cached, inOrg[*db.Statement](idb, orgID, "run_id", "amount_cents DESC, id"), func(s *db.Statement) uuid.UUID { return s.RunID }),
		LinesByStatement: grouped(cached, func(ctx context.Context, ids []uuid.UUID) ([]*db.StatementLine, error) {
			var rows []*db.StatementLine // statement ids were authorised with their statement
			err := idb.NewSelect().Model(&rows).Where("statement_id IN (?)", bun.In(ids)).Order("id").Scan(ctx)
			return rows, err
		}, func(l *db.StatementLine) uuid.UUID { return l.StatementID }),
		HoldersOfUser: grouped(cached, inOrg[*db.HolderUser](idb, orgID, "user_id", "holder_id"), func(h *db.HolderUser) uuid.UUID { return h.UserID }),
		TransitionsByDeliv: grouped(cached, func(ctx context.Context, ids []uuid.UUID) ([]*db.DeliveryTransition, error) {
			var rows []*db.DeliveryTransition // delivery ids were authorised with their delivery
			err := idb.NewSelect().Model(&rows).Where("delivery_id IN (?)", bun.In(ids)).Order("id").Scan(ctx)
			return rows, err
		}, func(t *db.DeliveryTransition) uuid.UUID { return t.DeliveryID }),
	}
}

func options[V any](cached bool) []dataloader.Option[uuid.UUID, V] {
	o := []dataloader.Option[uuid.UUID, V]{dataloader.WithWait[uuid.UUID, V](5 * time.Millisecond), dataloader.WithBatchCapacity[uuid.UUID, V](500)}
	if !cached {
		o = append(o, dataloader.WithCache[uuid.UUID, V](&dataloader.NoCache[uuid.UUID, V]{}))
	}
	return o
}

// byID maps each key to its row; a missing row is NOT_FOUND for that key only.
func byID[V any](cached bool, fetch func(context.Context, []uuid.UUID) ([]V, error), key func(V) uuid.UUID) *dataloader.Loader[uuid.UUID, V] {
	return dataloader.NewBatchedLoader(func(ctx context.Context, keys []uuid.UUID) []*dataloader.Result[V] {
		rows, err := fetch(ctx, keys)
		out := make([]*dataloader.Result[V], len(keys))
		m := make(map[uuid.UUID]V, len(rows))
		for _, r := range rows {
			m[key(r)] = r
		}
		for i, k := range keys {
			switch v, ok := m[k]; {
			case err != nil:
				out[i] = &dataloader.Result[V]{Error: err}
			case !ok:
				out[i] = &dataloader.Result[V]{Error: apperr.NotFoundErr(k.String())}
			default:
				out[i] = &dataloader.Result[V]{Data: v}
			}
		}
		return out
	}, options[V](cached)...)
}

// grouped maps each key to all rows that carry it (possibly none).
func grouped[V any](cached bool, fetch func(context.Context, []uuid.UUID) ([]V, error), key func(V) uuid.UUID) *dataloader.Loader[uuid.UUID, []V] {
	return dataloader.NewBatchedLoader(func(ctx context.Context, keys []uuid.UUID) []*dataloader.Result[[]V] {
		rows, err := fetch(ctx, keys)
		m := make(map[uuid.UUID][]V, len(keys))
		for _, r := range rows {
			m[key(r)] = append(m[key(r)], r)
		}
		out := make([]*dataloader.Result[[]V], len(keys))
		for i, k := range keys {
			if err != nil {
				out[i] = &dataloader.Result[[]V]{Error: err}
				continue
			}
			v := m[k]
			if v == nil {
				v = []V{}
			}
			out[i] = &dataloader.Result[[]V]{Data: v}
		}
		return out
	}, options[[]V](cached)...)
}

type ctxKey struct{}

func With(ctx context.Context, l *Loaders) context.Context {
	return context.WithValue(ctx, ctxKey{}, l)
}

// For returns the operation's loaders; the server installs them for every
// authenticated operation.
func For(ctx context.Context) *Loaders {
	l, _ := ctx.Value(ctxKey{}).(*Loaders)
	return l
}

// shiftsByTask: a cascade shift is part of the history of every task it
// moved, not only of the one the coordinator dragged.
func shiftsByTask(cached bool, idb bun.IDB, orgID uuid.UUID) *dataloader.Loader[uuid.UUID, []*db.TaskShift] {
	return dataloader.NewBatchedLoader(func(ctx context.Context, keys []uuid.UUID) []*dataloader.Result[[]*db.TaskShift] {
		var rows []*db.TaskShift
		err := idb.NewSelect().Model(&rows).Where("organisation_id = ? AND moved_task_ids && ?::uuid[]", orgID, pgdialect.Array(keys)).
			Order("created_at DESC").Scan(ctx)
		m := map[uuid.UUID][]*db.TaskShift{}
		for _, r := range rows {
			for _, id := range r.MovedTaskIDs {
				m[id] = append(m[id], r)
			}
		}
		out := make([]*dataloader.Result[[]*db.TaskShift], len(keys))
		for i, k := range keys {
			v := m[k]
			if v == nil {
				v = []*db.TaskShift{}
			}
			out[i] = &dataloader.Result[[]*db.TaskShift]{Data: v, Error: err}
		}
		return out
	}, options[[]*db.TaskShift](cached)...)
}
