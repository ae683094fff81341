package notifications

import (
	"time"

	ics "github.com/arran4/golang-ical"

	"github.com/postprod/postprod/internal/kernel/dates"
	"github.com/postprod/postprod/internal/platform/mail"
)

// Invite is one booking as a calendar invitation (RFC 5546, iTIP): a
// calendar updates the event it already has with the same UID when the
// SEQUENCE is higher, and removes it on a CANCEL.
type Invite struct {
	UID       string // stable for the booking: booking-<id>@<sender's domain>
	Sequence  int    // the booking's revision, raised on every move and cancel
	Cancel    bool
	Organizer mail.Address
	Attendee  mail.Address
	Summary   string // "operation — production"
	Location  string // the room
	Note      string
	// Days are the days worked, in order (planning.BookedDays); the times
	// are Europe/Paris wall-clock minutes of each of them.
	Days       []dates.Date
	FromMinute int
	ToMinute   int
	Tentative  bool // a pencilled booking
	Stamp      time.Time
}

const parisTZ = "Europe/Paris"

// ICS renders the invitation. A booking of several days is one event
// that repeats daily from its first day to its last (RRULE FREQ=DAILY with
// UNTIL), minus the days not worked inside it (EXDATE): the form every
// calendar (Google, Outlook, Apple) reads, where RDATE lists are not.
func (iv Invite) ICS() []byte {
	cal := ics.NewCalendarFor("postprod")
	if iv.Cancel {
		cal.SetMethod(ics.MethodCancel)
	} else {
		cal.SetMethod(ics.MethodRequest)
	}
	parisZone(cal)
	ev := cal.AddEvent(iv.UID)
	stamp := iv.Stamp
	if stamp.IsZero() {
		stamp = time.Now()
	}
	ev.SetDtStampTime(stamp.UTC())
	ev.SetSequence(iv.Sequence)
	if len(iv.Days) > 0 {
		first, last := iv.Days[0], iv.Days[len(iv.Days)-1]
		ev.SetProperty(ics.ComponentPropertyDtStart, local(first, iv.FromMinute), ics.WithTZID(parisTZ))
		ev.SetProperty(ics.ComponentPropertyDtEnd, local(first, iv.ToMinute), ics.WithTZID(parisTZ))
		if first != last {
			until := at(last, iv.FromMinute).UTC().Format("20060102T150405Z")
			ev.AddRrule("FREQ=DAILY;UNTIL=" + until)
			worked := map[dates.Date]bool{}
			for _, d := range iv.Days {
				worked[d] = true
			}
			for d := first; d.Before(last); d = d.AddDays(1) {
				if !worked[d] {
					ev.AddExdate(local(d, iv.FromMinute), ics.WithTZID(parisTZ))
				}
			}
		}
	}
	ev.SetSummary(iv.Summary)
	if iv.Location != "" {
		ev.SetLocation(iv.Location)
	}
	if iv.Note != "" {
		ev.SetDescription(iv.Note)
	}
	ev.SetOrganizer("mailto:"+iv.Organizer.Email, ics.WithCN(orDefault(iv.Organizer.Name, "postprod")))
	ev.AddAttendee("mailto:"+iv.Attendee.Email, ics.WithCN(orDefault(iv.Attendee.Name, iv.Attendee.Email)),
		ics.CalendarUserTypeIndividual, ics.ParticipationRoleReqParticipant, ics.WithRSVP(false))
	switch {
	case iv.Cancel:
		ev.SetStatus(ics.ObjectStatusCancelled)
	case iv.Tentative:
		ev.SetStatus(ics.ObjectStatusTentative)
	default:
		ev.SetStatus(ics.ObjectStatusConfirmed)
	}
	return []byte(cal.Serialize())
}

// Attachment is the invitation as the file of an email; the method in the
// content type is what makes a mail client offer to update the calendar.
func (iv Invite) Attachment() mail.Attachment {
	method, name := "REQUEST", "invitation.ics"
	if iv.Cancel {
		method, name = "CANCEL", "annulation.ics"
	}
	return mail.Attachment{Filename: name, ContentType: "text/calendar; method=" + method + "; charset=utf-8", Data: iv.ICS()}
}

func at(d dates.Date, minute int) time.Time {
	return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, dates.Paris).Add(time.Duration(minute) * time.Minute)
}

// local writes a Paris wall-clock time (24:00 is the next day's 00:00).
func local(d dates.Date, minute int) string {
	return time.Date(d.Year, d.Month, d.Day, minute/60, minute%60, 0, 0, time.UTC).Format("20060102T150405")
}

// parisZone describes Europe/Paris (CET, CEST from the last Sunday of March
// to the last Sunday of October), which RFC 5545 requires beside any TZID.
func parisZone(cal *ics.Calendar) {
	tz := cal.AddTimezone(parisTZ)
	std := tz.AddStandard()
	std.SetProperty(ics.ComponentProperty(ics.PropertyDtstart), "19701025T030000")
	std.SetProperty(ics.ComponentProperty(ics.PropertyRrule), "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU")
	std.SetProperty(ics.ComponentProperty(ics.PropertyTzoffsetfrom), "+0200")
	std.SetProperty(ics.ComponentProperty(ics.PropertyTzoffsetto), "+0100")
	std.SetProperty(ics.ComponentProperty(ics.PropertyTzname), "CET")
	dst := &ics.Daylight{}
	dst.SetProperty(ics.ComponentProperty(ics.PropertyDtstart), "19700329T020000")
	dst.SetProperty(ics.ComponentProperty(ics.PropertyRrule), "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU")
	dst.SetProperty(ics.ComponentProperty(ics.PropertyTzoffsetfrom), "+0100")
	dst.SetProperty(ics.ComponentProperty(ics.PropertyTzoffsetto), "+0200")
	dst.SetProperty(ics.ComponentProperty(ics.PropertyTzname), "CEST")
	tz.Components = append(tz.Components, dst)
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}
