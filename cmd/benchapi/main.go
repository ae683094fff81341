// Command benchapi is the script behind `make bench-api`: postprod against
// PostGraphile v4 on the same PostgreSQL and the same rows (issue 13).
//
// It starts a private cluster with pg_stat_statements, generates the data
// set (internal/benchdata), starts `postprod serve` in production mode and
// PostGraphile, logs in as the coordinator, checks that each pair of
// equivalent queries returns the same rows (and stops if not), counts the
// SQL statements of each request, then loads both servers in alternating
// rounds at each concurrency and prints req/s, p50, p99 and their ratio,
// with statements, server CPU and PostgreSQL CPU per request. It asserts
// nothing about speed; it measures. Compare ratios within one run: the
// machine is shared. The depth pairs (depth.go) load postprod against
// itself: page 40 of the productions list against page 1.
package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/postprod/postprod/cmd/internal/proc"
	"github.com/postprod/postprod/internal/benchdata"
)

type options struct {
	bin, postgraphile, dir string
	sizes                  benchdata.Sizes
	seed                   uint64
	warmup, round          time.Duration
	rounds                 int
	concs                  []int
	quick                  bool
	only                   string
}

// quickSizes is a tenth of the full data set, for iterating on the script.
var quickSizes = benchdata.Sizes{Productions: 200, Clients: 20, Episodes: 900, TeamMembers: 1300, Technicians: 42, Tasks: 3200, Rooms: 4}

