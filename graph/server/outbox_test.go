package server_test

// The outbox is pruned after its retention, by one replica at a time, and
// a subscriber resuming from a pruned event is told to reload (RESYNC).

import (
	"context"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/platform/live"
)

// events are the ids of the outbox, in order.
func (e *env) events() []int64 {
	e.t.Helper()
	var ids []int64
	if err := e.DB.NewSelect().Model((*db.Event)(nil)).Column("id").Order("id").Scan(context.Background(), &ids); err != nil {
		e.t.Fatal(err)
	}
	return ids
}

// age makes the events up to id look older than the retention.
func (e *env) age(through int64, by time.Duration) {
	e.t.Helper()
	if _, err := e.DB.ExecContext(context.Background(), "UPDATE events SET created_at = created_at - ?::interval WHERE id <= ?",
		strconv.Itoa(int(by.Seconds()))+" seconds", through); err != nil {
		e.t.Fatal(err)
	}
}

const month = 30 * 24 * time.Hour

func TestOutboxIsPrunedAfterItsRetentionByOneReplicaAtATime(t *testing.T) {
	e := newEmptyEnv(t)
	o := e.newOrg("Purge Post")
	o.production()
	old := e.events()
	o.production()
	all := e.events()
	if len(all) <= len(old) || len(old) == 0 {
		t.Fatalf("the builders wrote no events: %v", all)
	}
	e.age(old[len(old)-1], 40*24*time.Hour)
	ctx := context.Background()
	p := &live.Pruner{DB: e.DB, Retention: month, Batch: 3} // small batches: several transactions

	// Another replica is pruning: this one skips its turn.
	conn, err := e.DB.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "SELECT pg_advisory_lock(hashtextextended(?, 0))", live.PruneLock); err != nil {
		t.Fatal(err)
	}
	if n, ran, err := p.Prune(ctx); err != nil || ran || n != 0 || len(e.events()) != len(all) {
		t.Fatalf("pruned while another replica held the lock: %d %v %v", n, ran, err)
	}
	if _, err := conn.ExecContext(ctx, "SELECT pg_advisory_unlock(hashtextextended(?, 0))", live.PruneLock); err != nil {
		t.Fatal(err)
	}

	n, ran, err := p.Prune(ctx)
	if err != nil || !ran || n != int64(len(old)) {
		t.Fatalf("prune: %d deleted (want %d), ran %v, %v", n, len(old), ran, err)
	}
	if got := e.events(); len(got) != len(all)-len(old) || got[0] <= old[len(old)-1] {
		t.Fatalf("kept %v, want the events after %d", got, old[len(old)-1])
	}
	if h, err := live.Horizon(ctx, e.DB); err != nil || h != old[len(old)-1] {
		t.Fatalf("horizon %d %v, want %d", h, err, old[len(old)-1])
	}
	if n, _, err := p.Prune(ctx); err != nil || n != 0 {
		t.Fatalf("a second pass deleted %d: %v", n, err)
	}

	// Left running, a pruner does it again on its own.
	o.production()
	all = e.events()
	e.age(all[len(all)-1], 40*24*time.Hour)
	rctx, cancel := context.WithCancel(ctx)
	defer cancel()
	go (&live.Pruner{DB: e.DB, Retention: month, Every: 20 * time.Millisecond}).Run(rctx)
	deadline := time.Now().Add(10 * time.Second)
	for len(e.events()) > 0 {
		if time.Now().After(deadline) {
			t.Fatalf("the running pruner left %v", e.events())
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// A subscriber resuming from an event that was pruned gets RESYNC (it must
// reload), not a stream with a hole; one resuming from the horizon or
// later gets what it missed.
func TestResumingFromAPrunedEventAsksToResync(t *testing.T) {
	e := newEmptyEnv(t)
	o := e.newOrg("Reprise Post")
	coord := o.as(db.RoleCoordinator)
	prod := o.production()
	lastOf := func() int64 { ids := e.events(); return ids[len(ids)-1] }
	e.rename(e.API.URL, coord, prod, o.clientID, "Premier titre")
	first := lastOf()
	e.rename(e.API.URL, coord, prod, o.clientID, "Deuxième titre")
	second := lastOf()
	e.rename(e.API.URL, coord, prod, o.clientID, "Troisième titre")
	e.age(second, 40*24*time.Hour)
	if _, _, err := (&live.Pruner{DB: e.DB, Retention: month}).Prune(context.Background()); err != nil {
		t.Fatal(err)
	}

	for _, lang := range []string{"fr", "en"} {
		ws, err := e.dialWS(e.API.URL, map[string]any{"Authorization": "Bearer " + coord, "lang": lang})
		if err != nil {
			t.Fatal(err)
		}
		ws.subscribe("1", eventsSub, map[string]any{"id": prod, "after": strconv.FormatInt(first, 10)})
		m, err := ws.read(10 * time.Second)
		if err != nil {
			t.Fatal(err)
		}
		if wsErrorCode(m) != "RESYNC" {
			t.Fatalf("resuming from a pruned event: %v", m)
		}
		msg := wsErrorMessage(m)
		if fr := strings.Contains(msg, "rechargez"); fr != (lang == "fr") {
			t.Fatalf("%s: %q", lang, msg)
		}
	}

	ws, err := e.dialWS(e.API.URL, map[string]any{"Authorization": "Bearer " + coord})
	if err != nil {
		t.Fatal(err)
	}
	ws.subscribe("1", eventsSub, map[string]any{"id": prod, "after": strconv.FormatInt(second, 10)})
	ev := ws.next(10 * time.Second)["productionEvents"].(map[string]any)
	if ev["production"].(map[string]any)["title"] != "Troisième titre" {
		t.Fatalf("resuming from the horizon: %v", ev)
	}
}

// wsErrorMessage is the message of a subscription's first error, whether
// it came as an "error" message or as a "next" carrying errors.
func wsErrorMessage(m map[string]any) string {
	errs, _ := m["payload"].([]any)
	if p, ok := m["payload"].(map[string]any); ok {
		errs, _ = p["errors"].([]any)
	}
	if len(errs) == 0 {
		return ""
	}
	first, _ := errs[0].(map[string]any)
	msg, _ := first["message"].(string)
	return msg
}
