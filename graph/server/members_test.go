package server_test

import (
	"strings"
	"testing"

	"github.com/postprod/postprod/db"
)

// Inviting the address of a member is refused on the email field, whatever
// its case; the invitation is not written.
func TestInvitingAMemberIsRefused(t *testing.T) {
	e := newEmptyEnv(t)
	fx := e.newOrg("Déjà Membre")
	admin := fx.as(db.RoleAdmin)
	before := e.snapshot("invitations")
	const invite = `mutation($in:InviteUserInput!){ inviteUser(input:$in){ id } }`
	for _, email := range []string{fx.member(db.RoleCoordinator).Email, " " + strings.ToUpper(fx.member(db.RoleAccountant).Email)} {
		r := e.do(admin, invite, map[string]any{"in": map[string]any{"email": email, "role": "COORDINATOR"}})
		if r.code() != "CONFLICT" || len(r.Errors) == 0 || r.Errors[0].Extensions["field"] != "email" || !strings.Contains(r.Errors[0].Message, "déjà celle d'un membre") {
			t.Fatalf("inviting member %q: %+v", email, r.Errors)
		}
	}
	if e.snapshot("invitations") != before {
		t.Fatal("a refused invitation was written")
	}
	e.call(admin, invite, map[string]any{"in": map[string]any{"email": "nouvelle@deja-membre.test", "role": "COORDINATOR"}}, &struct{}{})
}

// The admin's list of members names the holder a RIGHTS_HOLDER login
// represents, the one its portal greets; the demo's login carries that
// holder's name.
func TestMembersNameTheHolderThePortalGreets(t *testing.T) {
	e := newEnv(t)
	var portal struct {
		Me        struct{ User struct{ Name string } }
		MyHolders []struct{ ID, Name string }
	}
	e.call(e.login("holder@demo.test").Access, `{ me { user { name } } myHolders { id name } }`, nil, &portal)
	if len(portal.MyHolders) != 1 || portal.Me.User.Name != portal.MyHolders[0].Name {
		t.Fatalf("the portal greets %+v for the login %q", portal.MyHolders, portal.Me.User.Name)
	}
	var d struct {
		Members struct {
			Edges []struct {
				Node struct {
					Role    string
					User    struct{ Email, Name string }
					Holders []struct{ ID, Name string }
				}
			}
		}
	}
	e.call(e.login("admin@demo.test").Access, `{ members { edges { node { role user { email name } holders { id name } } } } }`, nil, &d)
	seen := false
	for _, ed := range d.Members.Edges {
		n := ed.Node
		if n.Role != "RIGHTS_HOLDER" {
			if len(n.Holders) != 0 {
				t.Errorf("%s represents holders: %+v", n.User.Email, n.Holders)
			}
			continue
		}
		seen = true
		if len(n.Holders) != 1 || n.Holders[0].ID != portal.MyHolders[0].ID || n.User.Name != portal.MyHolders[0].Name {
			t.Errorf("the admin lists %q for %+v; the portal greets %+v", n.User.Name, n.Holders, portal.MyHolders)
		}
	}
	if !seen {
		t.Fatal("no rights holder among the members")
	}
}
