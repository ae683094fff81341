// Package slips holds session slips (bons de séance): what a technician
// worked, validated and derived here, idempotent submission, the approval
// workflow with revisions, and tracking of actual against planned.
package slips

import (
	"strconv"
	"strings"
	"time"

	"github.com/postprod/postprod/internal/kernel/apperr"
	"github.com/postprod/postprod/internal/kernel/calendar"
	"github.com/postprod/postprod/internal/kernel/dates"
)

// Night work, as the audiovisual collective agreements count it: 22:00–06:00.
const (
	nightStart = 22 * 60
	nightEnd   = 6 * 60
)

// Session is a slip's time, derived from the date and wall-clock times the
// technician typed.
type Session struct {
	Start, End      time.Time
	Worked          int // minutes, break deducted
	Night           int // minutes between 22:00 and 06:00, before the break
	SundayOrHoliday bool
}

// ParseClock reads "HH:MM"; hours up to 47 let a night session be written
// the way call sheets do (26:00 is 2 a.m. the next day).
func ParseClock(field, s string) (int, error) {
	h, m, ok := strings.Cut(strings.TrimSpace(s), ":")
	hh, err1 := strconv.Atoi(h)
	mm, err2 := strconv.Atoi(m)
	if !ok || err1 != nil || err2 != nil || len(m) != 2 || len(h) == 0 || len(h) > 2 || hh < 0 || hh > 47 || mm < 0 || mm > 59 {
		return 0, apperr.Invalid(field, "Heure attendue au format HH:MM.", "Time expected as HH:MM.")
	}
	return hh*60 + mm, nil
}

// Derive computes a session from its day and times in Europe/Paris. An end
// earlier than the start means the session ended after midnight. Daylight
// saving changes are honoured: a night across the October change is an
// hour longer.
func Derive(day dates.Date, start, end string, breakMinutes int) (Session, error) {
	s, err := ParseClock("start", start)
	if err != nil {
		return Session{}, err
	}
	e, err := ParseClock("end", end)
	if err != nil {
		return Session{}, err
	}
	if s >= 24*60 {
		return Session{}, apperr.Invalid("start", "Le début doit être une heure du jour (00:00 à 23:59).", "The start must be a time of the day (00:00 to 23:59).")
	}
	if e == s {
		return Session{}, apperr.Invalid("end", "La fin doit suivre le début.", "The end must come after the start.")
	}
	if e < s {
		e += 24 * 60 // ended after midnight
	}
	if breakMinutes < 0 {
		return Session{}, apperr.Invalid("breakMinutes", "La pause ne peut pas être négative.", "The break cannot be negative.")
	}
	at := func(m int) time.Time {
		d := dates.Date{Year: day.Year, Month: day.Month, Day: day.Day}.AddDays(m / (24 * 60))
		return time.Date(d.Year, d.Month, d.Day, (m%(24*60))/60, m%60, 0, 0, dates.Paris)
	}
	ses := Session{Start: at(s), End: at(e)}
	length := int(ses.End.Sub(ses.Start).Minutes())
	if length <= 0 {
		return Session{}, apperr.Invalid("end", "La fin doit suivre le début.", "The end must come after the start.")
	}
	if length > 24*60 {
		return Session{}, apperr.Invalid("end", "Une séance ne peut dépasser 24 heures.", "A session cannot exceed 24 hours.")
	}
	if breakMinutes >= length {
		return Session{}, apperr.Invalid("breakMinutes", "La pause est plus longue que la séance.", "The break is longer than the session.")
	}
	ses.Worked = length - breakMinutes
	// Real minutes, not wall-clock ones: the night of a clock change has
	// one hour more or less of night work.
	for t := ses.Start; t.Before(ses.End); t = t.Add(time.Minute) {
		l := t.In(dates.Paris)
		if m := l.Hour()*60 + l.Minute(); m >= nightStart || m < nightEnd {
			ses.Night++
		}
	}
	for d := day; !d.AddDays(0).Time().After(dates.Of(ses.End.Add(-time.Minute)).Time()); d = d.AddDays(1) {
		if _, holiday := calendar.HolidayOn(d); holiday || d.Weekday() == time.Sunday {
			ses.SundayOrHoliday = true
		}
	}
	return ses, nil
}
