// Command benchlive is the script behind `make bench-live`: it starts the
// built server over a private PostgreSQL (with pg_stat_statements) and the
// demo data, opens N idle graphql-ws subscribers to the production page's
// subscription (productionEvents, as a phone keeps it open), and measures
// the server's memory and goroutines per subscriber, then the delivery
// latency of a few events to all of them and the SQL statements each event
// costs. It prints a table and writes it to .data/bench/live-<ts>.md. It
// asserts nothing; it measures.
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"syscall"
	"time"

	"github.com/postprod/postprod/cmd/internal/devserver"
	"github.com/postprod/postprod/cmd/internal/proc"
)

type config struct {
	bin      string
	n        int
	events   int
	parallel int
	out      string
	hold     time.Duration
	light    bool
}

func main() {
	var c config
	flag.StringVar(&c.bin, "bin", "bin/postprod", "the server binary")
	flag.IntVar(&c.n, "n", 10000, "idle subscribers")
	flag.IntVar(&c.events, "events", 5, "events sent to all of them, one after the other")
	flag.IntVar(&c.parallel, "parallel", 64, "connections opened at a time")
	flag.StringVar(&c.out, "out", ".data/bench", "folder of the report")
	flag.BoolVar(&c.light, "light", false, "subscribe to the event and the production's title only, not the production page's whole selection")
	flag.DurationVar(&c.hold, "hold", 0, "keep the subscribers idle this long before the events (to profile the server)")
	flag.Parse()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, c); err != nil {
		fmt.Fprintln(os.Stderr, "bench-live:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, c config) error {
	nofile := raiseOpenFiles()
	if nofile < uint64(c.n)+512 {
		return fmt.Errorf("the open-file limit is %d: too low for %d subscribers (raise the hard limit, or lower -n)", nofile, c.n)
	}
	dir, err := os.MkdirTemp("", "postprod-benchlive-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	_ = os.Chmod(dir, 0o755) // the cluster may run as the postgres user
	pg, err := startCluster(dir)
	if err != nil {
		return err
	}
	defer pg.stop()
	srv, err := startServer(ctx, c.bin, dir, pg.url)
	if err != nil {
		return err
	}
	defer srv.stop()
	token, err := devserver.LoginCoordinator(http.DefaultClient, srv.URL)
	if err != nil {
		return err
	}
	prod, err := someProduction(srv.URL, token)
	if err != nil {
		return err
	}

	// Warm the server (document cache, pools) with one subscriber and one event.
	warm := newFleet(1, 1)
	query, selection := phoneSubscription, "the production page's selection"
	if c.light {
		query, selection = lightSubscription, "the event and the production's title"
	}
	warm.open(ctx, srv.URL, token, query, prod.ID, 1)
	if err := waitSubscribers(ctx, srv, 1); err != nil {
		return err
	}
	if _, err := change(srv.URL, token, prod, "warm-up"); err != nil {
		return err
	}
	if err := waitAll(ctx, warm, 0, 1, 30*time.Second); err != nil {
		return err
	}
	warm.close()
	if err := waitSubscribers(ctx, srv, 0); err != nil {
		return err
	}
	time.Sleep(2 * time.Second)
	rss0, gor0 := srv.rssKB(), srv.metric("go_goroutines")
	stack0, heap0 := srv.metric("go_memstats_stack_inuse_bytes"), srv.metric("go_memstats_heap_inuse_bytes")

	f := newFleet(c.n, c.events)
	defer f.close()
	t0 := time.Now()
	f.open(ctx, srv.URL, token, query, prod.ID, c.parallel)
	if f.failed.Load() > 0 {
		return fmt.Errorf("%d subscribers failed to connect; first: %s", f.failed.Load(), f.firstErr)
	}
	if err := waitSubscribers(ctx, srv, c.n); err != nil {
		return err
	}
	connectTime := time.Since(t0)
	time.Sleep(3*time.Second + c.hold) // let the runtime settle
	rss1, gor1 := srv.rssKB(), srv.metric("go_goroutines")
	stack1, heap1 := srv.metric("go_memstats_stack_inuse_bytes"), srv.metric("go_memstats_heap_inuse_bytes")

	st0, err := pg.statements(ctx)
	if err != nil {
		return err
	}
	cpu0 := srv.cpu()
	var rows []eventRow
	var all []time.Duration
	for k := range c.events {
		sent := time.Now()
		rtt, err := change(srv.URL, token, prod, fmt.Sprintf("event %d", k+1))
		if err != nil {
			return err
		}
		if err := waitAll(ctx, f, k, c.n, 60*time.Second); err != nil {
			return err
		}
		lat := latencies(f.arrivals[k], sent)
		all = append(all, lat...)
		rows = append(rows, eventRow{rtt: rtt, p50: pct(lat, 0.5), p99: pct(lat, 0.99), max: lat[len(lat)-1]})
		time.Sleep(500 * time.Millisecond)
	}
	cpu := srv.cpu() - cpu0
	st1, err := pg.statements(ctx)
	if err != nil {
		return err
	}
	slices.Sort(all)
	if f.failed.Load() > 0 {
		return fmt.Errorf("%d subscribers failed; first: %s", f.failed.Load(), f.firstErr)
	}

	r := report{
		n: c.n, events: c.events, connect: connectTime, selection: selection,
		rss0: rss0, rss1: rss1, gor0: gor0, gor1: gor1,
		stack: (stack1 - stack0) / 1024 / float64(c.n), heap: (heap1 - heap0) / 1024 / float64(c.n),
		rows: rows, p50: pct(all, 0.5), p99: pct(all, 0.99),
		stmts:     float64(st1.all-st0.all) / float64(c.events),
		prodReads: float64(st1.productions-st0.productions) / float64(c.events),
		cpu:       cpu, load: proc.Loadavg(),
	}
	text := r.String()
	fmt.Print(text)
	if err := os.MkdirAll(c.out, 0o755); err != nil {
		return err
	}
	name := filepath.Join(c.out, "live-"+time.Now().Format("20060102-150405")+".md")
	if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
		return err
	}
	fmt.Println("written to", name)
	return nil
}

type eventRow struct{ rtt, p50, p99, max time.Duration }

type report struct {
	n, events        int
	selection        string
	connect          time.Duration
	rss0, rss1       int64
	gor0, gor1       float64
	stack, heap      float64 // kB per subscriber
	rows             []eventRow
	p50, p99         time.Duration
	stmts, prodReads float64
	cpu              time.Duration
	load             string
}

func (r report) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "# bench-live: %d idle subscribers to productionEvents (the production page's subscription), asking %s\n\n", r.n, r.selection)
	fmt.Fprintf(&b, "%s, %d cores, load average %s before the run; subscribers connected in %s\n\n", time.Now().Format(time.RFC3339), runtime.NumCPU(), r.load, r.connect.Round(time.Millisecond))
	fmt.Fprintf(&b, "| measure | value |\n|---|---|\n")
	fmt.Fprintf(&b, "| server RSS idle / with %d subscribers | %.1f MB / %.1f MB |\n", r.n, float64(r.rss0)/1024, float64(r.rss1)/1024)
	fmt.Fprintf(&b, "| RSS per subscriber | %.1f kB |\n", float64(r.rss1-r.rss0)/float64(r.n))
	fmt.Fprintf(&b, "| of which goroutine stacks / heap in use | %.1f kB / %.1f kB |\n", r.stack, r.heap)
	fmt.Fprintf(&b, "| goroutines per subscriber | %.2f (%.0f → %.0f) |\n", (r.gor1-r.gor0)/float64(r.n), r.gor0, r.gor1)
	fmt.Fprintf(&b, "| delivery p50 / p99, all %d events × %d subscribers | %s / %s |\n", r.events, r.n, ms(r.p50), ms(r.p99))
	fmt.Fprintf(&b, "| SQL statements per event (the mutation's included) | %.1f |\n", r.stmts)
	fmt.Fprintf(&b, "| of which reads of productions | %.1f |\n", r.prodReads)
	fmt.Fprintf(&b, "| server CPU over the events | %s |\n\n", r.cpu.Round(10*time.Millisecond))
	fmt.Fprintf(&b, "| event | mutation round trip | delivery p50 | p99 | max |\n|---|---|---|---|---|\n")
	for k, e := range r.rows {
		fmt.Fprintf(&b, "| %d | %s | %s | %s | %s |\n", k+1, ms(e.rtt), ms(e.p50), ms(e.p99), ms(e.max))
	}
	fmt.Fprintf(&b, "\nDelivery latency runs from the moment the mutation is sent (so it includes the commit) to each subscriber's receipt.\n")
	return b.String()
}

