package server_test

import (
	"bytes"
	"maps"
	"mime"
	"strings"
	"testing"
	"time"

	ics "github.com/arran4/golang-ical"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/demo"
)

// englishTechnician invites, in English, a technician member for a new
// technician record of fx, and returns their session and the record's id.
func (e *env) englishTechnician(fx *org, email string) (member, string) {
	e.t.Helper()
	techID := fx.technician("email", email)
	var inv struct{ InviteUser struct{ Token string } }
	e.call(fx.as(db.RoleAdmin), `mutation($in:InviteUserInput!){ inviteUser(input:$in){ token } }`,
		map[string]any{"in": map[string]any{"email": email, "role": "TECHNICIAN", "technicianId": techID, "locale": "en"}}, &inv)
	var acc struct {
		AcceptInvitation struct {
			AccessToken string
			User        struct{ ID string }
		}
	}
	e.call("", `mutation($t:String!){ acceptInvitation(token:$t, name:"Tom Technician", password:"`+demo.Password+`"){ accessToken user { id } } }`,
		map[string]any{"t": inv.InviteUser.Token}, &acc)
	return member{Email: email, UserID: acc.AcceptInvitation.User.ID, session: session{Access: acc.AcceptInvitation.AccessToken}}, techID
}

// A rejected slip reaches its technician only: in their language, with the
// reason and the link to correct it; a technician without an account by
// their email; nobody of another organisation.
func TestSlipRejectedNotifiesItsTechnician(t *testing.T) {
	e := newMailEnv(t)
	fx := e.newOrg("Studio Refus")
	other := e.newOrg("Studio Tiers")
	coord := fx.as(db.RoleCoordinator)
	prod := fx.production("title", "Les Heures Claires")
	slip := fx.slip(prod)
	otherBefore, mine := len(e.mailsTo(t, other.member(db.RoleTechnician).Email)), len(e.mailsTo(t, fx.member(db.RoleTechnician).Email))
	e.call(coord, `mutation($id:ID!){ rejectSlip(id:$id, reason:"Pause oubliée"){ id } }`, map[string]any{"id": slip}, &struct{}{})

	ms := e.mailsTo(t, fx.member(db.RoleTechnician).Email)[mine:]
	if len(ms) != 1 {
		t.Fatalf("want one mail to the technician, got %d", len(ms))
	}
	link := "/my-slips/" + slip + "/correct"
	if !strings.Contains(ms[0].Subject, "Bon de séance refusé : Les Heures Claires") || !strings.Contains(ms[0].Text, "Pause oubliée") ||
		!strings.Contains(ms[0].Text, link) || !strings.Contains(ms[0].HTML, link) || !strings.Contains(ms[0].HTML, "Studio Refus") {
		t.Fatalf("rejection mail: %q\n%s", ms[0].Subject, ms[0].Text)
	}
	in := e.inbox(fx.member(db.RoleTechnician).Access, nil).Notifications
	if in.TotalCount != 1 || in.Edges[0].Node.Kind != "SLIP_REJECTED" || in.Edges[0].Node.Link != link || !strings.Contains(in.Edges[0].Node.Body, "Pause oubliée") {
		t.Fatalf("inbox: %+v", in)
	}
	for _, r := range []db.Role{db.RoleCoordinator, db.RoleAdmin, db.RoleProducer} {
		if n := e.inbox(fx.as(r), nil).Notifications.TotalCount; n != 0 {
			t.Fatalf("%s got %d notifications", r, n)
		}
	}
	if n := len(e.mailsTo(t, other.member(db.RoleTechnician).Email)); n != otherBefore {
		t.Fatal("a technician of another organisation got mail")
	}

	// An English technician reads English.
	en, enTech := e.englishTechnician(fx, "tom@refus.test")
	enSlip := fx.slip(prod, "technicianId", enTech)
	e.call(coord, `mutation($id:ID!){ rejectSlip(id:$id, reason:"Wrong room"){ id } }`, map[string]any{"id": enSlip}, &struct{}{})
	enMails := e.mailsTo(t, en.Email)
	if last := enMails[len(enMails)-1]; !strings.Contains(last.Subject, "Session slip rejected: Les Heures Claires") || !strings.Contains(last.Text, "Reason: Wrong room") {
		t.Fatalf("English mail: %q\n%s", last.Subject, last.Text)
	}

	// A technician without an account: their address, in French.
	lone := fx.technician("email", "solo@refus.test")
	loneSlip := fx.slip(prod, "technicianId", lone)
	e.call(coord, `mutation($id:ID!){ rejectSlip(id:$id, reason:"Doublon"){ id } }`, map[string]any{"id": loneSlip}, &struct{}{})
	if ms := e.mailsTo(t, "solo@refus.test"); len(ms) != 1 || !strings.Contains(ms[0].Text, "Motif : Doublon. Corrigez") {
		t.Fatalf("technician without an account: %+v", ms)
	} else if strings.Contains(ms[0].Text, "http") || strings.Contains(ms[0].HTML, "href") || strings.Contains(ms[0].Text, "préférences") {
		// No link into an app they cannot open, no preferences they do not have.
		t.Fatalf("a mail to an address without an account points into the app:\n%s", ms[0].Text)
	}
}

