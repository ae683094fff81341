package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"net/http"
	"os"
	"sort"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/uuid"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/kernel/dates"
)

// flaky loses requests on purpose: some never reach the server, some reach
// it and lose their answer, which is the case that makes phones retry a
// slip the server already has.
type flaky struct {
	rt                    http.RoundTripper
	before, after         float64
	lostBefore, lostAfter atomic.Int64
}

func (f *flaky) RoundTrip(req *http.Request) (*http.Response, error) {
	r := rand.Float64()
	if r < f.before {
		f.lostBefore.Add(1)
		return nil, errors.New("injected: network down")
	}
	resp, err := f.rt.RoundTrip(req)
	if err == nil && r < f.before+f.after {
		resp.Body.Close()
		f.lostAfter.Add(1)
		return nil, errors.New("injected: answer lost")
	}
	return resp, err
}

// TestLoadSlips is the load script (make load): 200 concurrent clients
// submit slips through a lossy network and retry until acknowledged. It
// reports slips per second and the p99 latency, and checks that none was
// lost or duplicated.
func TestLoadSlips(t *testing.T) {
	if os.Getenv("POSTPROD_LOAD") == "" {
		t.Skip("set POSTPROD_LOAD=1 (make load)")
	}
	const clients, perClient = 200, 10
	e := newEnv(t)
	ctx := context.Background()
	coord := e.login("coordinator@demo.test").Access
	m := e.membership("coordinator@demo.test")
	var prod db.Production
	if err := e.DB.NewSelect().Model(&prod).Where("status = 'IN_POST'").Limit(1).Scan(ctx); err != nil {
		t.Fatal(err)
	}
	var op string
	if err := e.DB.NewSelect().Model((*db.Operation)(nil)).Column("id").Where("code = 'OFFLINE_EDIT'").Scan(ctx, &op); err != nil {
		t.Fatal(err)
	}
	techs := make([]db.Technician, clients)
	for i := range techs {
		techs[i] = db.Technician{ID: uuid.New(), OrganisationID: m.OrganisationID, Name: fmt.Sprintf("Charge %03d", i), Functions: []string{"Monteur"},
			Skills: []string{"OFFLINE_EDIT"}, Employment: "INTERMITTENT", HourlyRate: 5000, DailyRate: 40000}
	}
	if _, err := e.DB.NewInsert().Model(&techs).Exec(ctx); err != nil {
		t.Fatal(err)
	}
	net := &flaky{rt: http.DefaultTransport, before: 0.05, after: 0.10}
	client := &http.Client{Transport: net, Timeout: 30 * time.Second}
	day := dates.Of(time.Now().In(dates.Paris)).AddDays(-30)

	var mu sync.Mutex
	var latencies []time.Duration
	var attempts, failures atomic.Int64
	var wg sync.WaitGroup
	start := time.Now()
	for c := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range perClient {
				in := map[string]any{"clientId": uuid.NewString(), "productionId": prod.ID, "operationId": op, "technicianId": techs[c].ID,
					"date": day.AddDays(k).String(), "start": "09:00", "end": "17:00", "breakMinutes": 60}
				body, _ := json.Marshal(map[string]any{"query": submitSlip, "variables": map[string]any{"in": in}})
				for try := 0; ; try++ {
					if try == 50 {
						failures.Add(1)
						return
					}
					attempts.Add(1)
					req, _ := http.NewRequest(http.MethodPost, e.API.URL+"/graphql", bytes.NewReader(body))
					req.Header.Set("Content-Type", "application/json")
					req.Header.Set("Authorization", "Bearer "+coord)
					t0 := time.Now()
					resp, err := client.Do(req)
					if err != nil {
						time.Sleep(time.Duration(rand.IntN(20)) * time.Millisecond)
						continue
					}
					var r result
					_ = json.NewDecoder(resp.Body).Decode(&r)
					resp.Body.Close()
					if len(r.Errors) > 0 {
						t.Errorf("client %d: %+v", c, r.Errors)
						failures.Add(1)
						return
					}
					mu.Lock()
					latencies = append(latencies, time.Since(t0))
					mu.Unlock()
					break
				}
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	sort.Slice(latencies, func(i, j int) bool { return latencies[i] < latencies[j] })
	p := func(q float64) time.Duration { return latencies[int(q*float64(len(latencies)-1))] }
	var stored, distinct int
	if err := e.DB.NewRaw("SELECT count(*), count(DISTINCT client_id) FROM slips WHERE technician_id IN (?)", bunIn(ids(techs))).Scan(ctx, &stored, &distinct); err != nil {
		t.Fatal(err)
	}
	report := fmt.Sprintf("load: %d clients × %d slips in %s — %.0f slips/s; %d attempts (%d lost before the server, %d answers lost); latency p50 %s, p99 %s; stored %d, distinct %d, failed %d",
		clients, perClient, elapsed.Round(time.Millisecond), float64(clients*perClient)/elapsed.Seconds(), attempts.Load(), net.lostBefore.Load(), net.lostAfter.Load(),
		p(0.5).Round(time.Millisecond), p(0.99).Round(time.Millisecond), stored, distinct, failures.Load())
	t.Log(report)
	fmt.Println(report)
	if stored != clients*perClient || distinct != stored || failures.Load() != 0 {
		t.Fatalf("slips lost or duplicated")
	}
}

func ids(ts []db.Technician) []uuid.UUID {
	out := make([]uuid.UUID, len(ts))
	for i, t := range ts {
		out[i] = t.ID
	}
	return out
}
