package server_test

import (
	"context"
	"fmt"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/notifications"
	"github.com/postprod/postprod/internal/platform/mail"
)

// notice writes n notices of kind for users straight through the
// notifier, as a hook would in its transaction.
func (e *env) notice(org string, users []string, kind db.NotificationKind, params map[string]string) {
	e.t.Helper()
	nf := &notifications.Notifier{Outbox: &mail.Outbox{From: mail.Address{Name: "postprod", Email: "postprod@test.example"}}, PublicURL: "https://pp.example"}
	n := notifications.Notice{OrganisationID: uuid.MustParse(org), Kind: kind, Link: "/my-schedule", Params: params}
	for _, u := range users {
		n.Users = append(n.Users, uuid.MustParse(u))
	}
	if err := db.InTx(context.Background(), e.DB, func(tx bun.Tx) error { return nf.Notify(context.Background(), tx, n) }); err != nil {
		e.t.Fatal(err)
	}
}

const inboxQuery = `query($f:Int,$a:String,$u:Boolean){ notifications(first:$f, after:$a, unreadOnly:$u){
	totalCount unreadCount pageInfo { hasNextPage endCursor }
	edges { node { id kind title body link readAt } } } }`

type inbox struct {
	Notifications struct {
		TotalCount, UnreadCount int
		PageInfo                struct {
			HasNextPage bool
			EndCursor   string
		}
		Edges []struct {
			Node struct {
				ID, Kind, Title, Body, Link string
				ReadAt                      *string
			}
		}
	}
}

func (e *env) inbox(token string, vars map[string]any) inbox {
	e.t.Helper()
	var in inbox
	e.call(token, inboxQuery, vars, &in)
	return in
}

// The invitation is mailed to the invitee, in the language chosen, with
// its link; the admin still gets the token; a bad language is refused.
func TestInvitationIsMailed(t *testing.T) {
	e := newMailEnv(t)
	fx := e.newOrg("Studio Invitation")
	var inv struct{ InviteUser struct{ Token string } }
	e.call(fx.as(db.RoleAdmin), `mutation($in:InviteUserInput!){ inviteUser(input:$in){ token } }`,
		map[string]any{"in": map[string]any{"email": "Nouvelle@Exemple.test", "role": "ACCOUNTANT", "locale": "en"}}, &inv)
	if inv.InviteUser.Token == "" {
		t.Fatal("the admin no longer gets the token")
	}
	ms := e.mailsTo(t, "nouvelle@exemple.test")
	if len(ms) != 1 {
		t.Fatalf("want one invitation, got %d", len(ms))
	}
	m := ms[0]
	link := "/invitation/" + inv.InviteUser.Token
	if !strings.Contains(m.Subject, "Invitation to join Studio Invitation") || !strings.Contains(m.Text, link) || !strings.Contains(m.HTML, link) ||
		!strings.Contains(m.Text, "as an accountant") || !strings.Contains(m.HTML, "Studio Invitation") {
		t.Fatalf("invitation mail: %q\n%s", m.Subject, m.Text)
	}
	// Every member newOrg invited got theirs, in French by default.
	if fr := e.mailsTo(t, fx.member(db.RoleTechnician).Email); len(fr) != 1 || !strings.Contains(fr[0].Subject, "Invitation à rejoindre") ||
		!strings.Contains(fr[0].Text, "en tant que technicien") {
		t.Fatalf("technician's invitation: %+v", fr)
	}
	r := e.do(fx.as(db.RoleAdmin), `mutation($in:InviteUserInput!){ inviteUser(input:$in){ token } }`,
		map[string]any{"in": map[string]any{"email": "x@exemple.test", "role": "ACCOUNTANT", "locale": "de"}})
	if r.code() != "VALIDATION" {
		t.Fatalf("locale de: %s", r.code())
	}
	if n := len(e.mailsTo(t, "x@exemple.test")); n != 0 {
		t.Fatalf("a refused invitation mailed %d", n)
	}
}