// icsOf parses the one calendar attachment of a message.
func icsOf(t *testing.T, m sentMail) *ics.Calendar {
	t.Helper()
	if len(m.Attachments) != 1 {
		t.Fatalf("%d attachments, want the invitation", len(m.Attachments))
	}
	if mt, params, err := mime.ParseMediaType(m.Attachments[0].ContentType); err != nil || mt != "text/calendar" || params["method"] == "" {
		t.Fatalf("the invitation's type: %q", m.Attachments[0].ContentType)
	}
	cal, err := ics.ParseCalendar(bytes.NewReader(m.Attachments[0].Data))
	if err != nil {
		t.Fatalf("the .ics does not parse: %v\n%s", err, m.Attachments[0].Data)
	}
	return cal
}

// sameMediaType compares two Content-Type values whatever their order of
// parameters.
func sameMediaType(a, b string) bool {
	ma, pa, errA := mime.ParseMediaType(a)
	mb, pb, errB := mime.ParseMediaType(b)
	return errA == nil && errB == nil && ma == mb && maps.Equal(pa, pb)
}

func calProp(cal *ics.Calendar, p ics.Property) string {
	for _, c := range cal.CalendarProperties {
		if c.IANAToken == string(p) {
			return c.Value
		}
	}
	return ""
}

func evProp(t *testing.T, cal *ics.Calendar, p ics.ComponentProperty) *ics.IANAProperty {
	t.Helper()
	evs := cal.Events()
	if len(evs) != 1 {
		t.Fatalf("want one VEVENT, got %d", len(evs))
	}
	prop := evs[0].GetProperty(p)
	if prop == nil {
		t.Fatalf("no %s", p)
	}
	return prop
}

