// Command abuse is the script behind `make abuse`: it starts the built
// server over a private PostgreSQL with the demo data, measures a normal
// query alone, then again while anonymous clients send the costliest
// documents the limits allow and documents just over them, and prints the
// figures: the normal query's latency, how fast each attack document is
// answered, and the server's CPU use. It asserts nothing; it measures.
// The attackers run in a process of their own at a lower priority (-nice),
// as a stand-in for clients on other machines.
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
	"os/exec"
	"os/signal"
	"runtime"
	"sort"
	"syscall"
	"time"

	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/parser"

	"github.com/postprod/postprod/cmd/internal/devserver"
	"github.com/postprod/postprod/cmd/internal/proc"
	"github.com/postprod/postprod/graph"
)

func main() {
	bin := flag.String("bin", "bin/postprod", "the server binary")
	phase := flag.Duration("phase", 10*time.Second, "length of each measured phase")
	attackers := flag.Int("attackers", 4, "anonymous clients sending attack documents")
	niceness := flag.Int("nice", 10, "niceness of the attack process (0: as the server)")
	attackURL := flag.String("attack", "", "internal: be the attack process against this server")
	flag.Parse()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	var err error
	if *attackURL != "" {
		err = runAttackers(ctx, *attackURL, *attackers)
	} else {
		err = run(ctx, *bin, *phase, *attackers, *niceness)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "abuse:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, bin string, phase time.Duration, attackers, niceness int) error {
	list := attacks()
	if err := checkAttacks(list); err != nil {
		return err
	}
	srv, err := startServer(ctx, bin)
	if err != nil {
		return err
	}
	defer srv.stop()
	token, err := devserver.LoginCoordinator(client, srv.URL)
	if err != nil {
		return err
	}
	// The normal client alternates a light query and the app's home page.
	normal := func(ctx context.Context) [2]*series {
		out := [2]*series{{}, {}}
		for i := 0; ctx.Err() == nil; i++ {
			t0 := time.Now()
			r, err := post(srv.URL, token, normalQueries[i%2])
			if err != nil || len(r.Errors) > 0 {
				out[i%2].failed++
				continue
			}
			out[i%2].add(time.Since(t0))
		}
		return out
	}
	for _, q := range normalQueries { // warm the query cache
		if r, err := post(srv.URL, token, q); err != nil || len(r.Errors) > 0 {
			return fmt.Errorf("normal query: %v %+v", err, r)
		}
	}

	fmt.Printf("abuse: %d cores, load average %s; phases of %s; normal queries as the demo coordinator\n", runtime.NumCPU(), proc.Loadavg(), phase)
	alone := within(ctx, phase, normal)
	fmt.Printf("alone         me:   %s\n              home: %s\n", alone[0], alone[1])

	exe, err := os.Executable()
	if err != nil {
		return err
	}
	attackCmd := exec.CommandContext(ctx, "nice", "-n", fmt.Sprint(niceness), exe, "-attack", srv.URL, "-attackers", fmt.Sprint(attackers))
	var out bytes.Buffer
	attackCmd.Stdout, attackCmd.Stderr = &out, os.Stderr
	if err := attackCmd.Start(); err != nil {
		return err
	}
	time.Sleep(time.Second) // let the attack settle
	cpu0, start := proc.CPU(srv.PID(), false), time.Now()
	attacked := within(ctx, phase, normal)
	elapsed, cpu := time.Since(start), proc.CPU(srv.PID(), false)-cpu0
	_ = attackCmd.Process.Signal(syscall.SIGTERM)
	if err := attackCmd.Wait(); err != nil {
		return fmt.Errorf("the attack process: %v", err)
	}
	var rep attackReport
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		return fmt.Errorf("the attack process's report: %v", err)
	}
	fmt.Printf("under attack  me:   %s\n              home: %s\n", attacked[0], attacked[1])
	fmt.Printf("attack: %d anonymous clients (a process at nice %d), %d requests; server CPU %.0f%% of one core\n",
		attackers, niceness, rep.Sent, 100*cpu.Seconds()/elapsed.Seconds())
	perKind := make([]series, len(list))
	for k := range list {
		perKind[k] = series{d: rep.Kinds[k].Latencies, failed: rep.Kinds[k].Failed}
	}
	for k, a := range list {
		verdict := "refused"
		if a.allowed {
			verdict = "answered"
		}
		fmt.Printf("  %-52s %5d B  %s %s\n", a.name, len(a.doc), verdict, &perKind[k])
	}
	if attacked[0].failed+attacked[1].failed+alone[0].failed+alone[1].failed > 0 {
		return errors.New("some normal queries failed")
	}
	return nil
}

