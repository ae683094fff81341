package planning

import (
	"fmt"
	"strings"

	"github.com/google/uuid"
	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/kernel/calendar"
	"github.com/postprod/postprod/internal/kernel/dates"
)

// BookedDays are the days a booking takes place, which "Ma journée",
// "Mon planning" and the calendar feed all show: every day of it when its
// task allows weekend and holiday work; otherwise its working days, and the
// non-working days at its edges (a booking that starts or ends on a Sunday
// was put there on purpose; a weekend inside a two-week booking is simply
// not worked). A booking made only of non-working days takes place on all
// of them.
func BookedDays(start, end dates.Date, allowNonWorking bool) []dates.Date {
	var all []dates.Date
	for d := start; !end.Before(d); d = d.AddDays(1) {
		all = append(all, d)
	}
	if allowNonWorking {
		return all
	}
	first, last := -1, -1
	for i, d := range all {
		if calendar.IsWorkingDay(d) {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return all
	}
	out := append([]dates.Date{}, all[:first]...)
	for _, d := range all[first : last+1] {
		if calendar.IsWorkingDay(d) {
			out = append(out, d)
		}
	}
	return append(out, all[last+1:]...)
}

// nonWorkingBooked are the weekend days and holidays a booking takes place
// on (see BookedDays); none when its task allows them.
func nonWorkingBooked(b *Booking, t *Task) []dates.Date {
	if t.AllowNonWorking || calendar.IsWorkingDay(b.Start) && calendar.IsWorkingDay(b.End) {
		return nil
	}
	var out []dates.Date
	for _, d := range BookedDays(b.Start, b.End, false) {
		if !calendar.IsWorkingDay(d) {
			out = append(out, d)
		}
	}
	return out
}

var weekdayFR = [...]string{"dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"}

// dayName writes a non-working day with why it is one: "samedi 14/03/2026",
// "01/05/2026 (Fête du Travail)".
func dayName(d dates.Date) (fr, en string) {
	if h, ok := calendar.HolidayOn(d); ok {
		return fmt.Sprintf("%s (%s)", formatDate(d), h.NameFR), fmt.Sprintf("%s (%s)", formatDate(d), h.NameEN)
	}
	return weekdayFR[d.Weekday()] + " " + formatDate(d), d.Weekday().String() + " " + formatDate(d)
}

// who names a booking's resource, for a sentence's subject.
func (dt *detector) who(b *Booking) (fr, en string) {
	if b.TechnicianID != nil {
		n := dt.techName(*b.TechnicianID)
		return n, n
	}
	if b.RoomID != nil {
		n := dt.roomName(*b.RoomID)
		return "la salle « " + n + " »", "room “" + n + "”"
	}
	return "?", "?"
}

// calendarChecks flags the bookings (not cancelled) placed on weekends or
// holidays their task does not allow, and those running outside their
// task's dates.
func (dt *detector) calendarChecks() {
	for i := range dt.in.Bookings {
		b := &dt.in.Bookings[i]
		t := dt.tasks[b.TaskID]
		if b.Status == db.BookingStatusCancelled || t == nil || b.End.Before(b.Start) {
			continue
		}
		if days := nonWorkingBooked(b, t); len(days) > 0 {
			dt.nonWorking(b, t, days)
		}
		if key(b.Start) < key(t.Start) || key(b.End) > key(t.End) {
			dt.outsideTask(b, t)
		}
	}
}

func (dt *detector) nonWorking(b *Booking, t *Task, days []dates.Date) {
	var fr, en []string
	for _, d := range days {
		f, e := dayName(d)
		fr, en = append(fr, f), append(en, e)
	}
	whoFR, whoEN := dt.who(b)
	ref := dt.taskRef(t.ID, b.ProductionID)
	onFR, onEN := "un jour non ouvré", "a non-working day"
	if len(days) > 1 {
		onFR, onEN = "des jours non ouvrés", "non-working days"
	}
	c := Conflict{
		Kind: KindNonWorkingDay,
		MessageFR: fmt.Sprintf("Réservation de %s sur %s (%s) : %s. La tâche n'autorise pas le travail les week-ends et jours fériés.",
			whoFR, onFR, strings.Join(fr, ", "), ref.fr),
		MessageEN: fmt.Sprintf("%s is booked on %s (%s): %s. The task does not allow weekend or holiday work.",
			capitalise(whoEN), onEN, strings.Join(en, ", "), ref.en),
		From: days[0], To: days[len(days)-1],
		ProductionIDs: []uuid.UUID{b.ProductionID}, TaskIDs: []uuid.UUID{t.ID}, BookingIDs: []uuid.UUID{b.ID},
		TechnicianID: b.TechnicianID, RoomID: b.RoomID,
	}
	dt.out = append(dt.out, c)
}

func (dt *detector) outsideTask(b *Booking, t *Task) {
	// The period concerned is the part of the booking outside the task.
	from, to := b.Start, b.End
	before, after := key(b.Start) < key(t.Start), key(b.End) > key(t.End)
	if !before {
		from = t.End.AddDays(1)
		if key(from) < key(b.Start) {
			from = b.Start
		}
	}
	if !after {
		to = t.Start.AddDays(-1)
		if key(to) > key(b.End) {
			to = b.End
		}
	}
	whoFR, whoEN := dt.who(b)
	bFR, bEN := period(b.Start, b.End)
	tFR, tEN := period(t.Start, t.End)
	ref := dt.taskRef(t.ID, b.ProductionID)
	dt.out = append(dt.out, Conflict{
		Kind:          KindOutsideTask,
		MessageFR:     fmt.Sprintf("La réservation de %s %s déborde des dates de sa tâche %s (%s).", whoFR, bFR, ref.fr, tFR),
		MessageEN:     fmt.Sprintf("The booking of %s %s runs outside the dates of its task %s (%s).", whoEN, bEN, ref.en, tEN),
		From:          from,
		To:            to,
		ProductionIDs: []uuid.UUID{b.ProductionID}, TaskIDs: []uuid.UUID{t.ID}, BookingIDs: []uuid.UUID{b.ID},
		TechnicianID: b.TechnicianID, RoomID: b.RoomID,
	})
}

func capitalise(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
