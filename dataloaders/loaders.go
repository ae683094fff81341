// Package dataloaders batches the relations of a GraphQL response: one SQL
// query per relation per request, whatever the number of parent rows.
// Each domain exposes its batch reads (internal/<domain>/batch.go); this
// package only composes them into per-operation loaders. Subscriptions share
// one set per event (live.go).
package dataloaders

import (
	"context"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/accounts"
	"github.com/postprod/postprod/internal/deliveries"
	"github.com/postprod/postprod/internal/planning"
	"github.com/postprod/postprod/internal/productions"
	"github.com/postprod/postprod/internal/resources"
	"github.com/postprod/postprod/internal/royalties"
	"github.com/postprod/postprod/internal/slips"
)

type Loaders struct {
	ClientByID           *Loader[*db.Client]
	TechnicianByID       *Loader[*db.Technician]
	EpisodesByProduction *Loader[[]*db.Episode]
	TeamByProduction     *Loader[[]*db.TeamMember]
	ProductionByID       *Loader[*db.Production]
	EpisodeByID          *Loader[*db.Episode]
	OperationByID        *Loader[*db.Operation]
	RoomByID             *Loader[*db.Room]
	UserByID             *Loader[*db.User]
	TaskByID             *Loader[*db.Task]
	BookingByID          *Loader[*db.Booking]
	TasksByProduction    *Loader[[]*db.Task]
	BookingsByTask       *Loader[[]*db.Booking]
	DependenciesByTask   *Loader[[]*db.TaskDependency]
	ShiftsByTask         *Loader[[]*db.TaskShift]
	SlipByID             *Loader[*db.Slip]
	HistoryBySlip        *Loader[[]*db.SlipHistory]
	TrackingByProduction *Loader[*slips.Tracking]
	WarningsBySlip       *Loader[[]*slips.Flag]
	Amendments           *AmendmentLoaders
	SpecByID             *Loader[*db.DeliverySpec]
	ItemByID             *Loader[*db.DeliveryItem]
	ItemsByDelivery      *Loader[[]*db.DeliveryItem]
	FindingsByDelivery   *Loader[[]*db.QcFinding]
	DeliveriesByProd     *Loader[[]*db.Delivery]
	TransitionsByDeliv   *Loader[[]*db.DeliveryTransition]
	HolderByID           *Loader[*db.RightsHolder]
	WorkByID             *Loader[*db.Work]
	SharesByWork         *Loader[[]*db.RightsShare]
	CommissionsByWork    *Loader[[]*db.WorkCommission]
	ExpensesByWork       *Loader[[]*db.RecoupableExpense]
	RunByID              *Loader[*db.DistributionRun]
	RunWorksByRun        *Loader[[]*db.RunWork]
	StatementsByRun      *Loader[[]*db.Statement]
	LinesByStatement     *Loader[[]*db.StatementLine]
	HoldersOfUser        *Loader[[]*db.HolderUser]
	Quotes               *QuoteLoaders
	Invoices             *InvoiceLoaders
}