// Bookings: created, moved, cancelled, each to the booked technician only,
// with an invitation their calendar applies (METHOD, stable UID, rising
// SEQUENCE, Paris times); a change that moves nothing sends nothing.
func TestBookingsNotifyTheirTechnician(t *testing.T) {
	e := newMailEnv(t)
	fx := e.newOrg("Studio Planning")
	other := e.newOrg("Studio Ailleurs")
	coord := fx.as(db.RoleCoordinator)
	tech := fx.member(db.RoleTechnician)
	prod := fx.production("title", "Nuit Blanche")
	task := fx.task(prod) // Monday 2 to Friday 6 March 2026
	room := fx.room("name", "Montage 2")
	fx.booking(task, "roomId", room)
	otherTech := fx.technician("email", "autre@planning.test")
	mine := len(e.mailsTo(t, tech.Email))
	otherOrg := len(e.mailsTo(t, other.member(db.RoleTechnician).Email))

	booking := fx.booking(task, "technicianId", fx.technicianID, "startDate", "2026-03-02", "endDate", "2026-03-10")
	fx.booking(task, "technicianId", otherTech)
	ms := e.mailsTo(t, tech.Email)[mine:]
	if len(ms) != 1 || !strings.Contains(ms[0].Subject, "Nouvelle réservation : Nuit Blanche") || !strings.Contains(ms[0].Text, "salle « Montage 2 »") ||
		!strings.Contains(ms[0].Text, "/my-schedule") {
		t.Fatalf("created: %+v", ms)
	}
	if !strings.Contains(ms[0].Text, "du 2 mars 2026 au 10 mars 2026, de 09:00 à 18:00 (7 jours)") {
		t.Fatalf("the days: %s", ms[0].Text)
	}
	cal := icsOf(t, ms[0])
	uid := "booking-" + booking + "@localhost"
	if calProp(cal, ics.PropertyMethod) != "REQUEST" || evProp(t, cal, ics.ComponentPropertyUniqueId).Value != uid ||
		evProp(t, cal, ics.ComponentPropertySequence).Value != "0" {
		t.Fatalf("created .ics:\n%s", ms[0].Attachments[0].Data)
	}
	start := evProp(t, cal, ics.ComponentPropertyDtStart)
	if start.Value != "20260302T090000" || start.ICalParameters["TZID"][0] != "Europe/Paris" {
		t.Fatalf("DTSTART: %+v", start)
	}
	// Monday 2 to Tuesday 10 March: the weekend inside is not worked.
	raw := strings.ReplaceAll(string(ms[0].Attachments[0].Data), "\r\n ", "") // unfolded
	if !strings.Contains(raw, "RRULE:FREQ=DAILY;UNTIL=20260310T080000Z") || !strings.Contains(raw, "EXDATE;TZID=Europe/Paris:20260307T090000") ||
		!strings.Contains(raw, "EXDATE;TZID=Europe/Paris:20260308T090000") || !strings.Contains(raw, "SUMMARY:Montage image offline — Nuit Blanche") ||
		!strings.Contains(raw, "LOCATION:Montage 2") || !strings.Contains(raw, "BEGIN:VTIMEZONE") || !strings.Contains(raw, "ATTENDEE;CN=Théo Technicien") {
		t.Fatalf("the .ics:\n%s", raw)
	}

	// Only the note changes: nothing to tell.
	const move = `mutation($id:ID!,$in:BookingMoveInput!){ moveBooking(id:$id, input:$in){ id } }`
	e.call(coord, move, map[string]any{"id": booking, "in": map[string]any{"startDate": "2026-03-02", "endDate": "2026-03-10", "note": "Apporter le disque"}}, &struct{}{})
	if n := len(e.mailsTo(t, tech.Email)[mine:]); n != 1 {
		t.Fatalf("a note sent mail (%d)", n)
	}
	e.call(coord, move, map[string]any{"id": booking, "in": map[string]any{"startDate": "2026-03-03", "endDate": "2026-03-03", "from": "10:00"}}, &struct{}{})
	ms = e.mailsTo(t, tech.Email)[mine:]
	if len(ms) != 2 || !strings.Contains(ms[1].Subject, "Réservation modifiée") || !strings.Contains(ms[1].Text, "désormais le 3 mars 2026, de 10:00 à 18:00") ||
		!strings.Contains(ms[1].Text, "Elle était prévue du 2 mars 2026 au 10 mars 2026") {
		t.Fatalf("moved: %+v", ms[len(ms)-1].Text)
	}
	cal = icsOf(t, ms[1])
	if calProp(cal, ics.PropertyMethod) != "REQUEST" || evProp(t, cal, ics.ComponentPropertyUniqueId).Value != uid ||
		evProp(t, cal, ics.ComponentPropertySequence).Value != "1" || evProp(t, cal, ics.ComponentPropertyDtStart).Value != "20260303T100000" {
		t.Fatalf("moved .ics:\n%s", ms[1].Attachments[0].Data)
	}
	e.call(coord, `mutation($id:ID!){ setBookingStatus(id:$id, status: CANCELLED){ id } }`, map[string]any{"id": booking}, &struct{}{})
	ms = e.mailsTo(t, tech.Email)[mine:]
	if len(ms) != 3 || !strings.Contains(ms[2].Subject, "Réservation annulée") {
		t.Fatalf("cancelled: %+v", ms)
	}
	cal = icsOf(t, ms[2])
	if calProp(cal, ics.PropertyMethod) != "CANCEL" || evProp(t, cal, ics.ComponentPropertySequence).Value != "2" ||
		evProp(t, cal, ics.ComponentPropertyUniqueId).Value != uid || !sameMediaType(ms[2].Attachments[0].ContentType, `text/calendar; method=CANCEL; charset=utf-8; name="annulation.ics"`) {
		t.Fatalf("cancelled .ics: %s\n%s", ms[2].Attachments[0].ContentType, ms[2].Attachments[0].Data)
	}
	if in := e.inbox(tech.Access, nil).Notifications; in.TotalCount != 3 {
		t.Fatalf("inbox: %d", in.TotalCount)
	}
	// The other technician heard of their own booking only; the other
	// organisation of nothing.
	if ms := e.mailsTo(t, "autre@planning.test"); len(ms) != 1 || !strings.Contains(ms[0].Subject, "Nouvelle réservation") {
		t.Fatalf("other technician: %+v", ms)
	}
	if n := len(e.mailsTo(t, other.member(db.RoleTechnician).Email)); n != otherOrg {
		t.Fatal("another organisation's technician got mail")
	}

	// Shifting the plan: one message per booking moved, each once.
	second := fx.booking(task, "technicianId", fx.technicianID)
	before := len(e.mailsTo(t, tech.Email))
	e.call(coord, `mutation($id:ID!){ shiftTask(id:$id, workingDays:2, cascade:true){ moved { id } } }`, map[string]any{"id": task}, &struct{}{})
	ms = e.mailsTo(t, tech.Email)[before:]
	if len(ms) != 1 || !strings.Contains(ms[0].Subject, "Réservation modifiée") || !strings.Contains(ms[0].Text, "du 4 mars 2026 au 10 mars 2026") {
		t.Fatalf("shift (the cancelled booking stays silent): %+v", ms)
	}
	if v := evProp(t, icsOf(t, ms[0]), ics.ComponentPropertySequence).Value; v != "1" {
		t.Fatalf("shifted SEQUENCE %s", v)
	}
	_ = second
	// Deleting the task cancels what it held.
	before = len(e.mailsTo(t, tech.Email))
	e.call(coord, `mutation($id:ID!){ deleteTask(id:$id) }`, map[string]any{"id": task}, &struct{}{})
	if ms := e.mailsTo(t, tech.Email)[before:]; len(ms) != 1 || calProp(icsOf(t, ms[0]), ics.PropertyMethod) != "CANCEL" {
		t.Fatalf("task deleted: %+v", ms)
	}
}