func ms(d time.Duration) string { return fmt.Sprintf("%.1f ms", float64(d.Microseconds())/1000) }

func latencies(arrivals []int64, sent time.Time) []time.Duration {
	out := make([]time.Duration, len(arrivals))
	for i, a := range arrivals {
		out[i] = time.Duration(a - sent.UnixNano())
	}
	slices.Sort(out)
	return out
}

func pct(sorted []time.Duration, p float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	return sorted[int(p*float64(len(sorted)-1))]
}

func waitAll(ctx context.Context, f *fleet, k, n int, timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	for f.got[k].Load() < int64(n) {
		if f.failed.Load() > 0 {
			return fmt.Errorf("%d subscribers failed; first: %s", f.failed.Load(), f.firstErr)
		}
		if time.Now().After(deadline) || ctx.Err() != nil {
			return fmt.Errorf("event %d reached %d of %d subscribers", k+1, f.got[k].Load(), n)
		}
		time.Sleep(time.Millisecond)
	}
	return nil
}

func waitSubscribers(ctx context.Context, srv *server, n int) error {
	deadline := time.Now().Add(2 * time.Minute)
	for int(srv.metric("postprod_subscribers")) != n {
		if time.Now().After(deadline) || ctx.Err() != nil {
			return fmt.Errorf("the server counts %.0f subscribers, not %d", srv.metric("postprod_subscribers"), n)
		}
		time.Sleep(100 * time.Millisecond)
	}
	return nil
}