// checkAttacks makes sure each document is on the side of the limits it
// is meant to be, so the figures measure what they say.
func checkAttacks(list []attack) error {
	l := graph.DefaultLimits
	for _, a := range list {
		le := l.CheckTokens(a.doc)
		if le == nil {
			doc, err := parser.ParseQuery(&ast.Source{Input: a.doc})
			if err != nil {
				return fmt.Errorf("%s: %v", a.name, err)
			}
			le = l.CheckShape(doc)
		}
		if (le == nil) != a.allowed {
			return fmt.Errorf("%s: allowed=%v but the limits say %v", a.name, a.allowed, le)
		}
	}
	return nil
}

func within(ctx context.Context, d time.Duration, f func(context.Context) [2]*series) [2]*series {
	ctx, cancel := context.WithTimeout(ctx, d)
	defer cancel()
	return f(ctx)
}

// series is a set of latencies.
type series struct {
	d      []time.Duration
	failed int
}

func (s *series) add(d time.Duration) { s.d = append(s.d, d) }

func (s *series) String() string {
	if len(s.d) == 0 {
		return fmt.Sprintf("no answer (%d failed)", s.failed)
	}
	sort.Slice(s.d, func(i, j int) bool { return s.d[i] < s.d[j] })
	q := func(p float64) string { return fmtDur(s.d[int(p*float64(len(s.d)-1))]) }
	out := fmt.Sprintf("n %6d  p50 %8s  p99 %8s  max %8s", len(s.d), q(0.5), q(0.99), fmtDur(s.d[len(s.d)-1]))
	if s.failed > 0 {
		out += fmt.Sprintf("  (%d failed)", s.failed)
	}
	return out
}

func fmtDur(d time.Duration) string {
	return fmt.Sprintf("%.2fms", float64(d.Microseconds())/1000)
}

type result struct {
	Errors []struct {
		Extensions map[string]any `json:"extensions"`
	} `json:"errors"`
}

func codeOf(r *result) string {
	if len(r.Errors) == 0 {
		return ""
	}
	c, _ := r.Errors[0].Extensions["code"].(string)
	return c
}

var client = &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: 16}}

func post(base, token, query string) (*result, error) {
	b, _ := json.Marshal(map[string]any{"query": query})
	req, _ := http.NewRequest(http.MethodPost, base+"/graphql", bytes.NewReader(b))
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var r result
	return &r, json.NewDecoder(resp.Body).Decode(&r)
}

// server is the postprod process under test, over a private cluster in a
// temporary directory that stop removes.
type server struct {
	*devserver.Server
	dir string
}

func startServer(ctx context.Context, bin string) (*server, error) {
	dir, err := os.MkdirTemp("", "postprod-abuse-")
	if err != nil {
		return nil, err
	}
	_ = os.Chmod(dir, 0o755) // the cluster may run as the postgres user
	s, err := devserver.Start(ctx, bin, dir, "DATABASE_URL=")
	if err != nil {
		return nil, err
	}
	return &server{Server: s, dir: dir}, nil
}

func (s *server) stop() {
	s.Stop()
	_ = os.RemoveAll(s.dir)
}
