package runbench

import (
	"context"
	"flag"
	"os"
	"runtime"
	"runtime/metrics"
	"strconv"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/db/testdb"
	"github.com/postprod/postprod/internal/auth"
	"github.com/postprod/postprod/internal/kernel/dates"
	"github.com/postprod/postprod/internal/royalties"
)

// TestMain starts PostgreSQL only when a benchmark runs: `go test ./...`
// (which runs no benchmark) does not pay for a cluster here.
func TestMain(m *testing.M) {
	flag.Parse()
	if flag.Lookup("test.bench").Value.String() == "" {
		os.Exit(m.Run())
	}
	testdb.Main(m)
}

// The catalogue of BenchmarkRun in internal/royalties, in the database:
// 10,000 works of 100 receipts each, 5,000 holders, 2 to 6 shares a work.
// RUNBENCH_WORKS scales it down while working on the run.
var works = envInt("RUNBENCH_WORKS", 10_000)

const (
	perWork     = 100
	holders     = 5_000
	periodStart = "2024-01-01"
	periodEnd   = "2024-06-30"
)

func envInt(name string, def int) int {
	if n, err := strconv.Atoi(os.Getenv(name)); err == nil && n > 0 {
		return n
	}
	return def
}

// aggregate is the bare SQL the run's figures come down to: the period's
// undistributed receipts summed per work, media and territory.
const aggregate = `SELECT work_id, media, territory, sum(amount_eur_cents)::bigint AS amount
	FROM revenue_lines
	WHERE organisation_id = ? AND period_end BETWEEN ? AND ? AND run_id IS NULL
	GROUP BY work_id, media, territory`

// seed fills a fresh database with the catalogue, deterministically
// (setseed), and returns the organisation and a coordinator able to run.
func seed(b *testing.B, bdb *bun.DB) *auth.Principal {
	ctx := context.Background()
	var org, user uuid.UUID
	must := func(err error) {
		if err != nil {
			b.Fatal(err)
		}
	}
	must(bdb.NewRaw("INSERT INTO organisations (name) VALUES ('Catalogue de mesure') RETURNING id").Scan(ctx, &org))
	must(bdb.NewRaw("INSERT INTO users (email, name, password_hash) VALUES ('bench@example.test', 'Mesure', 'x') RETURNING id").Scan(ctx, &user))
	steps := []string{
		`SELECT setseed(0.2024)`,
		`INSERT INTO rights_holders (organisation_id, name, kind) SELECT ?0, 'Ayant droit ' || g, 'AUTHOR' FROM generate_series(1, ?1) g`,
		`CREATE TEMP TABLE bench_holders AS SELECT id, row_number() OVER (ORDER BY id) AS n FROM rights_holders WHERE organisation_id = ?0`,
		`INSERT INTO works (organisation_id, title, kind, residual_holder_id)
		 SELECT ?0, 'Œuvre ' || g, 'FEATURE_FILM', h.id FROM generate_series(1, ?2) g JOIN bench_holders h ON h.n = 1 + (g * 7919) % ?1`,
		`INSERT INTO work_commissions (organisation_id, work_id, media, basis_points)
		 SELECT ?0, w.id, c.media, c.bp FROM works w, (VALUES ('ALL', 1500), ('TV', 2000), ('SVOD', 1200)) c(media, bp) WHERE w.organisation_id = ?0`,
		`INSERT INTO rights_shares (organisation_id, work_id, holder_id, media, territory, basis_points)
		 SELECT ?0, w.id, h.id,
		        CASE WHEN random() < 0.5 THEN 'ALL' ELSE (ARRAY['CINEMA','TV','SVOD','AVOD','TVOD','VIDEO','NON_THEATRICAL'])[1 + floor(random() * 7)::int] END,
		        CASE WHEN random() < 0.67 THEN 'WORLD' ELSE (ARRAY['FR','BE','CH','LU','MC','DE','IT','ES','GB','US','CA','JP','NL','PT','AT'])[1 + floor(random() * 15)::int] END,
		        500 + floor(random() * 1000)::int
		 FROM works w CROSS JOIN LATERAL generate_series(1, 2 + floor(random() * 5)::int) s
		 JOIN bench_holders h ON h.n = 1 + floor(random() * ?1)::int
		 WHERE w.organisation_id = ?0`,
		`INSERT INTO recoupable_expenses (organisation_id, work_id, kind, label, amount_cents, incurred_on)
		 SELECT ?0, w.id, 'DUBBING', 'Doublage', 1 + floor(random() * 20000000)::bigint, DATE '2023-06-01'
		 FROM works w CROSS JOIN LATERAL generate_series(1, floor(random() * 4)::int) s WHERE w.organisation_id = ?0`,
		`INSERT INTO revenue_lines (organisation_id, work_id, source, media, territory, period_start, period_end, amount_cents, amount_eur_cents, external_reference)
		 SELECT ?0, w.id, 'Mesure', m.media, t.territory, DATE ?4, DATE ?5, a.amount, a.amount, 'L-' || w.n || '-' || s
		 FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM works WHERE organisation_id = ?0) w
		 CROSS JOIN generate_series(1, ?3) s
		 CROSS JOIN LATERAL (SELECT (ARRAY['CINEMA','TV','SVOD','AVOD','TVOD','VIDEO','NON_THEATRICAL'])[1 + floor(random() * 7 + s * 0)::int] AS media) m
		 CROSS JOIN LATERAL (SELECT (ARRAY['FR','BE','CH','LU','MC','DE','IT','ES','GB','US','CA','JP','NL','PT','AT'])[1 + floor(random() * 15 + s * 0)::int] AS territory) t
		 CROSS JOIN LATERAL (SELECT floor(random() * 500000 + s * 0)::bigint - 2000 AS amount) a`,
		`ANALYZE`,
	}
	for _, q := range steps {
		if _, err := bdb.ExecContext(ctx, q, org, holders, works, perWork, periodStart, periodEnd); err != nil {
			b.Fatalf("%.60s…: %v", q, err)
		}
	}
	return &auth.Principal{UserID: user, OrganisationID: org, Role: db.RoleCoordinator}
}

