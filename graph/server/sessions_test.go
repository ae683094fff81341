package server_test

// Withdrawn access ends live feeds: revoking an API token, logging out,
// removing a member or changing their role closes their open websockets
// with 4403 within a second, on every replica, and HTTP with the old
// credentials is refused (or, for a new role, answered with the new role).

import (
	"testing"
	"time"

	"github.com/coder/websocket"

	"github.com/postprod/postprod/db"
)

// feed opens a websocket on the replica at base and subscribes to a
// production's events; it returns once the replica counts want subscribers.
func (e *env) feed(base, token, productionID string, want int) *wsClient {
	e.t.Helper()
	ws, err := e.dialWS(base, map[string]any{"Authorization": "Bearer " + token})
	if err != nil {
		e.t.Fatal(err)
	}
	ws.subscribe("1", eventsSub, map[string]any{"id": productionID})
	e.waitSubscribers(base, want)
	return ws
}

// waitSubscribersExactly waits until the replica at base counts exactly n
// live subscriptions (closed ones leave the count shortly after closing).
func (e *env) waitSubscribersExactly(base string, n int) {
	e.t.Helper()
	if !pollMetric(base, "postprod_subscribers", func(v float64) bool { return v == float64(n) }) {
		e.t.Fatalf("the replica at %s does not count %d subscriber(s)", base, n)
	}
}

// closedWith4403 waits at most limit for the server to close the
// connection, and fails unless it closed it with 4403.
func (c *wsClient) closedWith4403(what string, limit time.Duration) {
	c.t.Helper()
	start := time.Now()
	for {
		_, err := c.read(limit - time.Since(start))
		if err == nil {
			continue // an event or a late message: keep reading until closed
		}
		if got := websocket.CloseStatus(err); got != 4403 {
			c.t.Fatalf("%s: want close 4403 within %v, got %v after %v", what, limit, err, time.Since(start))
		}
		c.t.Logf("%s: closed with 4403 after %v", what, time.Since(start).Round(time.Millisecond))
		return
	}
}

// refusedAtInit checks that a new websocket with token is refused with 4403.
func (e *env) refusedAtInit(base, token string) {
	e.t.Helper()
	ws, err := e.dialWS(base, map[string]any{"Authorization": "Bearer " + token})
	if err == nil {
		_, err = ws.read(5 * time.Second)
	}
	if websocket.CloseStatus(err) != 4403 {
		e.t.Fatalf("reconnecting with withdrawn credentials: want 4403, got %v", err)
	}
}

