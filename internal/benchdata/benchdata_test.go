package benchdata

import (
	"context"
	"slices"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/postprod/postprod/db/testdb"
)

func TestMain(m *testing.M) { testdb.Main(m) }

var small = Sizes{Productions: 40, Clients: 5, Episodes: 90, TeamMembers: 130, Technicians: 12, Tasks: 300, Rooms: 3}

func generate(t *testing.T, s Sizes, seed uint64) (*Result, *pgx.Conn) {
	t.Helper()
	ctx := context.Background()
	_, url := testdb.New(t)
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close(context.Background()) })
	res, err := Generate(ctx, conn, s, seed)
	if err != nil {
		t.Fatal(err)
	}
	return res, conn
}

// The generator writes exactly the sizes asked, in one organisation, with a
// coordinator, and the same seed gives the same rows.
func TestGenerateCountsAndDeterminism(t *testing.T) {
	ctx := context.Background()
	res, conn := generate(t, small, 7)
	want := map[string]int{
		"organisations": 1, "users": 1, "memberships": 1, "clients": small.Clients, "technicians": small.Technicians,
		"rooms": small.Rooms, "productions": small.Productions, "episodes": small.Episodes,
		"team_members": small.TeamMembers, "tasks": small.Tasks,
	}
	for table, n := range want {
		var got int
		if err := conn.QueryRow(ctx, "SELECT count(*) FROM "+table).Scan(&got); err != nil {
			t.Fatal(err)
		}
		if got != n {
			t.Errorf("%s: %d rows, want %d", table, got, n)
		}
	}
	var role string
	if err := conn.QueryRow(ctx, "SELECT m.role FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email = $1", CoordinatorEmail).Scan(&role); err != nil || role != "COORDINATOR" {
		t.Errorf("coordinator membership: %q, %v", role, err)
	}
	if len(res.ProductionIDs) != small.Productions {
		t.Errorf("%d production ids, want %d", len(res.ProductionIDs), small.Productions)
	}
	again, _ := generate(t, small, 7)
	if !slices.Equal(res.ProductionIDs, again.ProductionIDs) || res.OrganisationID != again.OrganisationID {
		t.Error("the same seed gave different rows")
	}
}