func main() {
	home, _ := os.UserHomeDir()
	o := options{sizes: benchdata.Issue13}
	flag.StringVar(&o.bin, "bin", "bin/postprod", "the postprod binary")
	flag.StringVar(&o.postgraphile, "postgraphile", filepath.Join(home, ".cache", "postprod-bench", "postgraphile-4.14.1"), "where tools/postgraphile/install.sh installed PostGraphile")
	flag.StringVar(&o.dir, "dir", ".data/bench", "the cluster, the servers' logs and the reports")
	flag.Uint64Var(&o.seed, "seed", 13, "seed of the data generator")
	flag.DurationVar(&o.warmup, "warmup", 2*time.Second, "warm-up of each server before each measurement")
	flag.DurationVar(&o.round, "round", 5*time.Second, "length of one round of one server")
	flag.IntVar(&o.rounds, "rounds", 3, "rounds per server for each query and concurrency (A B, B A, …)")
	conc := flag.String("c", "1,16,64", "concurrencies (simultaneous clients), comma-separated")
	flag.BoolVar(&o.quick, "quick", os.Getenv("BENCH_QUICK") == "1", "a tenth of the data, rounds of 2 s, one warm-up second (also BENCH_QUICK=1)")
	flag.StringVar(&o.only, "only", "", "measure only the queries whose name holds this text (list, nested, by id)")
	o.sizes.Flags(flag.CommandLine)
	flag.Parse()
	if o.quick {
		set := map[string]bool{}
		flag.Visit(func(f *flag.Flag) { set[f.Name] = true })
		if !set["productions"] {
			o.sizes = quickSizes
		}
		if !set["round"] {
			o.round = 2 * time.Second
		}
		if !set["rounds"] {
			o.rounds = 2
		}
		if !set["warmup"] {
			o.warmup = time.Second
		}
	}
	for _, c := range strings.Split(*conc, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(c))
		if err != nil || n < 1 {
			fmt.Fprintf(os.Stderr, "benchapi: -c %q: concurrencies are positive integers\n", *conc)
			os.Exit(2)
		}
		o.concs = append(o.concs, n)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, o); err != nil {
		fmt.Fprintln(os.Stderr, "benchapi:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, o options) error {
	if err := os.MkdirAll(o.dir, 0o755); err != nil {
		return err
	}
	dir, err := filepath.Abs(o.dir)
	if err != nil {
		return err
	}
	cl, err := startCluster(ctx, dir)
	if err != nil {
		return err
	}
	defer cl.stop()
	t0 := time.Now()
	data, err := cl.fill(ctx, o.sizes, o.seed)
	if err != nil {
		return err
	}
	fmt.Printf("data: %+v, seed %d, generated in %s\n", o.sizes, o.seed, time.Since(t0).Round(time.Millisecond))

	pp, err := startPostprod(ctx, o.bin, cl.pg.URL(benchDB), dir)
	if err != nil {
		return err
	}
	defer pp.stop()
	pg, err := startPostGraphile(ctx, o.postgraphile, cl.pg.Dir, dir)
	if err != nil {
		return err
	}
	defer pg.stop()
	if err := pp.login(); err != nil {
		return err
	}
	var ps []pair
	for _, p := range pairs(data.OrganisationID, data.ProductionIDs) {
		if strings.Contains(p.name, o.only) {
			ps = append(ps, p)
		}
	}
	deep, err := depthPairs(pp, depthSize(o.sizes.Productions))
	if err != nil {
		return err
	}
	var ds []pair
	for _, p := range deep {
		if strings.Contains(p.name, o.only) {
			ds = append(ds, p)
		}
	}
	if len(ps)+len(ds) == 0 {
		return fmt.Errorf("-only %q names no query", o.only)
	}
	fmt.Println("checking that both servers return the same rows:")
	if err := check(pp, pg, ps); err != nil {
		return err
	}

	var probes []probeResult
	const probeN = 20
	for _, p := range ps {
		for k, s := range []*server{pp, pg} {
			body := p.postprod
			if k == 1 {
				body = p.pgraphile
			}
			st, err := probe(ctx, cl, s, body, probeN)
			if err != nil {
				return err
			}
			probes = append(probes, probeResult{s.name, p.name, probeN, st})
		}
		if strings.HasPrefix(p.name, "list") {
			st, err := probe(ctx, cl, pp, fixed(ppTotal), probeN)
			if err != nil {
				return err
			}
			probes = append(probes, probeResult{pp.name, "list 50 with totalCount", probeN, st})
		}
	}

	load0 := proc.Loadavg()
	fmt.Printf("measuring: %d rounds of %s per server after %s of warm-up, at %v clients; %d cores, load average %s\n",
		o.rounds, o.round, o.warmup, o.concs, runtime.NumCPU(), load0)
	var rows []row
	for _, p := range ps {
		for _, c := range o.concs {
			t, err := abRun(ctx, cl, pp, pg, p, c, o)
			if err != nil {
				return err
			}
			r := row{p.name, c, t}
			rows = append(rows, r)
			fmt.Printf("  %-46s c=%-3d postprod %7.0f req/s  PostGraphile %7.0f req/s\n", p.name, c, t[0].rate(), t[1].rate())
		}
	}
	depthRows, err := runDepth(ctx, cl, pp, ds, o)
	if err != nil {
		return err
	}

	var out bytes.Buffer
	fmt.Fprintf(&out, "# API benchmark: postprod against PostGraphile 4.14.1\n\n")
	fmt.Fprintf(&out, "%s · %d cores · load average %s before the load, %s after · data %+v (seed %d) · "+
		"%d alternating rounds of %s per server after %s of warm-up, closed loop\n\n",
		time.Now().Format("2006-01-02 15:04"), runtime.NumCPU(), load0, proc.Loadavg(), o.sizes, o.seed, o.rounds, o.round, o.warmup)
	if len(rows) > 0 {
		writeTable(&out, rows)
	}
	writeDepth(&out, depthRows)
	fmt.Fprintf(&out, "\nSQL/req and SELECT/req: pg_stat_statements calls of the server's own PostgreSQL role (postprod: postgres; PostGraphile: %s) "+
		"during its rounds, divided by its answered requests (SQL also counts BEGIN, COMMIT, SET…). Server CPU: the process's user+system time. "+
		"PostgreSQL CPU: the postmaster and all its backends during the server's rounds (one server is loaded at a time). "+
		"Sessions opened: new PostgreSQL sessions during its rounds.\n", pgRole)
	if len(probes) > 0 {
		fmt.Fprintf(&out, "\n## Statements per request, one client alone (%d requests each)\n\n", probeN)
		writeProbes(&out, probes)
	}
	shown := out.Len() // stdout stops here: the statements' texts are long
	fmt.Fprintf(&out, "\n## The statements\n")
	writeStatements(&out, probes)

	file := filepath.Join(dir, "api-"+time.Now().Format("20060102-150405")+".md")
	if err := os.WriteFile(file, out.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Println()
	_, _ = os.Stdout.Write(out.Bytes()[:shown])
	fmt.Printf("\nwritten to %s, with the text of each statement\n", file)
	return nil
}