// An issued statement reaches its holder: the users who represent them,
// or the holder's email; nobody of another organisation.
func TestStatementIssuedNotifiesTheHolder(t *testing.T) {
	e := newMailEnv(t)
	fx := e.newOrg("Studio Relevés")
	other := e.newOrg("Studio Relevés Bis")
	coord := fx.as(db.RoleCoordinator)
	w := fx.work()
	composer := fx.holder("email", "compositrice@releves.test")
	e.call(coord, `mutation($w:ID!,$s:[ShareInput!]!){ setShares(workId:$w, shares:$s){ id } }`, map[string]any{"w": w, "s": []any{
		map[string]any{"holderId": composer, "media": "ALL", "territory": "WORLD", "basisPoints": 2500}}}, &struct{}{})
	fx.revenue(w)
	run := fx.run("2026-01-01", "2026-03-31")
	e.call(coord, `mutation($id:ID!){ approveDistributionRun(id:$id){ id } }`, map[string]any{"id": run}, &struct{}{})
	holder := fx.member(db.RoleRightsHolder)
	before, otherBefore := len(e.mailsTo(t, holder.Email)), len(e.mailsTo(t, other.member(db.RoleRightsHolder).Email))
	e.call(coord, `mutation($id:ID!){ issueDistributionRun(id:$id){ id } }`, map[string]any{"id": run}, &struct{}{})
	ms := e.mailsTo(t, holder.Email)[before:]
	if len(ms) != 1 || !strings.Contains(ms[0].Subject, "Nouveau relevé de redevances du 1er janvier 2026 au 31 mars 2026") ||
		!strings.Contains(ms[0].Text, "750,00\u00a0€") || !strings.Contains(ms[0].Text, "/portal") {
		t.Fatalf("holder's mail: %+v", ms)
	}
	if in := e.inbox(holder.Access, nil).Notifications; in.TotalCount != 1 || in.Edges[0].Node.Kind != "STATEMENT_ISSUED" {
		t.Fatalf("holder's inbox: %+v", in)
	}
	if ms := e.mailsTo(t, "compositrice@releves.test"); len(ms) != 1 || !strings.Contains(ms[0].Text, "250,00\u00a0€") {
		t.Fatalf("holder without an account: %+v", ms)
	}
	if len(e.mailsTo(t, other.member(db.RoleRightsHolder).Email)) != otherBefore {
		t.Fatal("another organisation's holder got mail")
	}
}

