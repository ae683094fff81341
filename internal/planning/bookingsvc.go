package planning

import (
	"context"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/auth"
	"github.com/postprod/postprod/internal/kernel/apperr"
	"github.com/postprod/postprod/internal/kernel/dates"
	"github.com/postprod/postprod/internal/kernel/page"
	"github.com/postprod/postprod/internal/kernel/validate"
	"github.com/postprod/postprod/internal/platform/live"
	"github.com/postprod/postprod/internal/platform/service"
	"github.com/postprod/postprod/internal/productions"
)

type BookingFilter struct {
	From, To     *dates.Date
	ProductionID *uuid.UUID
	TechnicianID *uuid.UUID
	RoomID       *uuid.UUID
	Status       *db.BookingStatus
}

func (s *Service) Bookings(ctx context.Context, f BookingFilter, a page.Args) ([]*db.Booking, page.Info, error) {
	p, err := auth.Require(ctx)
	if err != nil {
		return nil, page.Info{}, err
	}
	q := VisibleBookings(s.DB.NewSelect(), p)
	if f.From != nil {
		q = q.Where("booking.end_date >= ?", *f.From)
	}
	if f.To != nil {
		q = q.Where("booking.start_date <= ?", *f.To)
	}
	if f.ProductionID != nil {
		q = q.Where("booking.production_id = ?", *f.ProductionID)
	}
	if f.TechnicianID != nil {
		q = q.Where("booking.technician_id = ?", *f.TechnicianID)
	}
	if f.RoomID != nil {
		q = q.Where("booking.room_id = ?", *f.RoomID)
	}
	if f.Status != nil {
		q = q.Where("booking.status = ?", *f.Status)
	}
	return page.Keyset(ctx, q, a, bookingOrder)
}

// bookingOrder: calendar order, then id (index bookings_org_start).
var bookingOrder = page.Order[*db.Booking]{Name: "bookings", Terms: []page.Term[*db.Booking]{
	page.By("booking.start_date", page.Date, func(b *db.Booking) any { return b.StartDate }),
	page.By("booking.from_minute", page.Int, func(b *db.Booking) any { return b.FromMinute }),
	page.By("booking.id", page.UUID, func(b *db.Booking) any { return b.ID }),
}}

type BookingInput struct {
	TaskID       uuid.UUID
	TechnicianID *uuid.UUID
	RoomID       *uuid.UUID
	StartDate    dates.Date
	EndDate      dates.Date
	From, To     *string
	Status       db.BookingStatus
	Note         *string
}

func (s *Service) checkResource(ctx context.Context, idb bun.IDB, p *auth.Principal, tech, room *uuid.UUID) error {
	if (tech == nil) == (room == nil) {
		return apperr.Invalid("technicianId", "Réservez un technicien ou une salle (l'un des deux).", "Book either a technician or a room.")
	}
	if tech != nil {
		ok, err := idb.NewSelect().Model((*db.Technician)(nil)).Where("id = ? AND organisation_id = ?", *tech, p.OrganisationID).Exists(ctx)
		if err != nil || !ok {
			return apperr.Or(err, apperr.Invalid("technicianId", "Technicien inconnu.", "Unknown technician."))
		}
	}
	if room != nil {
		ok, err := idb.NewSelect().Model((*db.Room)(nil)).Where("id = ? AND organisation_id = ?", *room, p.OrganisationID).Exists(ctx)
		if err != nil || !ok {
			return apperr.Or(err, apperr.Invalid("roomId", "Salle inconnue.", "Unknown room."))
		}
	}
	return nil
}

func checkRange(start, end dates.Date) error {
	if end.Before(start) {
		return apperr.Invalid("endDate", "La fin précède le début.", "The end is before the start.")
	}
	if end.Time().Sub(start.Time()).Hours() > 24*366 {
		return apperr.Invalid("endDate", "Une réservation ne peut dépasser un an.", "A booking cannot exceed a year.")
	}
	return nil
}

// setHours sets a booking's daily window from the given clocks (each kept
// when nil) and refuses a window that ends before it starts: creating and
// moving a booking both go through it, so they refuse the same hours.
func setHours(b *db.Booking, from, to *string) error {
	var err error
	if from != nil {
		if b.FromMinute, err = ParseClock("from", *from); err != nil {
			return err
		}
	}
	if to != nil {
		if b.ToMinute, err = ParseClock("to", *to); err != nil {
			return err
		}
	}
	if b.ToMinute <= b.FromMinute {
		return apperr.Invalid("to", "La fin doit suivre le début dans la journée.", "The end must come after the start of the day.")
	}
	return nil
}

