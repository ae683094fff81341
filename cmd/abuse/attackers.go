package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"sync"
	"time"
)

// attackReport is what an attack process prints on stdout when it ends:
// the latency of every answer, by attack document.
type attackReport struct {
	Sent  int
	Kinds []struct {
		Latencies []time.Duration
		Failed    int
	}
}

// runAttackers is the attack process: n anonymous clients sending the
// attack documents in turn until ctx ends (SIGTERM from the parent). It
// runs in a process of its own, at a lower priority, so that its own CPU
// weighs on the machine's load as little as an attacker elsewhere would.
func runAttackers(ctx context.Context, url string, n int) error {
	list := attacks()
	var mu sync.Mutex
	var rep attackReport
	rep.Kinds = make([]struct {
		Latencies []time.Duration
		Failed    int
	}, len(list))
	var wg sync.WaitGroup
	for a := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := a; ctx.Err() == nil; i++ {
				k := i % len(list)
				// A new comment each time: no help from the query cache.
				doc := fmt.Sprintf("# %d-%d\n%s", a, i, list[k].doc)
				t0 := time.Now()
				r, err := post(url, "", doc)
				d := time.Since(t0)
				if ctx.Err() != nil {
					return
				}
				mu.Lock()
				rep.Sent++
				if err != nil || (!list[k].allowed && codeOf(r) != "QUERY_TOO_COMPLEX") {
					rep.Kinds[k].Failed++
				} else {
					rep.Kinds[k].Latencies = append(rep.Kinds[k].Latencies, d)
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	return json.NewEncoder(os.Stdout).Encode(rep)
}