// The live event of a new notification reaches its recipient only, with
// the unread count; a read elsewhere is announced too.
func TestNotificationEventsReachTheRecipientOnly(t *testing.T) {
	e := newMailEnv(t)
	fx := e.newOrg("Studio Direct")
	other := e.newOrg("Studio Écoute")
	tech := fx.member(db.RoleTechnician)
	const sub = `subscription{ notificationEvents { id kind unreadCount notification { kind title link } } }`
	mineWS, err := e.dialWS(e.API.URL, map[string]any{"Authorization": "Bearer " + tech.Access})
	if err != nil {
		t.Fatal(err)
	}
	mineWS.subscribe("1", sub, nil)
	var spies []*wsClient
	for _, tok := range []string{fx.as(db.RoleCoordinator), fx.as(db.RoleAdmin), other.as(db.RoleTechnician)} {
		ws, err := e.connectWS(e.API.URL, map[string]any{"Authorization": "Bearer " + tok})
		if err != nil {
			t.Fatal(err)
		}
		ws.subscribe("1", sub, nil)
		spies = append(spies, ws)
	}
	e.waitSubscribers(e.API.URL, 4)
	slip := fx.slip(fx.production("title", "Direct"))
	e.call(fx.as(db.RoleCoordinator), `mutation($id:ID!){ rejectSlip(id:$id, reason:"Heures fausses"){ id } }`, map[string]any{"id": slip}, &struct{}{})
	ev := mineWS.next(10 * time.Second)["notificationEvents"].(map[string]any)
	n, _ := ev["notification"].(map[string]any)
	if ev["kind"] != "notification.created" || ev["unreadCount"] != float64(1) || n == nil || n["kind"] != "SLIP_REJECTED" ||
		n["title"] != "Bon de séance refusé : Direct" {
		t.Fatalf("event: %+v", ev)
	}
	var mark struct{ MarkNotificationsRead int }
	e.call(tech.Access, `mutation{ markNotificationsRead }`, nil, &mark)
	ev = mineWS.next(10 * time.Second)["notificationEvents"].(map[string]any)
	if ev["kind"] != "notification.read" || ev["unreadCount"] != float64(0) || ev["notification"] != nil {
		t.Fatalf("read event: %+v", ev)
	}
	for i, ws := range spies {
		if m, err := ws.read(700 * time.Millisecond); err == nil {
			t.Fatalf("subscriber %d heard %v", i, m)
		}
	}
	// An API token has no inbox to listen to.
	ws, err := e.connectWS(e.API.URL, map[string]any{"Authorization": "Bearer " + fx.as(db.RoleIntegration)})
	if err != nil {
		t.Fatal(err)
	}
	ws.subscribe("1", sub, nil)
	m, err := ws.read(5 * time.Second)
	if err != nil || wsErrorCode(m) != "FORBIDDEN" {
		t.Fatalf("API token subscribing: %v %v", m, err)
	}
}
