package server_test

import (
	"context"
	"slices"
	"sort"
	"testing"

	"github.com/postprod/postprod/db"
)

const productionsQuery = `{ productions(first: 100) { totalCount edges { node { id title client { id } team { technician { id } } } } } }`

type prodList struct {
	Productions struct {
		TotalCount int
		Edges      []struct {
			Node struct {
				ID, Title string
				Client    struct{ ID string }
				Team      []struct{ Technician struct{ ID string } }
			}
		}
	}
}

func (e *env) titles(token string) []string {
	e.t.Helper()
	var d prodList
	e.do(token, productionsQuery, nil).decode(e.t, &d)
	var out []string
	for _, ed := range d.Productions.Edges {
		out = append(out, ed.Node.Title)
	}
	sort.Strings(out)
	if d.Productions.TotalCount != len(out) {
		e.t.Fatalf("totalCount %d for %d rows", d.Productions.TotalCount, len(out))
	}
	return out
}

// expected reads from the database what each role should see.
func (e *env) expectedTitles(where string, args ...any) []string {
	e.t.Helper()
	var out []string
	err := e.DB.NewSelect().Model((*db.Production)(nil)).Column("title").Where(where, args...).Order("title").Scan(context.Background(), &out)
	if err != nil {
		e.t.Fatal(err)
	}
	sort.Strings(out)
	return out
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestEachRoleSeesItsProductions(t *testing.T) {
	e := newEnv(t)
	all := e.expectedTitles("true")
	if len(all) < 6 {
		t.Fatalf("the demo should have at least six productions, has %d", len(all))
	}
	prod := e.membership("producer@demo.test")
	tech := e.membership("tech@demo.test")
	want := map[string][]string{
		"admin@demo.test":       all,
		"coordinator@demo.test": all,
		"accountant@demo.test":  all,
		"producer@demo.test":    e.expectedTitles("client_id = ?", *prod.ClientID),
		"tech@demo.test":        e.expectedTitles("id IN (SELECT production_id FROM team_members WHERE technician_id = ?)", *tech.TechnicianID),
		"holder@demo.test":      nil,
	}
	for email, w := range want {
		got := e.titles(e.login(email).Access)
		if !equal(got, w) {
			t.Errorf("%s sees %v, want %v", email, got, w)
		}
	}
	// The demo is meant to show scoping: some but not all.
	if n := len(want["producer@demo.test"]); n == 0 || n == len(all) {
		t.Errorf("the producer should see some productions, not %d of %d", n, len(all))
	}
	if n := len(want["tech@demo.test"]); n == 0 || n == len(all) {
		t.Errorf("the technician should see some productions, not %d of %d", n, len(all))
	}
}

func TestOutOfScopeProductionIsNotFound(t *testing.T) {
	e := newEmptyEnv(t)
	fx := e.newOrg("Notre Post")
	fx.production()
	fx.production("clientId", fx.client())
	prod := e.membership(fx.member(db.RoleProducer).Email)
	var other string
	if err := e.DB.NewSelect().Model((*db.Production)(nil)).Column("id").Where("client_id <> ?", *prod.ClientID).Limit(1).Scan(context.Background(), &other); err != nil {
		t.Fatal(err)
	}
	for _, email := range []string{fx.member(db.RoleProducer).Email, fx.member(db.RoleRightsHolder).Email} {
		r := e.do(e.login(email).Access, `query($id:ID!){ production(id:$id){ title } }`, map[string]any{"id": other})
		if r.code() != "NOT_FOUND" {
			t.Errorf("%s reading a production outside their scope: %+v", email, r.Errors)
		}
	}
}

func TestOnlyManagersChangeProductions(t *testing.T) {
	e := newEmptyEnv(t)
	fx := e.newOrg("Notre Post")
	fx.production()
	var id string
	if err := e.DB.NewSelect().Model((*db.Production)(nil)).Column("id").Limit(1).Scan(context.Background(), &id); err != nil {
		t.Fatal(err)
	}
	for _, r := range []db.Role{db.RoleProducer, db.RoleTechnician, db.RoleRightsHolder, db.RoleAccountant} {
		email := fx.member(r).Email
		r := e.do(e.login(email).Access, `mutation($id:ID!){ addEpisode(productionId:$id, input:{number:99}){ id } }`, map[string]any{"id": id})
		if r.code() != "FORBIDDEN" {
			t.Errorf("%s adding an episode: %+v", email, r.Errors)
		}
	}
}

// Another organisation's admin tries every id of ours (an organisation
// built with a row of every kind), read and write: all are NOT_FOUND, and
// nothing changes.
func TestAnotherOrganisationSeesNothingOfOurs(t *testing.T) {
	e := newEmptyEnv(t)
	e.newFullOrg("Notre Post")
	var su struct{ SignUp struct{ AccessToken string } }
	e.do("", `mutation{ signUp(organisation:"Intrus Post", name:"Mallory", email:"mallory@intrus.test", password:"mot-de-passe-long"){ accessToken } }`, nil).decode(t, &su)
	tok := su.SignUp.AccessToken
	ctx := context.Background()
	ids := func(table string) []string {
		var out []string
		if err := e.DB.NewRaw("SELECT id::text FROM ? LIMIT 50", bunIdent(table)).Scan(ctx, &out); err != nil {
			t.Fatal(err)
		}
		return out
	}
	var our struct {
		Count int
	}
	countEvents := func() int {
		n, err := e.DB.NewSelect().Model((*db.Event)(nil)).Count(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return int(n)
	}
	our.Count = countEvents()
	if got := e.titles(tok); len(got) != 0 {
		t.Fatalf("the intruder lists %v", got)
	}
	anyClient := ids("clients")[0]
	for _, id := range ids("productions") {
		for name, q := range map[string]string{
			"read":    `query($id:ID!){ production(id:$id){ title } }`,
			"update":  `mutation($id:ID!,$c:ID!){ updateProduction(id:$id, input:{title:"pwned", kind:OTHER, clientId:$c}){ id } }`,
			"episode": `mutation($id:ID!){ addEpisode(productionId:$id, input:{number:77}){ id } }`,
		} {
			r := e.do(tok, q, map[string]any{"id": id, "c": anyClient})
			if r.code() != "NOT_FOUND" && !(name == "update" && r.code() == "VALIDATION") {
				t.Fatalf("%s production %s: %+v", name, id, r.Errors)
			}
		}
	}
	for _, id := range ids("clients") {
		if r := e.do(tok, `query($id:ID!){ client(id:$id){ name } }`, map[string]any{"id": id}); r.code() != "NOT_FOUND" {
			t.Fatalf("client %s: %+v", id, r.Errors)
		}
	}
	for _, id := range ids("technicians") {
		if r := e.do(tok, `query($id:ID!){ technician(id:$id){ name } }`, map[string]any{"id": id}); r.code() != "NOT_FOUND" {
			t.Fatalf("technician %s: %+v", id, r.Errors)
		}
	}
	for _, id := range ids("team_members") {
		if r := e.do(tok, `mutation($id:ID!){ removeTeamMember(id:$id) }`, map[string]any{"id": id}); r.code() != "NOT_FOUND" {
			t.Fatalf("team member %s: %+v", id, r.Errors)
		}
	}
	if n, _ := e.DB.NewSelect().Model((*db.Production)(nil)).Where("title = 'pwned'").Count(ctx); n != 0 {
		t.Fatal("a production of ours was changed")
	}
	if countEvents() != our.Count {
		t.Fatal("the intruder's attempts produced events")
	}
	// Subscribing to our production from the other organisation is refused.
	ws, err := e.dialWS(e.API.URL, map[string]any{"Authorization": "Bearer " + tok})
	if err != nil {
		t.Fatal(err)
	}
	ws.subscribe("1", `subscription($id:ID!){ productionEvents(productionId:$id){ id } }`, map[string]any{"id": ids("productions")[0]})
	m, err := ws.read(5e9)
	if err != nil || wsErrorCode(m) != "NOT_FOUND" {
		t.Fatalf("subscription from another organisation: %v %v", m, err)
	}
}

// The other organisation's admin also tries the ids of every other domain:
// planning, slips, deliveries and the catalogue. All are NOT_FOUND.
func TestAnotherOrganisationCannotReachAnyDomain(t *testing.T) {
	e := newEmptyEnv(t)
	e.newFullOrg("Notre Post")
	ctx := context.Background()
	var su struct{ SignUp struct{ AccessToken string } }
	e.do("", `mutation{ signUp(organisation:"Intrus Post", name:"Mallory", email:"mallory@intrus.test", password:"mot-de-passe-long"){ accessToken } }`, nil).decode(t, &su)
	tok := su.SignUp.AccessToken
	first := func(table string) string {
		var id string
		if err := e.DB.NewRaw("SELECT id::text FROM ? LIMIT 1", bunIdent(table)).Scan(ctx, &id); err != nil {
			t.Fatalf("%s: %v", table, err)
		}
		return id
	}
	domainTables := slices.Concat(productionTables, planTables, slipTables, []string{"deliveries", "statements"})
	before := e.snapshot(domainTables...)
	cases := map[string]struct {
		query string
		table string
	}{
		"task":             {`query($id:ID!){ task(id:$id){ id } }`, "tasks"},
		"shift":            {`mutation($id:ID!){ shiftTask(id:$id, workingDays:1, cascade:true){ moved { id } } }`, "tasks"},
		"booking move":     {`mutation($id:ID!){ moveBooking(id:$id, input:{startDate:"2026-01-05", endDate:"2026-01-05"}){ id } }`, "bookings"},
		"slip":             {`query($id:ID!){ slip(id:$id){ id } }`, "slips"},
		"approve slip":     {`mutation($id:ID!){ approveSlip(id:$id){ id } }`, "slips"},
		"delivery":         {`query($id:ID!){ delivery(id:$id){ id } }`, "deliveries"},
		"delivery move":    {`mutation($id:ID!){ transitionDelivery(id:$id, to:IN_PROGRESS){ id } }`, "deliveries"},
		"work":             {`query($id:ID!){ work(id:$id){ id } }`, "works"},
		"statement":        {`query($id:ID!){ statement(id:$id){ id } }`, "statements"},
		"run":              {`query($id:ID!){ distributionRun(id:$id){ id } }`, "distribution_runs"},
		"issue run":        {`mutation($id:ID!){ issueDistributionRun(id:$id){ id } }`, "distribution_runs"},
		"holder":           {`query($id:ID!){ rightsHolder(id:$id){ id } }`, "rights_holders"},
		"production plan":  {`query($id:ID!){ production(id:$id){ tasks { id } } }`, "productions"},
		"unavailability":   {`mutation($id:ID!){ deleteUnavailability(id:$id) }`, "unavailabilities"},
		"QC finding fixed": {`mutation($id:ID!){ setQcFindingFixed(id:$id, fixed:true){ id } }`, "qc_findings"},
	}
	for name, c := range cases {
		r := e.do(tok, c.query, map[string]any{"id": first(c.table)})
		if r.code() != "NOT_FOUND" {
			t.Errorf("%s: %+v", name, r.Errors)
		}
	}
	if after := e.snapshot(domainTables...); after != before {
		t.Fatal("the intruder changed something")
	}
}