func TestWithdrawnAccessClosesWebsocketsOnEveryReplica(t *testing.T) {
	e := newEmptyEnv(t)
	second := e.startServer()
	fx := e.newOrg("Post Révoquée")
	prod := fx.production()
	admin := fx.as(db.RoleAdmin)
	replicas := []string{e.API.URL, second.URL}
	count := map[string]int{} // live subscriptions per replica

	// open subscribes the same credentials on both replicas.
	open := func(token string) []*wsClient {
		var out []*wsClient
		for _, base := range replicas {
			count[base]++
			out = append(out, e.feed(base, token, prod, count[base]))
		}
		return out
	}
	// closed checks that both feeds were closed with 4403 within a second.
	closed := func(what string, feeds []*wsClient) {
		for i, ws := range feeds {
			ws.closedWith4403(what+" on replica "+string(rune('A'+i)), time.Second)
		}
		for _, base := range replicas { // the next feed counts from here
			count[base]--
			e.waitSubscribersExactly(base, count[base])
		}
	}

	// A revoked API token.
	feeds := open(fx.integrator)
	var d struct{ ApiTokens []struct{ ID string } }
	e.call(admin, `{ apiTokens { id } }`, nil, &d)
	e.call(admin, `mutation($id:ID!){ revokeApiToken(id:$id){ id } }`, map[string]any{"id": d.ApiTokens[0].ID}, &struct{}{})
	closed("revoked token", feeds)
	if r := e.doAt(second.URL, fx.integrator, meQuery, nil); r.code() != "UNAUTHENTICATED" {
		t.Fatalf("HTTP with a revoked token: %+v", r.Errors)
	}
	e.refusedAtInit(second.URL, fx.integrator)

	// A logout: that session's feeds close, the person's other session stays.
	coord := fx.member(db.RoleCoordinator)
	other := e.login(coord.Email)
	count[second.URL]++
	survivor := e.feed(second.URL, other.Access, prod, count[second.URL])
	feeds = open(coord.Access)
	e.call(coord.Access, `mutation($t:String){ logout(refreshToken:$t) }`, map[string]any{"t": coord.Refresh}, &struct{}{})
	closed("logout", feeds)
	if r := e.doAt(second.URL, coord.Access, meQuery, nil); r.code() != "UNAUTHENTICATED" {
		t.Fatalf("HTTP with the access token of a logged-out session: %+v", r.Errors)
	}
	e.refusedAtInit(e.API.URL, coord.Access)
	e.rename(e.API.URL, other.Access, prod, fx.clientID, "Toujours écoutée")
	if ev := survivor.next(10 * time.Second)["productionEvents"].(map[string]any); ev["kind"] != "production.updated" {
		t.Fatalf("the other session's feed: %v", ev)
	}

	// A removed member: sessions revoked too.
	acc := fx.member(db.RoleAccountant)
	feeds = open(acc.Access)
	e.call(admin, `mutation($id:ID!){ removeMember(id:$id) }`, map[string]any{"id": e.membership(acc.Email).ID.String()}, &struct{}{})
	closed("member removed", feeds)
	if r := e.doAt(second.URL, acc.Access, meQuery, nil); r.code() != "UNAUTHENTICATED" {
		t.Fatalf("HTTP as a removed member: %+v", r.Errors)
	}
	if r := e.do("", refreshMutation, map[string]any{"t": acc.Refresh}); r.code() != "UNAUTHENTICATED" {
		t.Fatalf("refresh as a removed member: %+v", r.Errors)
	}
	e.refusedAtInit(second.URL, acc.Access)

	// A changed role: the feeds close; the session stays and its next
	// request reads the new role.
	prodr := fx.member(db.RoleProducer)
	feeds = open(prodr.Access)
	var ch struct{ ChangeMemberRole struct{ Role string } }
	e.call(admin, `mutation($id:ID!){ changeMemberRole(id:$id, input:{role:ACCOUNTANT}){ role } }`,
		map[string]any{"id": e.membership(prodr.Email).ID.String()}, &ch)
	if ch.ChangeMemberRole.Role != "ACCOUNTANT" {
		t.Fatalf("new role = %s", ch.ChangeMemberRole.Role)
	}
	closed("role changed", feeds)
	var me struct{ Me struct{ Role string } }
	e.call(prodr.Access, meQuery, nil, &me)
	if me.Me.Role != "ACCOUNTANT" {
		t.Fatalf("HTTP after a role change: role %s", me.Me.Role)
	}
}

func TestMembersAreManagedByAdminsOnly(t *testing.T) {
	e := newEmptyEnv(t)
	fx := e.newOrg("Post Gérée")
	other := e.newOrg("Autre Maison")
	admin := fx.as(db.RoleAdmin)
	tech := e.membership(fx.member(db.RoleTechnician).Email).ID.String()
	const remove = `mutation($id:ID!){ removeMember(id:$id) }`
	const change = `mutation($id:ID!,$in:MemberRoleInput!){ changeMemberRole(id:$id, input:$in){ role } }`

	if r := e.do(fx.as(db.RoleCoordinator), remove, map[string]any{"id": tech}); r.code() != "FORBIDDEN" {
		t.Fatalf("a coordinator removing a member: %+v", r.Errors)
	}
	if r := e.do(other.as(db.RoleAdmin), remove, map[string]any{"id": tech}); r.code() != "NOT_FOUND" {
		t.Fatalf("another organisation's admin: %+v", r.Errors)
	}
	self := e.membership(fx.member(db.RoleAdmin).Email).ID.String()
	if r := e.do(admin, change, map[string]any{"id": self, "in": map[string]any{"role": "COORDINATOR"}}); r.code() != "VALIDATION" {
		t.Fatalf("an admin demoting themselves: %+v", r.Errors)
	}
	if r := e.do(admin, change, map[string]any{"id": tech, "in": map[string]any{"role": "PRODUCER"}}); r.code() != "VALIDATION" || r.Errors[0].Extensions["field"] != "clientId" {
		t.Fatalf("a producer without a client: %+v", r.Errors)
	}
	if r := e.do(admin, change, map[string]any{"id": tech, "in": map[string]any{"role": "PRODUCER", "clientId": other.clientID}}); r.code() != "VALIDATION" {
		t.Fatalf("a producer of another organisation's client: %+v", r.Errors)
	}
	var d struct{ ChangeMemberRole struct{ Role string } }
	e.call(admin, change, map[string]any{"id": tech, "in": map[string]any{"role": "PRODUCER", "clientId": fx.clientID}}, &d)
	if d.ChangeMemberRole.Role != "PRODUCER" {
		t.Fatalf("role = %s", d.ChangeMemberRole.Role)
	}
}