func (s *Service) CreateBooking(ctx context.Context, in BookingInput) (*db.Booking, error) {
	return service.Do(ctx, s.DB, CanPlan, func(c *service.Call) (*db.Booking, error) {
		p := c.P
		b := &db.Booking{OrganisationID: p.OrganisationID, TaskID: in.TaskID, TechnicianID: in.TechnicianID, RoomID: in.RoomID,
			StartDate: in.StartDate, EndDate: in.EndDate, FromMinute: 9 * 60, ToMinute: 18 * 60, Status: in.Status}
		if b.Status == "" {
			b.Status = db.BookingStatusConfirmed
		}
		if err := checkRange(in.StartDate, in.EndDate); err != nil {
			return nil, err
		}
		if err := setHours(b, in.From, in.To); err != nil {
			return nil, err
		}
		var err error
		if b.Note, err = validate.Optional("note", validate.Str(in.Note), 500); err != nil {
			return nil, err
		}
		t, err := visibleTask(ctx, c.Tx, p, in.TaskID)
		if err != nil {
			return nil, apperr.Invalid("taskId", "Tâche inconnue.", "Unknown task.")
		}
		b.ProductionID = t.ProductionID
		if err := s.checkResource(ctx, c.Tx, p, in.TechnicianID, in.RoomID); err != nil {
			return nil, err
		}
		if _, err := c.Tx.NewInsert().Model(b).Returning("*").Exec(ctx); err != nil {
			return nil, err
		}
		if err := s.notifyBooking(ctx, c.Tx, nil, b); err != nil {
			return nil, err
		}
		return b, c.Emit(&b.ProductionID, "booking.created", &b.ID, nil)
	})
}

func (s *Service) visibleBooking(ctx context.Context, idb bun.IDB, p *auth.Principal, id uuid.UUID) (*db.Booking, error) {
	b := new(db.Booking)
	if err := VisibleBookings(idb.NewSelect().Model(b), p).Where("booking.id = ?", id).Scan(ctx); err != nil {
		return nil, apperr.Missing(err, "réservation")
	}
	return b, nil
}

type BookingMove struct {
	StartDate, EndDate   dates.Date
	TechnicianID, RoomID *uuid.UUID
	Status               *db.BookingStatus
	// The daily window and the note; unchanged when nil.
	From, To, Note *string
}

// MoveBooking re-dates a booking, or gives it to another technician or room
// (what a drag on the resource board does), and edits its hours and note.
func (s *Service) MoveBooking(ctx context.Context, id uuid.UUID, in BookingMove) (*db.Booking, error) {
	return service.Do(ctx, s.DB, CanPlan, func(c *service.Call) (*db.Booking, error) {
		if err := checkRange(in.StartDate, in.EndDate); err != nil {
			return nil, err
		}
		b, err := s.visibleBooking(ctx, c.Tx, c.P, id)
		if err != nil {
			return nil, err
		}
		before := *b
		tech, room := b.TechnicianID, b.RoomID
		if in.TechnicianID != nil || in.RoomID != nil {
			tech, room = in.TechnicianID, in.RoomID
		}
		if err := s.checkResource(ctx, c.Tx, c.P, tech, room); err != nil {
			return nil, err
		}
		b.StartDate, b.EndDate, b.TechnicianID, b.RoomID = in.StartDate, in.EndDate, tech, room
		if in.Status != nil {
			b.Status = *in.Status
		}
		if err := setHours(b, in.From, in.To); err != nil {
			return nil, err
		}
		if in.Note != nil {
			if b.Note, err = validate.Optional("note", *in.Note, 500); err != nil {
				return nil, err
			}
		}
		if _, err := c.Tx.NewUpdate().Model(b).Column("start_date", "end_date", "technician_id", "room_id", "status", "from_minute", "to_minute", "note").
			Set("updated_at = now()").WherePK().Returning("*").Exec(ctx); err != nil {
			return nil, err
		}
		if err := s.notifyBooking(ctx, c.Tx, &before, b); err != nil {
			return nil, err
		}
		return b, c.Emit(&b.ProductionID, "booking.moved", &b.ID, nil)
	})
}

