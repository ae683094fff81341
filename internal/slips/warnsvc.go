package slips

import (
	"context"
	"slices"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/auth"
	"github.com/postprod/postprod/internal/kernel/apperr"
	"github.com/postprod/postprod/internal/kernel/dates"
	"github.com/postprod/postprod/internal/kernel/page"
)

// Flag is a warning on one slip, as the batch read gives it.
type Flag struct {
	SlipID uuid.UUID
	SlipWarning
}

// sittingOf is what the rules read of a slip.
func sittingOf(s *db.Slip) Sitting {
	return Sitting{ID: s.ID, TechnicianID: s.TechnicianID, Day: s.WorkDate, Start: s.StartAt, End: s.EndAt, Worked: s.WorkedMinutes}
}

// counts says whether a slip is part of the technician's time: a rejected
// slip or a corrected revision is not, and is not flagged either.
func counts(s *db.Slip) bool { return s.Current && s.Status != db.SlipStatusRejected }

// neighbourhood reads, in one statement, the slips that count of the
// technicians over the civil weeks of [from, to] and two days either side:
// all that Warnings needs to judge a slip of those days.
func neighbourhood(ctx context.Context, idb bun.IDB, org uuid.UUID, techs []uuid.UUID, from, to dates.Date) ([]Sitting, error) {
	if len(techs) == 0 {
		return nil, nil
	}
	var rows []*db.Slip
	err := idb.NewSelect().Model(&rows).Column("id", "technician_id", "work_date", "start_at", "end_at", "worked_minutes").
		Where("organisation_id = ? AND technician_id IN (?) AND current AND status <> ?", org, bun.In(techs), db.SlipStatusRejected).
		Where("work_date BETWEEN ? AND ?", monday(from).AddDays(-2), monday(to).AddDays(6+2)).Scan(ctx)
	out := make([]Sitting, len(rows))
	for i, r := range rows {
		out[i] = sittingOf(r)
	}
	return out, err
}

// flagsOf judges the slips (those that count) against their technicians'
// other slips, in one statement.
func flagsOf(ctx context.Context, idb bun.IDB, org uuid.UUID, ss []*db.Slip) (map[uuid.UUID][]SlipWarning, error) {
	var techs []uuid.UUID
	var from, to dates.Date
	first := true
	for _, s := range ss {
		if !counts(s) {
			continue
		}
		if !slices.Contains(techs, s.TechnicianID) {
			techs = append(techs, s.TechnicianID)
		}
		if first || s.WorkDate.Before(from) {
			from = s.WorkDate
		}
		if first || to.Before(s.WorkDate) {
			to = s.WorkDate
		}
		first = false
	}
	all, err := neighbourhood(ctx, idb, org, techs, from, to)
	if err != nil {
		return nil, err
	}
	return Warnings(all), nil
}

// WarningsBySlip flags slips for the dataloaders, in two statements for any
// number: shown to the staff and to the slip's own technician (the warnings
// speak of their other sessions, on productions a producer does not see).
func WarningsBySlip(idb bun.IDB, orgID uuid.UUID) db.Batch[*Flag] {
	return func(ctx context.Context, ids []uuid.UUID) ([]*Flag, error) {
		p, err := auth.Require(ctx)
		if err != nil {
			return nil, err
		}
		if p.OrganisationID != orgID || !CanSeeSlipWarnings(p) {
			return nil, nil
		}
		var ss []*db.Slip
		if err := Visible(idb.NewSelect().Model(&ss), p).Where("slip.id IN (?)", bun.In(ids)).Scan(ctx); err != nil {
			return nil, err
		}
		flags, err := flagsOf(ctx, idb, orgID, ss)
		if err != nil {
			return nil, err
		}
		var out []*Flag
		for _, s := range ss {
			if !counts(s) {
				continue
			}
			for _, w := range flags[s.ID] {
				out = append(out, &Flag{SlipID: s.ID, SlipWarning: w})
			}
		}
		return out, nil
	}
}

// Check is a slip as it would be recorded, without recording it.
type Check struct {
	WorkedMinutes, NightMinutes int
	SundayOrHoliday             bool
	Warnings                    []SlipWarning
}

// Check validates a slip as Submit would (the same errors, overlap
// included) and says how long it is and what it would be flagged with,
// writing nothing. replacing is the slip a resubmission or a correction
// would replace, left out of the overlap and of the other sessions.
func (s *Service) Check(ctx context.Context, in Input, replacing *uuid.UUID) (*Check, error) {
	p, err := auth.Authorize(ctx, CanSubmitSlips)
	if err != nil {
		return nil, err
	}
	tech, err := technicianFor(p, in.TechnicianID)
	if replacing != nil {
		old, verr := s.visible(ctx, s.DB, p, *replacing, false)
		if verr != nil {
			return nil, verr
		}
		if !mayResubmit(p, old.TechnicianID) {
			return nil, apperr.ForbiddenErr()
		}
		tech, err = old.TechnicianID, nil
	}
	if err != nil {
		return nil, err
	}
	sl, err := s.build(ctx, s.DB, p, tech, in)
	if err != nil {
		return nil, err
	}
	if err := checkOverlap(ctx, s.DB, sl, replacing); err != nil {
		return nil, err
	}
	all, err := neighbourhood(ctx, s.DB, p.OrganisationID, []uuid.UUID{tech}, sl.WorkDate, sl.WorkDate)
	if err != nil {
		return nil, err
	}
	if replacing != nil {
		all = slices.DeleteFunc(all, func(x Sitting) bool { return x.ID == *replacing })
	}
	sl.ID = uuid.New() // a stand-in id, only to find its warnings
	all = append(all, sittingOf(sl))
	return &Check{WorkedMinutes: sl.WorkedMinutes, NightMinutes: sl.NightMinutes, SundayOrHoliday: sl.SundayOrHoliday,
		Warnings: Warnings(all)[sl.ID]}, nil
}

// Flagged lists the slips that count and carry a warning, of the days from
// to to (by default the last two weeks; at most 93 days), newest first: the
// coordinator's list of slips to look at.
func (s *Service) Flagged(ctx context.Context, from, to *dates.Date, a page.Args) ([]*db.Slip, page.Info, error) {
	p, err := auth.Authorize(ctx, CanReviewFlags)
	if err != nil {
		return nil, page.Info{}, err
	}
	end := dates.Today().AddDays(1)
	if to != nil {
		end = *to
	}
	start := end.AddDays(-14)
	if from != nil {
		start = *from
	}
	if end.Before(start) || start.AddDays(93).Before(end) {
		return nil, page.Info{}, apperr.Invalid("from", "Période de 1 à 93 jours attendue.", "A period of 1 to 93 days is expected.")
	}
	var ss []*db.Slip
	if err := Visible(s.DB.NewSelect().Model(&ss), p).Where("slip.current AND slip.status <> ?", db.SlipStatusRejected).
		Where("slip.work_date BETWEEN ? AND ?", start, end).Order("slip.work_date DESC", "slip.start_at DESC", "slip.id").Scan(ctx); err != nil {
		return nil, page.Info{}, err
	}
	flags, err := flagsOf(ctx, s.DB, p.OrganisationID, ss)
	if err != nil {
		return nil, page.Info{}, err
	}
	ss = slices.DeleteFunc(ss, func(x *db.Slip) bool { return len(flags[x.ID]) == 0 })
	return page.Window(ss, a)
}