// The inbox: newest first, pages, unread only, mark read (own ids only),
// and nobody else's notifications.
func TestInboxPagesAndMarksRead(t *testing.T) {
	e := newMailEnv(t)
	fx := e.newOrg("Studio Boîte")
	other := e.newOrg("Studio Voisin")
	tech := fx.member(db.RoleTechnician)
	for i := range 5 {
		e.notice(fx.ID, []string{tech.UserID}, db.NotificationBookingCreated, map[string]string{
			notifications.ParamProduction: fmt.Sprintf("Film %d", i), notifications.ParamStart: "2026-03-02", notifications.ParamEnd: "2026-03-06",
			notifications.ParamFrom: "09:00", notifications.ParamTo: "18:00", notifications.ParamOperationFR: "Montage image", notifications.ParamOperationEN: "Offline edit"})
		time.Sleep(2 * time.Millisecond)
	}
	// Someone of another organisation named in a notice gets nothing.
	e.notice(fx.ID, []string{other.member(db.RoleTechnician).UserID}, db.NotificationBookingCreated, nil)
	e.notice(other.ID, []string{other.member(db.RoleTechnician).UserID}, db.NotificationBookingCreated, map[string]string{notifications.ParamProduction: "Ailleurs"})

	page1 := e.inbox(tech.Access, map[string]any{"f": 2})
	n := page1.Notifications
	if n.TotalCount != 5 || n.UnreadCount != 5 || len(n.Edges) != 2 || !n.PageInfo.HasNextPage {
		t.Fatalf("first page: %+v", n)
	}
	if n.Edges[0].Node.Title != "Nouvelle réservation : Film 4" || n.Edges[0].Node.Link != "/my-schedule" ||
		!strings.Contains(n.Edges[0].Node.Body, "du 2 mars 2026 au 6 mars 2026") {
		t.Fatalf("newest first, in French: %+v", n.Edges[0].Node)
	}
	var en inbox
	e.inEnglish(tech.Access, inboxQuery, map[string]any{"f": 1}).decode(t, &en)
	if got := en.Notifications.Edges[0].Node; got.Title != "New booking: Film 4" || !strings.Contains(got.Body, "from 2 March 2026 to 6 March 2026") {
		t.Fatalf("in English: %+v", got)
	}
	page2 := e.inbox(tech.Access, map[string]any{"f": 10, "a": n.PageInfo.EndCursor})
	if len(page2.Notifications.Edges) != 3 || page2.Notifications.Edges[0].Node.Title != "Nouvelle réservation : Film 2" {
		t.Fatalf("second page: %+v", page2.Notifications.Edges)
	}

	// Marking: the caller's ids are read; someone else's are ignored.
	otherID := e.inbox(other.member(db.RoleTechnician).Access, nil).Notifications.Edges[0].Node.ID
	var mark struct{ MarkNotificationsRead int }
	e.call(tech.Access, `mutation($ids:[ID!]){ markNotificationsRead(ids:$ids) }`,
		map[string]any{"ids": []string{n.Edges[0].Node.ID, n.Edges[1].Node.ID, otherID, uuid.NewString()}}, &mark)
	if mark.MarkNotificationsRead != 3 {
		t.Fatalf("unread left: %d", mark.MarkNotificationsRead)
	}
	if o := e.inbox(other.member(db.RoleTechnician).Access, nil).Notifications; o.UnreadCount != 1 || o.TotalCount != 1 {
		t.Fatalf("another organisation's inbox changed or leaked: %+v", o)
	}
	unread := e.inbox(tech.Access, map[string]any{"u": true}).Notifications
	if unread.TotalCount != 3 || unread.UnreadCount != 3 || len(unread.Edges) != 3 {
		t.Fatalf("unread only: %+v", unread)
	}
	e.call(tech.Access, `mutation{ markNotificationsRead }`, nil, &mark)
	if mark.MarkNotificationsRead != 0 || e.inbox(tech.Access, nil).Notifications.UnreadCount != 0 {
		t.Fatal("mark all read left some unread")
	}
	// Nobody else reads this inbox: the coordinator's is empty, an API
	// token has none.
	if c := e.inbox(fx.as(db.RoleCoordinator), nil).Notifications; c.TotalCount != 0 {
		t.Fatalf("the coordinator sees %d", c.TotalCount)
	}
	if r := e.do(fx.as(db.RoleIntegration), inboxQuery, nil); r.code() != "FORBIDDEN" {
		t.Fatalf("API token: %s", r.code())
	}
}

