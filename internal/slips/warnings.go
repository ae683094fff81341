package slips

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"time"

	"github.com/google/uuid"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/kernel/dates"
)

// Implausible slips are flagged, never refused: a long night may be real,
// and the coordinator decides. The limits are those of the audiovisual
// collective agreements (IDCC 2717 art. 5.1, 5.7, 5.11): a day of at most
// 10 hours (12 to finish uninterruptible work), 11 hours of rest between
// days, 48 hours in a civil week.
const (
	maxSessionMinutes = 10 * 60
	maxDayMinutes     = 12 * 60
	minRestMinutes    = 11 * 60
	maxWeekMinutes    = 48 * 60
)

// WarningCode says what is implausible about a slip.
type WarningCode string

const (
	WarnLongSession WarningCode = "SESSION_OVER_10H" // the session alone is over 10 h of work
	WarnLongDay     WarningCode = "DAY_OVER_12H"     // with it, the day's sessions pass 12 h
	WarnShortRest   WarningCode = "SHORT_REST"       // less than 11 h between it and another day's session
	WarnLongWeek    WarningCode = "WEEK_OVER_48H"    // with it, the civil week's sessions pass 48 h
)

// AllWarningCodes is the schema's SlipWarningCode, bound to this type: a
// warning is computed, never stored.
var AllWarningCodes = []WarningCode{WarnLongSession, WarnLongDay, WarnShortRest, WarnLongWeek}

func (c WarningCode) MarshalGQL(w io.Writer) { db.MarshalEnum(w, c) }
func (c *WarningCode) UnmarshalGQL(v any) (err error) {
	*c, err = db.UnmarshalEnum(v, AllWarningCodes, "SlipWarningCode")
	return
}

// SlipWarning is one flag on a slip, with its figures and its words.
type SlipWarning struct {
	Code                 WarningCode
	Minutes              int // the session, the day, the rest or the week
	LimitMinutes         int
	MessageFR, MessageEN string
}

// Sitting is what the rules read of a slip: whose, which day (the date it
// was declared on, the day it started), when, and the work in it.
type Sitting struct {
	ID           uuid.UUID
	TechnicianID uuid.UUID
	Day          dates.Date
	Start, End   time.Time
	Worked       int
}

// hours writes a duration the way a French call sheet does: "15 h",
// "9 h 30"; English "15 h", "9 h 30" reads as well.
func hours(minutes int) string {
	if minutes%60 == 0 {
		return fmt.Sprintf("%d h", minutes/60)
	}
	return fmt.Sprintf("%d h %02d", minutes/60, minutes%60)
}

// monday is the first day of the civil week (Monday–Sunday) of d.
func monday(d dates.Date) dates.Date {
	return d.AddDays(-((int(d.Weekday()) + 6) % 7))
}

