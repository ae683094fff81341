package main

import (
	"bytes"
	"context"
	"fmt"
	"slices"
	"sync"
	"sync/atomic"
	"time"
)

// tally is what one server did for one query at one concurrency, summed
// over its rounds.
type tally struct {
	lat     []time.Duration
	failed  int
	elapsed time.Duration
	db      dbCounters    // the cluster's work while this server alone was loaded
	cpu     time.Duration // the server process's CPU
	lastErr string
}

func (t *tally) n() int { return len(t.lat) }

func (t *tally) rate() float64 {
	if t.elapsed <= 0 {
		return 0
	}
	return float64(t.n()) / t.elapsed.Seconds()
}

func (t *tally) quantile(q float64) time.Duration {
	if len(t.lat) == 0 {
		return 0
	}
	slices.Sort(t.lat)
	return t.lat[int(q*float64(len(t.lat)-1))]
}

// perRequest divides a count by the requests answered.
func (t *tally) perRequest(v float64) float64 {
	if t.n() == 0 {
		return 0
	}
	return v / float64(t.n())
}

// load keeps conc clients busy against s for d, each sending its next
// request as soon as the previous one is answered (a closed loop); next
// numbers the requests, so that queries by id walk through the productions.
func load(ctx context.Context, s *server, body func(int) []byte, conc int, d time.Duration, next *atomic.Int64, into *tally) {
	ctx, cancel := context.WithTimeout(ctx, d)
	defer cancel()
	var mu sync.Mutex
	var wg sync.WaitGroup
	t0 := time.Now()
	for range conc {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var lat []time.Duration
			failed, lastErr := 0, ""
			for ctx.Err() == nil {
				b := body(int(next.Add(1) - 1))
				start := time.Now()
				status, resp, err := s.post(b)
				switch {
				case err != nil:
					failed, lastErr = failed+1, err.Error()
				case status != 200 || bytes.Contains(resp, []byte(`"errors":`)):
					failed, lastErr = failed+1, fmt.Sprintf("HTTP %d: %.200s", status, resp)
				default:
					lat = append(lat, time.Since(start))
				}
			}
			mu.Lock()
			into.lat = append(into.lat, lat...)
			into.failed += failed
			if lastErr != "" {
				into.lastErr = lastErr
			}
			mu.Unlock()
		}()
	}
	wg.Wait()
	into.elapsed += time.Since(t0)
}

// abRun measures one pair at one concurrency: a warm-up of each server,
// then rounds that alternate which server goes first (A B, B A, …), so
// that whatever else the machine does falls on both alike. Only one
// server is loaded at a time, so the cluster's counters over a round are
// that server's.
func abRun(ctx context.Context, cl *cluster, pp, pg *server, p pair, conc int, o options) ([2]*tally, error) {
	servers := [2]*server{pp, pg}
	bodies := [2]func(int) []byte{p.postprod, p.pgraphile}
	var next [2]atomic.Int64
	var out [2]*tally
	for k := range servers {
		load(ctx, servers[k], bodies[k], conc, o.warmup, &next[k], &tally{})
		out[k] = &tally{}
	}
	for r := range o.rounds {
		order := []int{0, 1}
		if r%2 == 1 {
			order = []int{1, 0}
		}
		for _, k := range order {
			before, err := cl.counters(ctx, servers[k].role)
			if err != nil {
				return out, err
			}
			cpu0 := servers[k].cpu()
			load(ctx, servers[k], bodies[k], conc, o.round, &next[k], out[k])
			after, err := cl.counters(ctx, servers[k].role)
			if err != nil {
				return out, err
			}
			out[k].cpu += servers[k].cpu() - cpu0
			d := after.sub(before)
			out[k].db.calls += d.calls
			out[k].db.selects += d.selects
			out[k].db.sessions += d.sessions
			out[k].db.cpu += d.cpu
			if ctx.Err() != nil {
				return out, ctx.Err()
			}
		}
	}
	return out, nil
}

// probe sends n requests one after the other to one server alone and
// returns the statements PostgreSQL ran for them.
func probe(ctx context.Context, cl *cluster, s *server, body func(int) []byte, n int) ([]statement, error) {
	if err := cl.resetStatements(ctx); err != nil {
		return nil, err
	}
	for i := range n {
		status, resp, err := s.post(body(i))
		if err != nil {
			return nil, err
		}
		if _, err := answer(status, resp); err != nil {
			return nil, fmt.Errorf("%s: %w", s.name, err)
		}
	}
	return cl.statements(ctx, s.role)
}
