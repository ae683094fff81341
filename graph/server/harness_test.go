package server_test

// The test environment: a throwaway database, real server replicas on it,
// and the direct database look-ups tests use to know what to expect. The
// GraphQL and websocket client is in client_test.go, table snapshots in
// snapshot_test.go, and the data builders in fixtures_test.go.

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/db/testdb"
	"github.com/postprod/postprod/graph/server"
	"github.com/postprod/postprod/internal/config"
	"github.com/postprod/postprod/internal/demo"
	"github.com/postprod/postprod/internal/kernel/calendar"
	"github.com/postprod/postprod/internal/kernel/dates"
	"github.com/postprod/postprod/internal/platform/mail/mailtest"
)

func TestMain(m *testing.M) { testdb.Main(m) }

const secret = "test-secret-test-secret-test-secret!"

type env struct {
	t   *testing.T
	DB  *bun.DB
	URL string // database URL
	API *httptest.Server
	// smtp, when set (newMailEnv), is the mail server the first replica
	// sends to.
	smtp *mailtest.Server
}

// newEnv starts a real server over a fresh database seeded with the demo.
// Tests that need data of their own use newEmptyEnv and newOrg instead; the
// demo is for the tests about the demo.
// The demo is seeded before the server starts, so that its events are not
// news to the server's listener.
func newEnv(t *testing.T) *env {
	t.Helper()
	bdb, url := testdb.New(t)
	ctx := context.Background()
	if err := db.InTx(ctx, bdb, func(tx bun.Tx) error { _, err := demo.Seed(ctx, tx); return err }); err != nil {
		t.Fatal(err)
	}
	e := &env{t: t, DB: bdb, URL: url}
	e.API = e.startServer()
	return e
}

// newEmptyEnv starts a real server over a fresh migrated database holding no
// organisation: the test builds what it needs with newOrg. The builders'
// changes are events the listener dispatches shortly after; dialWS settles
// them first, so a subscription opened next does not hear them.
func newEmptyEnv(t *testing.T) *env {
	t.Helper()
	bdb, url := testdb.New(t)
	e := &env{t: t, DB: bdb, URL: url}
	e.API = e.startServer()
	return e
}

// serverOptions are what a test replica may differ in: settings added to
// (or overriding) the test defaults, and the app served on paths the API
// does not answer (nil: none).
type serverOptions struct {
	vars map[string]string
	app  http.Handler
}

// startServer starts one more replica on the same database.
func (e *env) startServer() *httptest.Server { return e.startServerOpts(serverOptions{}) }

// startServerOpts starts one more replica on the same database with opts.
func (e *env) startServerOpts(opts serverOptions) *httptest.Server {
	e.t.Helper()
	vars := map[string]string{"POSTPROD_JWT_SECRET": secret, "DATABASE_URL": e.URL, "POSTPROD_ALLOW_SIGNUP": "true"}
	for k, v := range opts.vars {
		vars[k] = v
	}
	cfg, err := config.Load(func(k string) string { return vars[k] })
	if err != nil {
		e.t.Fatal(err)
	}
	srv, err := server.New(cfg, e.DB, e.URL, opts.app)
	if err != nil {
		e.t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	go srv.Listen(ctx)
	hs := httptest.NewServer(srv.Handler)
	e.t.Cleanup(func() { cancel(); hs.Close() })
	// Its listener hears revocations: from then on it keeps memberships,
	// and a test counts the same statements whenever it starts.
	for deadline := time.Now().Add(10 * time.Second); !srv.Accounts.Hears(); time.Sleep(5 * time.Millisecond) {
		if time.Now().After(deadline) {
			e.t.Fatal("the replica's listener never connected")
		}
	}
	return hs
}

// waitSubscribers waits until the replica at base has at least n live
// subscriptions (its /metrics gauge), so a change made next cannot race
// the subscription's registration.
func (e *env) waitSubscribers(base string, n int) {
	e.t.Helper()
	e.waitMetric(base, "postprod_subscribers", func() float64 { return float64(n) })
}

// settle waits until the replica at base has dispatched every event written
// so far, so a subscription opened next hears only what happens after it
// (and not, say, the creation of the row it watches).
func (e *env) settle(base string) {
	e.t.Helper()
	e.waitMetric(base, "postprod_events_dispatched", func() float64 {
		var last int64
		if err := e.DB.NewSelect().Model((*db.Event)(nil)).ColumnExpr("COALESCE(max(id), 0)").Scan(context.Background(), &last); err != nil {
			e.t.Fatal(err)
		}
		return float64(last)
	})
}

// waitMetric polls the replica's /metrics until the gauge name reaches want().
func (e *env) waitMetric(base, name string, want func() float64) {
	e.t.Helper()
	if !pollMetric(base, name, func(v float64) bool { return v >= want() }) {
		e.t.Fatalf("%s at %s never reached %v", name, base, want())
	}
}

// pollMetric reads the replica's /metrics for at most 10 s until the gauge
// name has a value ok accepts, and says whether it did.
func pollMetric(base, name string, ok func(v float64) bool) bool {
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		resp, err := http.Get(base + "/metrics")
		if err == nil {
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			for _, line := range strings.Split(string(b), "\n") {
				if v, found := strings.CutPrefix(line, name+" "); found {
					if f, err := strconv.ParseFloat(v, 64); err == nil && ok(f) {
						return true
					}
				}
			}
		}
		time.Sleep(20 * time.Millisecond)
	}
	return false
}

// membership is the membership of the user with this e-mail: their
// organisation, and the client or technician record they are tied to.
func (e *env) membership(email string) *db.Membership {
	e.t.Helper()
	m := new(db.Membership)
	err := e.DB.NewSelect().Model(m).Where("user_id = (SELECT id FROM users WHERE email = ?)", email).Scan(context.Background())
	if err != nil {
		e.t.Fatal(err)
	}
	return m
}

// someProduction is the first production by title of a database seeded by
// newEnv, and its client.
func (e *env) someProduction() (id, clientID string) {
	e.t.Helper()
	p := new(db.Production)
	if err := e.DB.NewSelect().Model(p).Order("title").Limit(1).Scan(context.Background()); err != nil {
		e.t.Fatal(err)
	}
	return p.ID.String(), p.ClientID.String()
}

// bunIdent quotes a table name for raw queries.
func bunIdent(s string) bun.Ident { return bun.Ident(s) }

func bunIn(v any) any { return bun.In(v) }

func jsonUnmarshal(b []byte, v any) error { return json.Unmarshal(b, v) }

func calendarAdd(d dates.Date, n int) string { return calendar.AddWorkingDays(d, n).String() }
