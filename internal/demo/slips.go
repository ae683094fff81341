package demo

import (
	"context"
	"crypto/sha256"
	"fmt"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/kernel/calendar"
	"github.com/postprod/postprod/internal/kernel/dates"
	"github.com/postprod/postprod/internal/slips"
)

// seedSlips writes two weeks of slips from the confirmed technician
// bookings: approved up to three days ago, waiting since, one rejected, and
// one finished stage worked long days so that it overran.
func seedSlips(ctx context.Context, idb bun.IDB, pl *planner, reviewer uuid.UUID) error {
	from := calendar.AddWorkingDays(pl.today, -10)
	taskByID := map[uuid.UUID]db.Task{}
	for _, t := range pl.tasks {
		taskByID[t.ID] = t
	}
	// The stage that overran: the longest task finished in the period.
	var overrun *uuid.UUID
	best := 0
	for _, t := range pl.tasks {
		if d := calendar.CountWorkingDays(t.StartDate, t.EndDate); t.EndDate.Before(pl.today) && !t.EndDate.Before(from) && d > best && !t.StartDate.Before(from) {
			id := t.ID
			overrun, best = &id, d
		}
	}
	busy := map[string]bool{}
	var rows []db.Slip
	var hist []db.SlipHistory
	rejected := false
	for _, b := range pl.bookings {
		if b.TechnicianID == nil || b.Status != db.BookingStatusConfirmed {
			continue
		}
		t := taskByID[b.TaskID]
		for d := maxDate(b.StartDate, from); !b.EndDate.Before(d) && d.Before(pl.today); d = d.AddDays(1) {
			key := b.TechnicianID.String() + d.String()
			if !calendar.IsWorkingDay(d) || busy[key] {
				continue
			}
			busy[key] = true
			start, end := clock(slipStart), clock(slipEnd)
			if overrun != nil && t.ID == *overrun {
				start, end = "09:00", "20:30" // 10.5 h a day against 8 planned
			}
			ses, err := slips.Derive(d, start, end, 60)
			if err != nil {
				return err
			}
			id := uuid.New()
			taskID := t.ID
			sl := db.Slip{ID: id, OrganisationID: pl.orgID, ClientID: "demo-" + id.String(), TechnicianID: *b.TechnicianID,
				ProductionID: b.ProductionID, EpisodeID: t.EpisodeID, TaskID: &taskID, OperationID: t.OperationID, WorkDate: d,
				StartAt: ses.Start, EndAt: ses.End, BreakMinutes: 60, WorkedMinutes: ses.Worked, NightMinutes: ses.Night,
				SundayOrHoliday: ses.SundayOrHoliday, Notes: notesFor(t, d), Status: db.SlipStatusSubmitted, Revision: 1, Current: true,
				SubmittedAt: ses.End.Add(30 * time.Minute)}
			h := sha256.Sum256([]byte(sl.ClientID))
			sl.ContentHash = h[:]
			hist = append(hist, db.SlipHistory{SlipID: id, Action: db.SlipActionSubmitted, At: sl.SubmittedAt})
			if d.Before(calendar.AddWorkingDays(pl.today, -2)) {
				reviewed := sl.SubmittedAt.Add(20 * time.Hour)
				sl.Status, sl.ReviewedBy, sl.ReviewedAt = db.SlipStatusApproved, &reviewer, &reviewed
				if !rejected && (overrun == nil || t.ID != *overrun) {
					rejected = true
					sl.Status, sl.RejectionReason = db.SlipStatusRejected, "Horaires incohérents avec la feuille de service : merci de corriger l'heure de fin."
				}
				hist = append(hist, db.SlipHistory{SlipID: id, Action: db.SlipAction(sl.Status), ActorID: &reviewer, Reason: sl.RejectionReason, At: reviewed})
			}
			rows = append(rows, sl)
		}
	}
	if len(rows) == 0 {
		return nil
	}
	if _, err := idb.NewInsert().Model(&rows).Exec(ctx); err != nil {
		return fmt.Errorf("demo: inserting slips: %w", err)
	}
	if _, err := idb.NewInsert().Model(&hist).Exec(ctx); err != nil {
		return fmt.Errorf("demo: inserting slip history: %w", err)
	}
	return nil
}

func notesFor(t db.Task, d dates.Date) string {
	if t.EpisodeID != nil {
		return fmt.Sprintf("Séance du %02d/%02d : avancement sur l'épisode.", d.Day, d.Month)
	}
	return fmt.Sprintf("Séance du %02d/%02d : suite du travail prévu.", d.Day, d.Month)
}

// The demo's usual session, with an hour's break: its bookings of the
// demo technician use the same hours.
const (
	slipStart = 9*60 + 30
	slipEnd   = 18*60 + 30
)

func clock(m int) string { return fmt.Sprintf("%02d:%02d", m/60, m%60) }