func (s *Service) SetBookingStatus(ctx context.Context, id uuid.UUID, status db.BookingStatus) (*db.Booking, error) {
	return service.Do(ctx, s.DB, CanPlan, func(c *service.Call) (*db.Booking, error) {
		b, err := s.visibleBooking(ctx, c.Tx, c.P, id)
		if err != nil {
			return nil, err
		}
		before := *b
		b.Status = status
		if _, err := c.Tx.NewUpdate().Model(b).Column("status").Set("updated_at = now()").WherePK().Returning("*").Exec(ctx); err != nil {
			return nil, err
		}
		if err := s.notifyBooking(ctx, c.Tx, &before, b); err != nil {
			return nil, err
		}
		return b, c.Emit(&b.ProductionID, "booking.status", &b.ID, nil)
	})
}

type UnavailabilityInput struct {
	TechnicianID       *uuid.UUID
	StartDate, EndDate dates.Date
	Kind               db.UnavailabilityKind
	Reason             *string
}

// DeclareUnavailability: a technician for themself, a planner for anyone.
func (s *Service) DeclareUnavailability(ctx context.Context, in UnavailabilityInput) (*db.Unavailability, error) {
	return service.Do(ctx, s.DB, CanDeclareUnavailability, func(c *service.Call) (*db.Unavailability, error) {
		tech, err := ForTechnician(c.P, in.TechnicianID)
		if err != nil {
			return nil, err
		}
		if err := checkRange(in.StartDate, in.EndDate); err != nil {
			return nil, err
		}
		reason, err := validate.Optional("reason", validate.Str(in.Reason), 300)
		if err != nil {
			return nil, err
		}
		u := &db.Unavailability{OrganisationID: c.P.OrganisationID, TechnicianID: *tech, StartDate: in.StartDate, EndDate: in.EndDate, Kind: in.Kind, Reason: reason}
		if err := s.checkResource(ctx, c.Tx, c.P, tech, nil); err != nil {
			return nil, err
		}
		if _, err := c.Tx.NewInsert().Model(u).Returning("*").Exec(ctx); err != nil {
			return nil, err
		}
		return u, c.Emit(nil, "unavailability.declared", &u.ID, nil)
	})
}

// DeleteUnavailability: a planner any, a technician their own.
func (s *Service) DeleteUnavailability(ctx context.Context, id uuid.UUID) error {
	return service.Run(ctx, s.DB, CanDeclareUnavailability, func(c *service.Call) error {
		q := c.Tx.NewDelete().Model((*db.Unavailability)(nil)).Where("id = ? AND organisation_id = ?", id, c.P.OrganisationID)
		if !CanPlan(c.P) {
			q = q.Where("technician_id = ?", *c.P.OwnTechnician())
		}
		res, err := q.Exec(ctx)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return apperr.NotFoundErr("indisponibilité")
		}
		return c.Emit(nil, "unavailability.deleted", &id, nil)
	})
}

func (s *Service) Unavailabilities(ctx context.Context, tech *uuid.UUID, from, to *dates.Date) ([]*db.Unavailability, error) {
	p, err := auth.Require(ctx)
	if err != nil {
		return nil, err
	}
	q, err := ScopeUnavailabilities(s.DB.NewSelect(), p)
	if err != nil {
		return nil, err
	}
	if tech != nil {
		q = q.Where("technician_id = ?", *tech)
	}
	if from != nil {
		q = q.Where("end_date >= ?", *from)
	}
	if to != nil {
		q = q.Where("start_date <= ?", *to)
	}
	var out []*db.Unavailability
	err = q.Model(&out).Order("start_date").Limit(1000).Scan(ctx)
	return out, err
}

// Booking returns one booking the caller may see.
func (s *Service) Booking(ctx context.Context, id uuid.UUID) (*db.Booking, error) {
	p, err := auth.Require(ctx)
	if err != nil {
		return nil, err
	}
	return s.visibleBooking(ctx, s.DB, p, id)
}

// TaskBookings are a visible task's bookings that the caller may see, read
// through load (the request's loader).
func (s *Service) TaskBookings(ctx context.Context, t *db.Task, load func(context.Context, uuid.UUID) ([]*db.Booking, error)) ([]*db.Booking, error) {
	p, err := auth.Require(ctx)
	if err != nil {
		return nil, err
	}
	bs, err := load(ctx, t.ID)
	if err != nil {
		return nil, err
	}
	return OwnBookings(p, bs), nil
}

// ScheduleFilter is what a scheduleEvents subscriber hears; unavailability
// belongs to no production, so only the organisation-wide stream has it.
func (s *Service) ScheduleFilter(ctx context.Context, productionID *uuid.UUID) (live.Filter, error) {
	return (&productions.Service{DB: s.DB}).EventFilter(ctx, productionID, "task.", "booking.", "unavailability.")
}