// heapPeak samples the live Go heap until stopped and returns its peak.
func heapPeak() (stop func() uint64) {
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	var peak atomic.Uint64
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(2 * time.Millisecond)
		defer t.Stop()
		for {
			metrics.Read(sample)
			if v := sample[0].Value.Uint64(); v > peak.Load() {
				peak.Store(v)
			}
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	}()
	return func() uint64 {
		close(done)
		wg.Wait()
		return peak.Load()
	}
}

// BenchmarkRunAgainstAggregate times, on the same million lines, the bare
// SQL aggregate and then the distribution run (a draft computed and
// committed, then deleted outside the timing), and reports both, the ratio
// (issue 13: at most 3×) and the peak Go heap during the run (under 500 MB).
func BenchmarkRunAgainstAggregate(b *testing.B) {
	if testing.Short() {
		b.Skip("a million revenue lines: not in -short")
	}
	bdb, _ := testdb.New(b)
	started := time.Now()
	p := seed(b, bdb)
	b.Logf("catalogue: %d works, %d revenue lines, %d holders, generated in %s", works, works*perWork, holders, time.Since(started).Round(time.Second))
	ctx := auth.WithPrincipal(context.Background(), p)
	svc := &royalties.Service{DB: bdb}
	start, _ := dates.Parse(periodStart)
	end, _ := dates.Parse(periodEnd)

	type sum struct {
		WorkID    uuid.UUID
		Media     db.Media
		Territory string
		Amount    int64
	}
	sumAll := func() (n int, d time.Duration) {
		var rows []sum
		t0 := time.Now()
		if err := bdb.NewRaw(aggregate, p.OrganisationID, start, end).Scan(ctx, &rows); err != nil {
			b.Fatal(err)
		}
		return len(rows), time.Since(t0)
	}
	sumAll() // warm the cache: both sides then read the same pages from memory

	var aggTime, runTime time.Duration
	var peak uint64
	var groups int
	for b.Loop() {
		n, d := sumAll()
		groups, aggTime = n, aggTime+d

		runtime.GC()
		stop := heapPeak()
		t0 := time.Now()
		r, err := svc.CreateRun(ctx, start, end, nil)
		runTime += time.Since(t0)
		peak = max(peak, stop())
		if err != nil {
			b.Fatal(err)
		}
		if r.Gross == 0 || r.Holders != r.Net { // statements include what goes to residual holders
			b.Fatalf("run: gross %d, net %d, holders %d, residual %d", r.Gross, r.Net, r.Holders, r.Residual)
		}
		b.StopTimer()
		if _, err := bdb.ExecContext(ctx, "DELETE FROM distribution_runs WHERE id = ?", r.ID); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
	}
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	n := time.Duration(b.N)
	ratio := float64(runTime) / float64(aggTime)
	b.ReportMetric(float64(aggTime/n)/1e6, "aggregate-ms")
	b.ReportMetric(float64(runTime/n)/1e6, "run-ms")
	b.ReportMetric(ratio, "ratio")
	b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
	b.Logf("%d lines, %d (work, media, territory) groups: bare SQL aggregate %s, distribution run %s: %.2f× (goal ≤ 3×); peak Go heap during the run %.0f MB, process max RSS %.0f MB (goal < 500 MB)",
		works*perWork, groups, (aggTime / n).Round(time.Millisecond), (runTime / n).Round(time.Millisecond), ratio, float64(peak)/(1<<20), float64(ru.Maxrss)/1024)
}
