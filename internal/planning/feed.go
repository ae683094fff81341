package planning

import (
	"context"
	"errors"
	"fmt"
	"time"

	ics "github.com/arran4/golang-ical"
	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/auth"
	"github.com/postprod/postprod/internal/kernel/apperr"
	"github.com/postprod/postprod/internal/kernel/dates"
)

// ResetFeed gives a technician a new private calendar token; the previous
// URL stops working at once.
func (s *Service) ResetFeed(ctx context.Context, techID *uuid.UUID) (string, error) {
	p, err := auth.Authorize(ctx, CanResetFeed)
	if err != nil {
		return "", err
	}
	id, err := ForTechnician(p, techID)
	if err != nil {
		return "", err
	}
	token, hash := auth.NewOpaqueToken("ppc_")
	res, err := s.DB.NewUpdate().Model((*db.Technician)(nil)).Set("calendar_token_hash = ?", hash).
		Where("id = ? AND organisation_id = ?", *id, p.OrganisationID).Exec(ctx)
	if err != nil {
		return "", err
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return "", apperr.NotFoundErr("technicien")
	}
	return token, nil
}

// ErrUnknownFeed is returned for a wrong or revoked calendar token.
var ErrUnknownFeed = errors.New("unknown calendar feed")

// Feed renders a technician's confirmed and pencilled sessions, from a month
// ago to a year ahead, as iCalendar; one event per day a booking takes place
// (BookedDays: a booking put on a Sunday is in the feed).
func (s *Service) Feed(ctx context.Context, token string) ([]byte, error) {
	tech := new(db.Technician)
	err := s.DB.NewSelect().Model(tech).Column("id", "name", "organisation_id").Where("calendar_token_hash = ?", auth.HashToken(token)).Scan(ctx)
	if apperr.NoRows(err) {
		return nil, ErrUnknownFeed
	}
	if err != nil {
		return nil, err
	}
	var rows []struct {
		db.Booking      `bun:",extend"`
		Production      string
		Operation       string
		AllowNonWorking bool
		Room            *string
	}
	today := dates.Today()
	err = s.DB.NewSelect().Model(&rows).ModelTableExpr("bookings AS booking").
		ColumnExpr("booking.*, p.title AS production, o.label_fr AS operation, t.allow_non_working").
		ColumnExpr("(SELECT r.name FROM bookings rb JOIN rooms r ON r.id = rb.room_id WHERE rb.task_id = booking.task_id AND rb.status <> ? AND rb.start_date <= booking.end_date AND rb.end_date >= booking.start_date LIMIT 1) AS room", db.BookingStatusCancelled).
		Join("JOIN tasks t ON t.id = booking.task_id").
		Join("JOIN productions p ON p.id = booking.production_id").
		Join("JOIN operations o ON o.id = t.operation_id").
		Where("booking.technician_id = ? AND booking.status IN (?)", tech.ID, bun.In([]db.BookingStatus{db.BookingStatusConfirmed, db.BookingStatusPencilled})).
		Where("booking.end_date >= ? AND booking.start_date <= ?", today.AddDays(-31), today.AddDays(366)).
		Order("booking.start_date").Scan(ctx)
	if err != nil {
		return nil, err
	}
	cal := ics.NewCalendarFor("postprod")
	cal.SetMethod(ics.MethodPublish)
	cal.SetName("postprod — " + tech.Name)
	cal.SetTimezoneId("Europe/Paris")
	now := time.Now().UTC()
	for _, b := range rows {
		for _, d := range BookedDays(b.StartDate, b.EndDate, b.AllowNonWorking) {
			ev := cal.AddEvent(fmt.Sprintf("%s-%s@postprod", b.ID, d))
			ev.SetDtStampTime(now)
			ev.SetModifiedAt(b.UpdatedAt.UTC())
			day := time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, dates.Paris)
			ev.SetStartAt(day.Add(time.Duration(b.FromMinute) * time.Minute).UTC())
			ev.SetEndAt(day.Add(time.Duration(b.ToMinute) * time.Minute).UTC())
			summary := b.Operation + " — " + b.Production
			if b.Status == db.BookingStatusPencilled {
				summary = "(option) " + summary
				ev.SetStatus(ics.ObjectStatusTentative)
			} else {
				ev.SetStatus(ics.ObjectStatusConfirmed)
			}
			ev.SetSummary(summary)
			if b.Room != nil {
				ev.SetLocation(*b.Room)
			}
			if b.Note != "" {
				ev.SetDescription(b.Note)
			}
		}
	}
	return []byte(cal.Serialize()), nil
}