// Warnings flags the sittings of one or more technicians. It needs, for each
// sitting to judge, every other sitting of its technician in its civil week
// and two days either side; the result holds every sitting given.
//
//   - SESSION_OVER_10H: a sitting of more than 10 h of work;
//   - DAY_OVER_12H: the sittings of one day, in order, from the one that
//     takes the day's total past 12 h (the message gives the day's total);
//   - WEEK_OVER_48H: likewise for the civil week, Monday to Sunday;
//   - SHORT_REST: less than 11 h between the last sitting of a worked day
//     and the first of the next worked day; both are flagged.
func Warnings(all []Sitting) map[uuid.UUID][]SlipWarning {
	out := make(map[uuid.UUID][]SlipWarning, len(all))
	byTech := map[uuid.UUID][]Sitting{}
	for _, s := range all {
		byTech[s.TechnicianID] = append(byTech[s.TechnicianID], s)
	}
	for _, ss := range byTech {
		slices.SortFunc(ss, func(a, b Sitting) int {
			if c := a.Start.Compare(b.Start); c != 0 {
				return c
			}
			return cmp.Compare(a.ID.String(), b.ID.String())
		})
		for _, s := range ss {
			if s.Worked > maxSessionMinutes {
				out[s.ID] = append(out[s.ID], SlipWarning{Code: WarnLongSession, Minutes: s.Worked, LimitMinutes: maxSessionMinutes,
					MessageFR: fmt.Sprintf("Séance de %s (au-delà de %s)", hours(s.Worked), hours(maxSessionMinutes)),
					MessageEN: fmt.Sprintf("Session of %s (over %s)", hours(s.Worked), hours(maxSessionMinutes))})
			}
		}
		cumulative(ss, out, func(s Sitting) dates.Date { return s.Day }, maxDayMinutes, WarnLongDay,
			func(total int) (string, string) {
				return fmt.Sprintf("Journée de %s (au-delà de %s)", hours(total), hours(maxDayMinutes)),
					fmt.Sprintf("Day of %s (over %s)", hours(total), hours(maxDayMinutes))
			})
		cumulative(ss, out, func(s Sitting) dates.Date { return monday(s.Day) }, maxWeekMinutes, WarnLongWeek,
			func(total int) (string, string) {
				return fmt.Sprintf("Semaine de %s (au-delà de %s)", hours(total), hours(maxWeekMinutes)),
					fmt.Sprintf("Week of %s (over %s)", hours(total), hours(maxWeekMinutes))
			})
		rests(ss, out)
	}
	return out
}

// cumulative flags, within each group (a day, a week) in time order, the
// sittings from the one that takes the group past the limit.
func cumulative(ss []Sitting, out map[uuid.UUID][]SlipWarning, group func(Sitting) dates.Date, limit int, code WarningCode, words func(int) (string, string)) {
	total := map[dates.Date]int{}
	for _, s := range ss {
		total[group(s)] += s.Worked
	}
	running := map[dates.Date]int{}
	for _, s := range ss {
		g := group(s)
		running[g] += s.Worked
		if running[g] > limit {
			fr, en := words(total[g])
			out[s.ID] = append(out[s.ID], SlipWarning{Code: code, Minutes: total[g], LimitMinutes: limit, MessageFR: fr, MessageEN: en})
		}
	}
}

// rests flags the two sittings around a rest shorter than 11 h between
// consecutive worked days (sittings sorted by start).
func rests(ss []Sitting, out map[uuid.UUID][]SlipWarning) {
	type span struct{ first, last int }
	var days []dates.Date
	spans := map[dates.Date]*span{}
	for i, s := range ss {
		sp := spans[s.Day]
		if sp == nil {
			sp = &span{first: i, last: i}
			spans[s.Day] = sp
			days = append(days, s.Day)
		}
		if ss[i].Start.Before(ss[sp.first].Start) {
			sp.first = i
		}
		if ss[i].End.After(ss[sp.last].End) {
			sp.last = i
		}
	}
	slices.SortFunc(days, func(a, b dates.Date) int { return a.Time().Compare(b.Time()) })
	for k := 1; k < len(days); k++ {
		before, after := ss[spans[days[k-1]].last], ss[spans[days[k]].first]
		rest := int(after.Start.Sub(before.End).Minutes())
		if rest >= minRestMinutes {
			continue
		}
		out[before.ID] = append(out[before.ID], SlipWarning{Code: WarnShortRest, Minutes: rest, LimitMinutes: minRestMinutes,
			MessageFR: fmt.Sprintf("Repos de %s seulement après cette séance (moins de %s)", hours(rest), hours(minRestMinutes)),
			MessageEN: fmt.Sprintf("Only %s of rest after this session (under %s)", hours(rest), hours(minRestMinutes))})
		out[after.ID] = append(out[after.ID], SlipWarning{Code: WarnShortRest, Minutes: rest, LimitMinutes: minRestMinutes,
			MessageFR: fmt.Sprintf("Repos de %s seulement avant cette séance (moins de %s)", hours(rest), hours(minRestMinutes)),
			MessageEN: fmt.Sprintf("Only %s of rest before this session (under %s)", hours(rest), hours(minRestMinutes))})
	}
}
