package server_test

import (
	"context"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
)

// membershipReads counts the reads of a membership with its session: what
// authenticating an access token costs when the replica has not kept it.
type membershipReads struct{ reads atomic.Int64 }

func (c *membershipReads) BeforeQuery(ctx context.Context, q *bun.QueryEvent) context.Context {
	if strings.Contains(q.Query, `FROM "memberships"`) && strings.Contains(q.Query, "FROM refresh_tokens WHERE family_id") {
		c.reads.Add(1)
	}
	return ctx
}
func (c *membershipReads) AfterQuery(context.Context, *bun.QueryEvent) {}

// Each replica keeps the membership behind an access token instead of
// reading it on every request, and forgets it when a revocation reaches
// it: a new role or a removal applies to the next request on the replica
// that made the change, and on another replica as soon as its listener
// heard the notification (seen here by the websocket it closes first).
func TestKeptMembershipFollowsRoleChangeAndRemoval(t *testing.T) {
	e := newEmptyEnv(t)
	second := e.startServer()
	fx := e.newOrg("Post Gardée")
	prod := fx.production()
	admin := fx.as(db.RoleAdmin)
	counter := &membershipReads{}
	e.DB.AddQueryHook(counter)
	person := fx.member(db.RoleCoordinator)
	id := e.membership(person.Email).ID.String()

	role := func(base string) (string, string) {
		t.Helper()
		r := e.doAt(base, person.Access, `{ me { role } }`, nil)
		if len(r.Errors) > 0 {
			return "", r.code()
		}
		var me struct{ Me struct{ Role string } }
		r.decode(t, &me)
		return me.Me.Role, ""
	}
	// kept waits until the replica at base answers the person without
	// reading their membership and session (the listener must have
	// connected first).
	kept := func(base string) {
		t.Helper()
		for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
			before := counter.reads.Load()
			role(base)
			if counter.reads.Load() == before {
				return
			}
		}
		t.Fatalf("the replica at %s never kept the membership", base)
	}
	replicas := []string{e.API.URL, second.URL}
	for _, base := range replicas {
		kept(base)
		if r, code := role(base); r != "COORDINATOR" {
			t.Fatalf("role on %s: %q %s", base, r, code)
		}
	}

	// A new role: the session stays, every replica answers with the new role.
	feed := e.feed(second.URL, person.Access, prod, 1)
	var ch struct{ ChangeMemberRole struct{ Role string } }
	e.call(admin, `mutation($id:ID!){ changeMemberRole(id:$id, input:{role:ACCOUNTANT}){ role } }`, map[string]any{"id": id}, &ch)
	if r, code := role(e.API.URL); r != "ACCOUNTANT" {
		t.Fatalf("the next request on the replica that changed the role: %q %s", r, code)
	}
	feed.closedWith4403("role changed, second replica", 5*time.Second)
	if r, code := role(second.URL); r != "ACCOUNTANT" {
		t.Fatalf("the next request on the second replica once notified: %q %s", r, code)
	}

	// A removal: every replica refuses the person from then on.
	e.waitSubscribersExactly(second.URL, 0)
	for _, base := range replicas {
		kept(base)
	}
	feed = e.feed(second.URL, person.Access, prod, 1)
	e.call(admin, `mutation($id:ID!){ removeMember(id:$id) }`, map[string]any{"id": id}, &struct{}{})
	if r, code := role(e.API.URL); code != "UNAUTHENTICATED" {
		t.Fatalf("the next request on the replica that removed the member: %q %s", r, code)
	}
	feed.closedWith4403("member removed, second replica", 5*time.Second)
	if r, code := role(second.URL); code != "UNAUTHENTICATED" {
		t.Fatalf("the next request on the second replica once notified: %q %s", r, code)
	}
}
