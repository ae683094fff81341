package server_test

import (
	"slices"
	"sort"
	"testing"

	"github.com/google/uuid"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/graph"
	"github.com/postprod/postprod/internal/auth"
	"github.com/postprod/postprod/resolvers"
)

// principalOf is a caller of a role with what that role always carries (a
// producer's client, a technician's record, a user or a token).
func principalOf(r db.Role) *auth.Principal {
	p := &auth.Principal{UserID: uuid.New(), OrganisationID: uuid.New(), Role: r}
	switch r {
	case db.RoleProducer:
		id := uuid.New()
		p.ClientID = &id
	case db.RoleTechnician:
		id := uuid.New()
		p.TechnicianID = &id
	case db.RoleIntegration:
		p.UserID, p.TokenID = uuid.Nil, uuid.New()
	}
	return p
}

// hasRoleFields maps "Type.field" to the roles its @hasRole lists, for every
// field of the schema that carries the directive.
func hasRoleFields(t *testing.T, s *ast.Schema) map[string][]db.Role {
	t.Helper()
	out := map[string][]db.Role{}
	for _, def := range s.Types {
		for _, f := range def.Fields {
			d := f.Directives.ForName("hasRole")
			if d == nil {
				continue
			}
			arg := d.Arguments.ForName("roles")
			if arg == nil || arg.Value == nil {
				t.Fatalf("%s.%s: @hasRole without roles", def.Name, f.Name)
			}
			var roles []db.Role
			for _, c := range arg.Value.Children {
				roles = append(roles, db.Role(c.Value.Raw))
			}
			out[def.Name+"."+f.Name] = roles
		}
	}
	return out
}

// The schema's @hasRole is a coarse second gate in front of the services'
// policies: for every guarded field and every role, the policy check lets a
// caller of that role through exactly when @hasRole lists the role. A field
// guarded without a policy, or a policy naming a field that is not guarded
// (or does not exist), fails.
func TestPolicyMatchesSchema(t *testing.T) {
	schema := graph.NewExecutableSchema(graph.Config{}).Schema()
	guarded := hasRoleFields(t, schema)
	policies, err := resolvers.FieldPolicies()
	if err != nil {
		t.Fatal(err)
	}
	if len(guarded) == 0 {
		t.Fatal("no field carries @hasRole: the schema was not read")
	}
	names := make([]string, 0, len(guarded))
	for name := range guarded {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		check, ok := policies[name]
		if !ok {
			t.Errorf("%s carries @hasRole(%v) but no domain's policy.go names its check", name, guarded[name])
			continue
		}
		for _, r := range db.AllRoles {
			want := slices.Contains(guarded[name], r)
			if got := check(principalOf(r)); got != want {
				t.Errorf("%s: @hasRole lets %s through: %v, its policy: %v", name, r, want, got)
			}
		}
	}
	for name := range policies {
		if _, ok := guarded[name]; !ok {
			t.Errorf("a policy guards %s, which does not exist or carries no @hasRole", name)
		}
	}
}
