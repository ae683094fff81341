package live

import (
	"context"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/uuid"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/db/testdb"
)

// With a Tap, each event put in the stream (by the broker, or by a
// catch-up from the outbox for a reader that fell behind) and the close
// are announced by one wake; the reader takes them from Events, in order,
// and the executor reads what it is fed from the channel Stream returned.
func TestTapAnnouncesEachEventAndTheClose(t *testing.T) {
	bdb, _ := testdb.New(t)
	ctx := context.Background()
	var org uuid.UUID
	if err := bdb.NewRaw("INSERT INTO organisations (name) VALUES ('Tap') RETURNING id").Scan(ctx, &org); err != nil {
		t.Fatal(err)
	}
	b := NewBroker(bdb)
	var wakes atomic.Int64
	tap := NewTap(func() { wakes.Add(1) })
	sctx, cancel := context.WithCancel(WithTap(ctx, tap))
	exec, err := b.Stream(sctx, Filter{OrganisationID: org}, nil)
	if err != nil || !tap.Claimed() {
		t.Fatalf("stream: %v, claimed %v", err, tap.Claimed())
	}
	// A second stream in the same context does not take the Tap again.
	if other, err := b.Stream(sctx, Filter{OrganisationID: org}, nil); err != nil || other == exec {
		t.Fatalf("second stream: %v", err)
	}
	// More events than the buffer, nobody reading: the rest comes from the
	// outbox once the reader drains.
	const n = 3 * buffer
	for range n {
		if err := Emit(ctx, bdb, org, nil, "tap.event", nil, nil, nil); err != nil {
			t.Fatal(err)
		}
	}
	var evs []*db.Event
	if err := bdb.NewSelect().Model(&evs).Where("organisation_id = ?", org).Order("id").Scan(ctx); err != nil {
		t.Fatal(err)
	}
	for _, ev := range evs {
		b.publish(ev)
	}
	var last int64
	deadline := time.Now().Add(10 * time.Second)
	for got := 0; got < n; {
		if time.Now().After(deadline) {
			t.Fatalf("%d of %d events, %d wakes", got, n, wakes.Load())
		}
		if int64(got) >= wakes.Load() {
			time.Sleep(time.Millisecond)
			continue
		}
		ev := <-tap.Events() // announced: ready
		if ev.ID <= last {
			t.Fatalf("event %d after %d", ev.ID, last)
		}
		last = ev.ID
		tap.Feed(ev)
		if fed := <-exec; fed != ev {
			t.Fatal("the executor did not read what it was fed")
		}
		got++
	}
	if w := wakes.Load(); w != n {
		t.Fatalf("%d wakes for %d events", w, n)
	}
	cancel()
	for wakes.Load() != n+1 {
		if time.Now().After(deadline) {
			t.Fatal("the close was not announced")
		}
		time.Sleep(time.Millisecond)
	}
	if _, open := <-tap.Events(); open {
		t.Fatal("the stream is still open")
	}
	// Hidden from Stream, a Tap is left alone.
	hidden := NewTap(func() {})
	if _, err := b.Stream(WithoutTap(WithTap(ctx, hidden)), Filter{OrganisationID: org}, nil); err != nil || hidden.Claimed() {
		t.Fatalf("WithoutTap: %v, claimed %v", err, hidden.Claimed())
	}
}