// New builds the loaders of one operation from the domains' batch reads.
// Relations are read by the id a parent row carries; the parent was
// authorised by its service, so those reads only pin the organisation.
// Tracking and slip warnings are computed for the caller and apply their
// visibility.
func New(idb bun.IDB, orgID uuid.UUID, cached bool) *Loaders {
	return &Loaders{
		ClientByID:           byID(cached, productions.ClientsByID(idb, orgID), func(c *db.Client) uuid.UUID { return c.ID }),
		ProductionByID:       byID(cached, productions.ProductionsByID(idb, orgID), func(p *db.Production) uuid.UUID { return p.ID }),
		EpisodeByID:          byID(cached, productions.EpisodesByID(idb, orgID), func(e *db.Episode) uuid.UUID { return e.ID }),
		EpisodesByProduction: grouped(cached, productions.EpisodesByProduction(idb, orgID), func(e *db.Episode) uuid.UUID { return e.ProductionID }),
		TeamByProduction:     grouped(cached, productions.TeamByProduction(idb, orgID), func(t *db.TeamMember) uuid.UUID { return t.ProductionID }),

		TechnicianByID: byID(cached, resources.TechniciansByID(idb, orgID), func(t *db.Technician) uuid.UUID { return t.ID }),
		OperationByID:  byID(cached, resources.OperationsByID(idb, orgID), func(o *db.Operation) uuid.UUID { return o.ID }),
		RoomByID:       byID(cached, resources.RoomsByID(idb, orgID), func(r *db.Room) uuid.UUID { return r.ID }),

		UserByID: byID(cached, accounts.UsersByID(idb, orgID), func(u *db.User) uuid.UUID { return u.ID }),

		TaskByID:           byID(cached, planning.TasksByID(idb, orgID), func(t *db.Task) uuid.UUID { return t.ID }),
		BookingByID:        byID(cached, planning.BookingsByID(idb, orgID), func(b *db.Booking) uuid.UUID { return b.ID }),
		TasksByProduction:  grouped(cached, planning.TasksByProduction(idb, orgID), func(t *db.Task) uuid.UUID { return t.ProductionID }),
		BookingsByTask:     grouped(cached, planning.BookingsByTask(idb, orgID), func(b *db.Booking) uuid.UUID { return b.TaskID }),
		DependenciesByTask: grouped(cached, planning.DependenciesByTask(idb, orgID), func(d *db.TaskDependency) uuid.UUID { return d.TaskID }),
		ShiftsByTask:       groupedMany(cached, planning.ShiftsByTask(idb, orgID), func(s *db.TaskShift) []uuid.UUID { return s.MovedTaskIDs }),

		SlipByID:             byID(cached, slips.SlipsByID(idb, orgID), func(s *db.Slip) uuid.UUID { return s.ID }),
		HistoryBySlip:        grouped(cached, slips.HistoryBySlip(idb), func(h *db.SlipHistory) uuid.UUID { return h.SlipID }),
		TrackingByProduction: trackingByProduction(cached, idb, orgID),
		WarningsBySlip:       warningsBySlip(cached, idb, orgID),
		Amendments:           newAmendmentLoaders(idb, orgID, cached),

		SpecByID:           byID(cached, deliveries.SpecsByID(idb, orgID), func(s *db.DeliverySpec) uuid.UUID { return s.ID }),
		ItemByID:           byID(cached, deliveries.ItemsByID(idb, orgID), func(i *db.DeliveryItem) uuid.UUID { return i.ID }),
		ItemsByDelivery:    grouped(cached, deliveries.ItemsByDelivery(idb, orgID), func(i *db.DeliveryItem) uuid.UUID { return i.DeliveryID }),
		FindingsByDelivery: grouped(cached, deliveries.FindingsByDelivery(idb, orgID), func(f *db.QcFinding) uuid.UUID { return f.DeliveryID }),
		DeliveriesByProd:   grouped(cached, deliveries.DeliveriesByProduction(idb, orgID), func(d *db.Delivery) uuid.UUID { return d.ProductionID }),
		TransitionsByDeliv: grouped(cached, deliveries.TransitionsByDelivery(idb), func(t *db.DeliveryTransition) uuid.UUID { return t.DeliveryID }),

		HolderByID:        byID(cached, royalties.HoldersByID(idb, orgID), func(h *db.RightsHolder) uuid.UUID { return h.ID }),
		WorkByID:          byID(cached, royalties.WorksByID(idb, orgID), func(w *db.Work) uuid.UUID { return w.ID }),
		RunByID:           byID(cached, royalties.RunsByID(idb, orgID), func(r *db.DistributionRun) uuid.UUID { return r.ID }),
		SharesByWork:      grouped(cached, royalties.SharesByWork(idb, orgID), func(s *db.RightsShare) uuid.UUID { return s.WorkID }),
		CommissionsByWork: grouped(cached, royalties.CommissionsByWork(idb, orgID), func(c *db.WorkCommission) uuid.UUID { return c.WorkID }),
		ExpensesByWork:    grouped(cached, royalties.ExpensesByWork(idb, orgID), func(e *db.RecoupableExpense) uuid.UUID { return e.WorkID }),
		RunWorksByRun:     grouped(cached, royalties.RunWorksByRun(idb), func(r *db.RunWork) uuid.UUID { return r.RunID }),
		StatementsByRun:   grouped(cached, royalties.StatementsByRun(idb, orgID), func(s *db.Statement) uuid.UUID { return s.RunID }),
		LinesByStatement:  grouped(cached, royalties.LinesByStatement(idb), func(l *db.StatementLine) uuid.UUID { return l.StatementID }),
		HoldersOfUser:     grouped(cached, royalties.HoldersOfUser(idb, orgID), func(h *db.HolderUser) uuid.UUID { return h.UserID }),
		Quotes:            newQuoteLoaders(idb, orgID, cached),
		Invoices:          newInvoiceLoaders(idb, orgID, cached),
	}
}

type ctxKey struct{}

func With(ctx context.Context, l *Loaders) context.Context {
	return context.WithValue(ctx, ctxKey{}, l)
}

// For returns the operation's loaders; the server installs them for every
// authenticated operation.
func For(ctx context.Context) *Loaders {
	switch l := ctx.Value(ctxKey{}).(type) {
	case *Loaders:
		return l
	case *subscription:
		return l.loaders()
	}
	return nil
}