var client = &http.Client{Timeout: 60 * time.Second}

type gqlResult struct {
	Data   json.RawMessage `json:"data"`
	Errors []any           `json:"errors"`
}

func post(base, token, query string, vars map[string]any, into any) error {
	b, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, _ := http.NewRequest(http.MethodPost, base+"/graphql", bytes.NewReader(b))
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var r gqlResult
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
		return err
	}
	if len(r.Errors) > 0 {
		return fmt.Errorf("%v", r.Errors)
	}
	return json.Unmarshal(r.Data, into)
}

type production struct {
	ID, Title, Kind, Status string
	Client                  struct{ ID string }
}

func someProduction(base, token string) (*production, error) {
	var r struct {
		Productions struct{ Edges []struct{ Node production } }
	}
	if err := post(base, token, `{ productions(first: 1) { edges { node { id title kind status client { id } } } } }`, nil, &r); err != nil {
		return nil, err
	}
	if len(r.Productions.Edges) == 0 {
		return nil, errors.New("the demo has no production")
	}
	return &r.Productions.Edges[0].Node, nil
}

// change updates the production's notes, which announces production.updated.
func change(base, token string, p *production, notes string) (time.Duration, error) {
	t0 := time.Now()
	var r struct{ UpdateProduction struct{ ID string } }
	err := post(base, token, `mutation($id:ID!,$t:String!,$k:ProductionKind!,$s:ProductionStatus,$c:ID!,$n:String){
		updateProduction(id:$id, input:{title:$t, kind:$k, status:$s, clientId:$c, notes:$n}){ id } }`,
		map[string]any{"id": p.ID, "t": p.Title, "k": p.Kind, "s": p.Status, "c": p.Client.ID, "n": notes}, &r)
	return time.Since(t0), err
}
