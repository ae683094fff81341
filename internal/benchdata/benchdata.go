// Package benchdata fills a migrated database with one organisation of a
// chosen size for the API benchmark (`make bench-api`): clients,
// technicians, rooms, productions with their episodes, team members and
// tasks, and a coordinator who can log in. Rows are written with COPY and
// drawn from a seeded generator, so the same sizes and seed give the same
// rows (ids included) on every run and both servers under test read the
// same data.
package benchdata

import (
	"context"
	"flag"
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/auth"
)

// Sizes are the row counts to generate.
type Sizes struct {
	Productions, Clients, Episodes, TeamMembers, Technicians, Tasks, Rooms int
}

// Flags declares one flag per size on fs, defaulting to the sizes in s.
func (s *Sizes) Flags(fs *flag.FlagSet) {
	fs.IntVar(&s.Productions, "productions", s.Productions, "productions")
	fs.IntVar(&s.Clients, "clients", s.Clients, "clients")
	fs.IntVar(&s.Episodes, "episodes", s.Episodes, "episodes")
	fs.IntVar(&s.TeamMembers, "team", s.TeamMembers, "team members")
	fs.IntVar(&s.Technicians, "technicians", s.Technicians, "technicians")
	fs.IntVar(&s.Tasks, "tasks", s.Tasks, "tasks")
	fs.IntVar(&s.Rooms, "rooms", s.Rooms, "rooms")
}

// Issue13 is the data set of the measurements behind issue 13.
var Issue13 = Sizes{Productions: 2008, Clients: 205, Episodes: 9008, TeamMembers: 13036, Technicians: 415, Tasks: 32092, Rooms: 12}

// Coordinator is who the benchmark logs in as.
const (
	CoordinatorEmail    = "coordinator@bench.test"
	CoordinatorPassword = "bench-coordinator-password"
)

// Result names what was generated, for the benchmark's queries.
type Result struct {
	OrganisationID string
	ProductionIDs  []string // most recent first, the order of the productions list
}

// base is the clock of the generated rows: fixed, so that runs agree.
var base = time.Date(2026, time.January, 5, 9, 0, 0, 0, time.UTC)

// gen draws everything from one seeded source.
type gen struct {
	rng *rand.Rand
}

func (g *gen) id() pgtype.UUID {
	var u pgtype.UUID
	for i := 0; i < 16; i += 8 {
		v := g.rng.Uint64()
		for j := 0; j < 8; j++ {
			u.Bytes[i+j] = byte(v >> (8 * j))
		}
	}
	u.Bytes[6] = u.Bytes[6]&0x0f | 0x40 // version 4
	u.Bytes[8] = u.Bytes[8]&0x3f | 0x80 // RFC 4122 variant
	u.Valid = true
	return u
}

func (g *gen) pick(list []string) string { return list[g.rng.IntN(len(list))] }

// Generate writes the rows into the database conn is connected to, which
// must be migrated and hold no organisation yet.
func Generate(ctx context.Context, conn *pgx.Conn, s Sizes, seed uint64) (*Result, error) {
	if s.Productions < 1 || s.Clients < 1 || s.Technicians < 1 {
		return nil, fmt.Errorf("benchdata: at least one production, client and technician are needed")
	}
	if s.TeamMembers > s.Productions*s.Technicians*len(functions) {
		return nil, fmt.Errorf("benchdata: %d team members do not fit %d productions × %d technicians", s.TeamMembers, s.Productions, s.Technicians)
	}
	g := &gen{rng: rand.New(rand.NewPCG(seed, 0x6265_6e63_6864_6174))}
	hash, err := auth.HashPassword(CoordinatorPassword)
	if err != nil {
		return nil, err
	}
	ops, err := operationIDs(ctx, conn)
	if err != nil {
		return nil, err
	}
	tx, err := conn.Begin(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback(ctx) //nolint:errcheck // after Commit, a no-op

	org, user := g.id(), g.id()
	if _, err := tx.Exec(ctx, `INSERT INTO organisations (id, name, legal_name) VALUES ($1, 'Bench Post', 'Bench Post SAS')`, org); err != nil {
		return nil, err
	}
	if _, err := tx.Exec(ctx, `INSERT INTO users (id, email, name, password_hash) VALUES ($1, $2, 'Coordinatrice Bench', $3)`, user, CoordinatorEmail, hash); err != nil {
		return nil, err
	}
	if _, err := tx.Exec(ctx, `INSERT INTO memberships (id, organisation_id, user_id, role) VALUES ($1, $2, $3, $4)`,
		g.id(), org, user, string(db.RoleCoordinator)); err != nil {
		return nil, err
	}
	t := &tables{g: g, org: org, ops: ops}
	steps := []func(context.Context, pgx.Tx, Sizes) error{
		t.clients, t.technicians, t.rooms, t.productions, t.episodes, t.team, t.tasks,
	}
	for _, step := range steps {
		if err := step(ctx, tx, s); err != nil {
			return nil, err
		}
	}
	if err := tx.Commit(ctx); err != nil {
		return nil, err
	}
	if _, err := conn.Exec(ctx, "ANALYZE"); err != nil {
		return nil, err
	}
	res := &Result{OrganisationID: uuidString(org)}
	for _, p := range t.productionIDs {
		res.ProductionIDs = append(res.ProductionIDs, uuidString(p))
	}
	return res, nil
}

// operationIDs are the shared catalogue's operations, in catalogue order.
func operationIDs(ctx context.Context, conn *pgx.Conn) ([]pgtype.UUID, error) {
	rows, err := conn.Query(ctx, `SELECT id FROM operations WHERE organisation_id IS NULL ORDER BY position, code`)
	if err != nil {
		return nil, err
	}
	ids, err := pgx.CollectRows(rows, pgx.RowTo[pgtype.UUID])
	if err == nil && len(ids) == 0 {
		err = fmt.Errorf("benchdata: the operations catalogue is empty: is the database migrated?")
	}
	return ids, err
}

func uuidString(u pgtype.UUID) string {
	b := u.Bytes
	return fmt.Sprintf("%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:16])
}

func copyRows(ctx context.Context, tx pgx.Tx, table string, cols []string, rows [][]any) error {
	n, err := tx.CopyFrom(ctx, pgx.Identifier{table}, cols, pgx.CopyFromRows(rows))
	if err != nil {
		return fmt.Errorf("benchdata: copying %s: %w", table, err)
	}
	if int(n) != len(rows) {
		return fmt.Errorf("benchdata: copied %d of %d %s", n, len(rows), table)
	}
	return nil
}
