package planning

import (
	"context"
	"strconv"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/notifications"
	"github.com/postprod/postprod/internal/platform/mail"
)

// ScheduleLink is the technician's page that shows their bookings
// (frontend/src/app/routes.ts, "mySchedule").
const ScheduleLink = "/my-schedule"

// active reports whether a booking holds its technician (pencilled or
// confirmed): what their calendar should show.
func active(b *db.Booking) bool {
	return b != nil && b.TechnicianID != nil && b.Status != db.BookingStatusCancelled
}

// notifyBooking tells the technicians concerned what a change did to
// their calendar, in the changing transaction: before is the booking as it
// was (nil when created), after as it is now (nil when deleted). A change
// their calendar would not show (a note, nothing at all) sends nothing;
// giving a booking to another technician cancels it for the first and
// books the second. Each message raises the booking's revision, the
// SEQUENCE by which calendars know the latest invitation.
func (s *Service) notifyBooking(ctx context.Context, tx bun.IDB, before, after *db.Booking) error {
	switch {
	case active(before) && active(after) && *before.TechnicianID == *after.TechnicianID:
		if before.StartDate == after.StartDate && before.EndDate == after.EndDate && before.FromMinute == after.FromMinute &&
			before.ToMinute == after.ToMinute && before.Status == after.Status {
			return nil
		}
		return s.sendBooking(ctx, tx, after, db.NotificationBookingMoved, before)
	default:
		if active(before) {
			b := *before
			if after != nil {
				b.Revision = after.Revision
			}
			if err := s.sendBooking(ctx, tx, &b, db.NotificationBookingCancelled, nil); err != nil {
				return err
			}
			if after != nil {
				after.Revision = b.Revision
			}
		}
		if active(after) {
			return s.sendBooking(ctx, tx, after, db.NotificationBookingCreated, nil)
		}
	}
	return nil
}

// bookingInfo is what a booking's message says besides its dates.
type bookingInfo struct {
	Production      string
	LabelFr         string
	LabelEn         string
	AllowNonWorking bool
	Room            *string
	TechName        string
	TechEmail       string
}

func (s *Service) sendBooking(ctx context.Context, tx bun.IDB, b *db.Booking, kind db.NotificationKind, before *db.Booking) error {
	if s.Notify == nil {
		return nil
	}
	var info bookingInfo
	err := tx.NewSelect().TableExpr("tasks AS t").
		ColumnExpr("p.title AS production, o.label_fr, o.label_en, t.allow_non_working, tech.name AS tech_name").
		ColumnExpr("COALESCE(NULLIF(tech.email, ''), (SELECT u.email FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.organisation_id = t.organisation_id AND m.technician_id = tech.id ORDER BY u.email LIMIT 1), '') AS tech_email").
		ColumnExpr("(SELECT r.name FROM bookings rb JOIN rooms r ON r.id = rb.room_id WHERE rb.task_id = t.id AND rb.status <> ? AND rb.start_date <= ? AND rb.end_date >= ? ORDER BY r.name LIMIT 1) AS room",
			db.BookingStatusCancelled, b.EndDate, b.StartDate).
		Join("JOIN productions p ON p.id = t.production_id").
		Join("JOIN operations o ON o.id = t.operation_id").
		Join("JOIN technicians tech ON tech.id = ? AND tech.organisation_id = t.organisation_id", *b.TechnicianID).
		Where("t.id = ?", b.TaskID).Scan(ctx, &info)
	if err != nil {
		return err
	}
	if kind != db.NotificationBookingCreated || b.Revision > 0 {
		// A calendar takes an invitation only over one of a lower SEQUENCE.
		if err := tx.NewUpdate().Model((*db.Booking)(nil)).Set("revision = revision + 1").Where("id = ?", b.ID).
			Returning("revision").Scan(ctx, &b.Revision); err != nil {
			return err
		}
	}
	days := BookedDays(b.StartDate, b.EndDate, info.AllowNonWorking)
	params := map[string]string{
		notifications.ParamProduction: info.Production, notifications.ParamOperationFR: info.LabelFr, notifications.ParamOperationEN: info.LabelEn,
		notifications.ParamStart: b.StartDate.String(), notifications.ParamEnd: b.EndDate.String(),
		notifications.ParamFrom: FormatClock(b.FromMinute), notifications.ParamTo: FormatClock(b.ToMinute),
		notifications.ParamDays: strconv.Itoa(len(days)),
	}
	if info.Room != nil {
		params[notifications.ParamRoom] = *info.Room
	}
	if b.Status == db.BookingStatusPencilled {
		params[notifications.ParamOption] = "true"
	}
	if before != nil {
		params[notifications.ParamOldStart], params[notifications.ParamOldEnd] = before.StartDate.String(), before.EndDate.String()
	}
	invite := notifications.Invite{UID: s.Notify.BookingUID(b.ID), Sequence: b.Revision, Cancel: kind == db.NotificationBookingCancelled,
		Organizer: s.Notify.From(), Attendee: mail.Address{Name: info.TechName, Email: info.TechEmail},
		Location: derefOr(info.Room), Note: b.Note, Days: days, FromMinute: b.FromMinute, ToMinute: b.ToMinute,
		Tentative: b.Status == db.BookingStatusPencilled, Stamp: time.Now()}
	n := notifications.Notice{OrganisationID: b.OrganisationID, Kind: kind, ProductionID: &b.ProductionID, Link: ScheduleLink, Params: params,
		Attachments: func(lang string) ([]mail.Attachment, error) {
			iv := invite
			op := info.LabelFr
			if lang == "en" && info.LabelEn != "" {
				op = info.LabelEn
			}
			iv.Summary = op + " — " + info.Production
			return []mail.Attachment{iv.Attachment()}, nil
		}}
	if err := notifications.ForTechnician(ctx, tx, b.OrganisationID, *b.TechnicianID, &n); err != nil {
		return err
	}
	return s.Notify.Notify(ctx, tx, n)
}

// notifyDeleted cancels, for their technicians, the active bookings of
// tasks about to be deleted (with them, by cascade).
func (s *Service) notifyDeleted(ctx context.Context, tx bun.IDB, taskIDs []uuid.UUID) error {
	var bs []*db.Booking
	if err := tx.NewSelect().Model(&bs).Where("task_id IN (?) AND technician_id IS NOT NULL AND status <> ?", bun.In(taskIDs), db.BookingStatusCancelled).
		Scan(ctx); err != nil {
		return err
	}
	for _, b := range bs {
		if err := s.notifyBooking(ctx, tx, b, nil); err != nil {
			return err
		}
	}
	return nil
}

func derefOr(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
