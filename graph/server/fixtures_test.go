package server_test

// Fixture builders: the data a test needs, made through the GraphQL API as
// an organisation would make it, instead of borrowing rows of the demo seed.
// e.newOrg builds an organisation with one member per role; its builders
// in builders_test.go (client, production, technician, room, teamMember, task, booking, slip,
// holder, work...) create one row each as the coordinator and return its id.
// Every builder takes its required arguments, then optional pairs of GraphQL
// input field and value that override the defaults (see with).

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"unicode"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/demo"
)

// member is a person of an organisation built by newOrg, logged in.
type member struct {
	Email, Name, UserID string
	session
}

// org is an organisation built by newOrg.
type org struct {
	e          *env
	ID, Name   string
	members    map[db.Role]member
	integrator string // the INTEGRATION API token
	// The records the members are tied to: the PRODUCER's client, the
	// TECHNICIAN's technician record, the holder the RIGHTS_HOLDER represents.
	clientID, technicianID, holderID string
	ops                              map[string]string // operation ids by code
	seq                              int               // numbers default names
}

// The people newOrg invites, one per role, with the records a role needs.
var orgPeople = []struct {
	role db.Role
	name string
}{
	{db.RoleAdmin, "Alice Administratrice"},
	{db.RoleCoordinator, "Camille Coordinatrice"},
	{db.RoleProducer, "Paul Producteur"},
	{db.RoleTechnician, "Théo Technicien"},
	{db.RoleAccountant, "Anne Comptable"},
	{db.RoleRightsHolder, "Hélène Ayant-droit"},
}

// newOrg signs up a new organisation called name and invites one member per
// role, all with the demo's password so that e.login works for them:
// ROLE@SLUG.test, where SLUG is the name in lower case ASCII letters and
// digits (coordinator@plan-post.test for "Plan Post", rights-holder@... for
// RIGHTS_HOLDER). Names must differ within one
// env. The producer acts for a new client, the technician has a technician
// record, the rights holder represents a new holder, and an API token
// stands for INTEGRATION.
func (e *env) newOrg(name string) *org {
	e.t.Helper()
	o := &org{e: e, Name: name, members: map[db.Role]member{}}
	slug := slugOf(name)
	email := func(r db.Role) string {
		return strings.ReplaceAll(strings.ToLower(string(r)), "_", "-") + "@" + slug + ".test"
	}
	const payload = `accessToken refreshToken user { id }`
	type auth struct {
		AccessToken, RefreshToken string
		User                      struct{ ID string }
	}
	keep := func(r db.Role, name string, a auth) {
		o.members[r] = member{Email: email(r), Name: name, UserID: a.User.ID, session: session{a.AccessToken, a.RefreshToken}}
	}
	var su struct{ SignUp auth }
	e.call("", `mutation($o:String!,$n:String!,$e:String!,$p:String!){ signUp(organisation:$o, name:$n, email:$e, password:$p){ `+payload+` } }`,
		map[string]any{"o": name, "n": orgPeople[0].name, "e": email(db.RoleAdmin), "p": demo.Password}, &su)
	keep(db.RoleAdmin, orgPeople[0].name, su.SignUp)
	admin := su.SignUp.AccessToken
	o.clientID = e.id(admin, `mutation($in:ClientInput!){ createClient(input:$in){ id } }`, map[string]any{"in": map[string]any{"name": "Client " + name}})
	o.technicianID = e.id(admin, `mutation($in:TechnicianInput!){ createTechnician(input:$in){ id } }`,
		map[string]any{"in": technicianInput("name", orgPeople[3].name, "email", email(db.RoleTechnician))})
	o.holderID = e.id(admin, `mutation($in:RightsHolderInput!){ createRightsHolder(input:$in){ id } }`,
		map[string]any{"in": map[string]any{"name": orgPeople[5].name, "kind": "AUTHOR", "email": email(db.RoleRightsHolder)}})
	for _, p := range orgPeople[1:] {
		in := map[string]any{"email": email(p.role), "role": p.role}
		switch p.role {
		case db.RoleProducer:
			in["clientId"] = o.clientID
		case db.RoleTechnician:
			in["technicianId"] = o.technicianID
		}
		var inv struct{ InviteUser struct{ Token string } }
		e.call(admin, `mutation($in:InviteUserInput!){ inviteUser(input:$in){ token } }`, map[string]any{"in": in}, &inv)
		var acc struct{ AcceptInvitation auth }
		e.call("", `mutation($t:String!,$n:String!,$p:String!){ acceptInvitation(token:$t, name:$n, password:$p){ `+payload+` } }`,
			map[string]any{"t": inv.InviteUser.Token, "n": p.name, "p": demo.Password}, &acc)
		keep(p.role, p.name, acc.AcceptInvitation)
	}
	e.call(admin, `mutation($h:ID!,$u:ID!){ linkHolderUser(holderId:$h, userId:$u){ id } }`,
		map[string]any{"h": o.holderID, "u": o.members[db.RoleRightsHolder].UserID}, &struct{}{})
	var tok struct{ CreateApiToken struct{ Token string } }
	e.call(admin, `mutation{ createApiToken(name:"Intégration"){ token } }`, nil, &tok)
	o.integrator = tok.CreateApiToken.Token
	var me struct {
		Me struct{ Organisation struct{ ID string } }
	}
	e.call(admin, `{ me { organisation { id } } }`, nil, &me)
	o.ID = me.Me.Organisation.ID
	return o
}

