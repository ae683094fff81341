package server_test

import "github.com/postprod/postprod/db/testdb"

// The tables that a refused change of each area must leave untouched.
var (
	productionTables = []string{"productions", "clients", "technicians", "episodes", "team_members", "rooms", "events"}
	planTables       = []string{"tasks", "task_dependencies", "bookings", "task_shifts"}
	slipTables       = []string{"slips", "slip_history"}
)

// snapshot returns every row of the named tables (of the whole database when
// none is named) as text: a test takes one before a refused change and checks
// that the one taken after is the same.
func (e *env) snapshot(tables ...string) string {
	e.t.Helper()
	return testdb.Snapshot(e.t, e.DB, tables...)
}