// Preferences: by role, locked kinds always on; turning a kind's email off
// keeps the inbox entry and sends no mail.
func TestNotificationPreferences(t *testing.T) {
	e := newMailEnv(t)
	fx := e.newOrg("Studio Choix")
	tech := fx.member(db.RoleTechnician)
	type pref struct {
		Kind          string
		Email, Locked bool
	}
	var prefs struct{ NotificationPreferences []pref }
	e.call(tech.Access, `{ notificationPreferences { kind email locked } }`, nil, &prefs)
	want := []pref{{"INVITATION", true, true}, {"PASSWORD_RESET", true, true}, {"SLIP_REJECTED", true, false},
		{"BOOKING_CREATED", true, false}, {"BOOKING_MOVED", true, false}, {"BOOKING_CANCELLED", true, false}}
	if fmt.Sprint(prefs.NotificationPreferences) != fmt.Sprint(want) {
		t.Fatalf("technician's preferences: %+v", prefs.NotificationPreferences)
	}
	var holder struct{ NotificationPreferences []pref }
	e.call(fx.as(db.RoleRightsHolder), `{ notificationPreferences { kind email locked } }`, nil, &holder)
	if k := holder.NotificationPreferences; len(k) != 3 || k[2].Kind != "STATEMENT_ISSUED" {
		t.Fatalf("holder's preferences: %+v", k)
	}
	r := e.do(tech.Access, `mutation{ setNotificationPreference(kind: INVITATION, email: false){ kind } }`, nil)
	if r.code() != "VALIDATION" || r.Errors[0].Extensions["field"] != "kind" || !strings.Contains(r.Errors[0].Message, "toujours") {
		t.Fatalf("locked kind: %+v", r.Errors)
	}
	if r := e.inEnglish(tech.Access, `mutation{ setNotificationPreference(kind: PASSWORD_RESET, email: false){ kind } }`, nil); !strings.Contains(r.Errors[0].Message, "always") {
		t.Fatalf("in English: %+v", r.Errors)
	}
	var set struct{ SetNotificationPreference pref }
	e.call(tech.Access, `mutation{ setNotificationPreference(kind: BOOKING_CREATED, email: false){ kind email locked } }`, nil, &set)
	if set.SetNotificationPreference != (pref{"BOOKING_CREATED", false, false}) {
		t.Fatalf("set: %+v", set)
	}
	before := len(e.mailsTo(t, tech.Email))
	e.notice(fx.ID, []string{tech.UserID}, db.NotificationBookingCreated, nil)
	e.notice(fx.ID, []string{tech.UserID}, db.NotificationBookingMoved, nil)
	if got := e.mailsTo(t, tech.Email)[before:]; len(got) != 1 || !strings.Contains(got[0].Subject, "Réservation modifiée") {
		t.Fatalf("email off for created, on for moved: %+v", got)
	}
	if n := e.inbox(tech.Access, nil).Notifications.TotalCount; n != 2 {
		t.Fatalf("inbox: %d", n)
	}
}

// countedKey marks the context whose statements a markedCounter counts.
type countedKey struct{}

// markedCounter counts only the statements run with a marked context: those
// of one call, not the listener's or the mail sender's beside it.
type markedCounter struct{ n atomic.Int64 }

func (c *markedCounter) BeforeQuery(ctx context.Context, _ *bun.QueryEvent) context.Context {
	if ctx.Value(countedKey{}) != nil {
		c.n.Add(1)
	}
	return ctx
}
func (c *markedCounter) AfterQuery(context.Context, *bun.QueryEvent) {}

// The SQL statements of a notice do not grow with its recipients, nor those
// of an inbox page with its rows.
func TestInboxStatementsAreConstant(t *testing.T) {
	e := newEmptyEnv(t) // no mail sender: its statements are not the request's
	fx := e.newOrg("Studio Compte")
	tech := fx.member(db.RoleTechnician)
	counter := &queryCounter{}
	e.DB.AddQueryHook(counter)
	// The fewest of three tries: the listener's poll, running beside the
	// request, only ever adds to the count.
	count := func(n int) int64 {
		fewest := int64(1 << 30)
		for range 3 {
			before := counter.n.Load()
			if got := len(e.inbox(tech.Access, map[string]any{"f": n}).Notifications.Edges); got != n {
				t.Fatalf("asked %d, got %d", n, got)
			}
			fewest = min(fewest, counter.n.Load()-before)
		}
		return fewest
	}
	marked := &markedCounter{}
	e.DB.AddQueryHook(marked)
	nf := &notifications.Notifier{Outbox: &mail.Outbox{From: mail.Address{Email: "postprod@test.example"}}, PublicURL: "https://pp.example"}
	ctx := context.WithValue(context.Background(), countedKey{}, true)
	notify := func(users ...string) int64 {
		n := notifications.Notice{OrganisationID: uuid.MustParse(fx.ID), Kind: db.NotificationSlipRejected, Link: "/my-schedule"}
		for _, u := range users {
			n.Users = append(n.Users, uuid.MustParse(u))
		}
		before := marked.n.Load()
		if err := db.InTx(ctx, e.DB, func(tx bun.Tx) error { return nf.Notify(ctx, tx, n) }); err != nil {
			t.Fatal(err)
		}
		return marked.n.Load() - before
	}
	one := notify(tech.UserID)
	// The same user 30 times is one entry, at the cost of one.
	thirty := make([]string, 30)
	for i := range thirty {
		thirty[i] = tech.UserID
	}
	if same := notify(thirty...); same != one || one > 12 {
		t.Fatalf("a notice for one user took %d statements, for the same user 30 times %d", one, same)
	}
	for range 28 {
		e.notice(fx.ID, []string{tech.UserID}, db.NotificationSlipRejected, nil)
	}
	e.settle(e.API.URL) // the listener's reads of the new events are not the request's
	first, many := count(1), count(30)
	if first != many || many > 5 {
		t.Fatalf("statements: %d for 1 row, %d for 30", first, many)
	}
}