// unaccent folds the French accents, for e-mail addresses.
var unaccent = strings.NewReplacer("à", "a", "â", "a", "ä", "a", "ç", "c", "é", "e", "è", "e", "ê", "e", "ë", "e",
	"î", "i", "ï", "i", "ô", "o", "ö", "o", "ù", "u", "û", "u", "ü", "u", "œ", "oe", "æ", "ae")

func slugOf(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range unaccent.Replace(strings.ToLower(name)) {
		switch {
		case r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			b.WriteRune(r)
			dash = false
		case !dash && b.Len() > 0:
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

// as is the access token of the member with this role, or the API token for
// INTEGRATION.
func (o *org) as(r db.Role) string {
	if r == db.RoleIntegration {
		return o.integrator
	}
	return o.member(r).Access
}

// member is the member with this role.
func (o *org) member(r db.Role) member {
	m, ok := o.members[r]
	if !ok {
		o.e.t.Fatalf("no %s in %s", r, o.Name)
	}
	return m
}

// create runs a creating mutation as the coordinator and returns the new id.
func (o *org) create(mutation string, vars map[string]any) string {
	o.e.t.Helper()
	return o.e.id(o.as(db.RoleCoordinator), mutation, vars)
}

// next numbers a default name, so that rows built without one differ.
func (o *org) next(prefix string) string {
	o.seq++
	return fmt.Sprintf("%s %d", prefix, o.seq)
}

// with returns a copy of in with the pairs of key and value kv set.
func with(in map[string]any, kv ...any) map[string]any {
	out := map[string]any{}
	for k, v := range in {
		out[k] = v
	}
	for i := 0; i < len(kv); i += 2 {
		out[kv[i].(string)] = kv[i+1]
	}
	return out
}

func technicianInput(kv ...any) map[string]any {
	return with(map[string]any{"functions": []string{"Monteur"}, "skills": []string{"OFFLINE_EDIT"}, "employment": "INTERMITTENT",
		"hourlyRate": "50", "dailyRate": "400"}, kv...)
}

// op is the id of the operation of the catalogue with this code.
func (o *org) op(code string) string {
	o.e.t.Helper()
	if o.ops == nil {
		var d struct {
			Operations struct {
				Edges []struct{ Node struct{ ID, Code string } }
			}
		}
		o.e.call(o.as(db.RoleCoordinator), `{ operations { edges { node { id code } } } }`, nil, &d)
		o.ops = map[string]string{}
		for _, ed := range d.Operations.Edges {
			o.ops[ed.Node.Code] = ed.Node.ID
		}
	}
	id, ok := o.ops[code]
	if !ok {
		o.e.t.Fatalf("no operation %s", code)
	}
	return id
}

// The harness's own check: newOrg gives every role, tied to its records,
// and nothing of the demo.
func TestNewOrgHasOneMemberPerRole(t *testing.T) {
	e := newEmptyEnv(t)
	fx := e.newOrg("Studio Étoile")
	for _, r := range db.AllRoles {
		var me struct {
			Me struct {
				Role         db.Role
				Organisation struct{ ID string }
				Client       *struct{ ID string }
				Technician   *struct{ ID string }
			}
		}
		e.call(fx.as(r), `{ me { role organisation { id } client { id } technician { id } } }`, nil, &me)
		if me.Me.Role != r || me.Me.Organisation.ID != fx.ID {
			t.Errorf("%s: %+v", r, me.Me)
		}
		if (r == db.RoleProducer) != (me.Me.Client != nil && me.Me.Client.ID == fx.clientID) ||
			(r == db.RoleTechnician) != (me.Me.Technician != nil && me.Me.Technician.ID == fx.technicianID) {
			t.Errorf("%s is not tied to its records: %+v", r, me.Me)
		}
	}
	if m := fx.member(db.RoleCoordinator); m.Email != "coordinator@studio-etoile.test" {
		t.Errorf("coordinator e-mail %s", m.Email)
	}
	var mine struct{ MyHolders []struct{ ID string } }
	e.call(fx.as(db.RoleRightsHolder), `{ myHolders { id } }`, nil, &mine)
	if len(mine.MyHolders) != 1 || mine.MyHolders[0].ID != fx.holderID {
		t.Errorf("the rights holder represents %+v", mine.MyHolders)
	}
	e.login(fx.member(db.RoleAccountant).Email)
	p := fx.production()
	task := fx.task(p)
	fx.booking(task, "technicianId", fx.technician())
	fx.teamMember(p, fx.technicianID)
	fx.slip(p)
	fx.work()
	if n, _ := e.DB.NewSelect().Model((*db.Organisation)(nil)).Count(context.Background()); n != 1 {
		t.Errorf("%d organisations", n)
	}
}
