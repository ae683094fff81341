package planning

import (
	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/kernel/apperr"
	"github.com/postprod/postprod/internal/kernel/calendar"
	"github.com/postprod/postprod/internal/kernel/dates"
)

// WorkingDays lists the French working days of a period of at most ten
// years (a longer one is refused: the answer would be huge).
func WorkingDays(from, to dates.Date) ([]dates.Date, error) {
	if to.Before(from) || to.Time().Sub(from.Time()).Hours() > 24*3700 {
		return nil, apperr.Invalid("to", "Période invalide (au plus dix ans).", "Invalid period (ten years at most).")
	}
	return calendar.WorkingDays(from, to), nil
}

// Holidays lists the French public holidays of a year between 1900 and 2200.
func Holidays(year int) ([]calendar.Holiday, error) {
	if year < 1900 || year > 2200 {
		return nil, apperr.Invalid("year", "Année hors limites.", "Year out of range.")
	}
	return calendar.Holidays(year), nil
}

// PlannedDays is a task's planned time in days of eight hours.
func PlannedDays(t *db.Task) float64 { return float64(t.PlannedMinutes) / minutesPerDay }

// NonWorkingDays are the weekend days and holidays a task spans.
func NonWorkingDays(t *db.Task) []dates.Date {
	var out []dates.Date
	for d := t.StartDate; !t.EndDate.Before(d); d = d.AddDays(1) {
		if !calendar.IsWorkingDay(d) {
			out = append(out, d)
		}
	}
	return out
}
