package live

import (
	"context"
	"testing"
	"time"

	"github.com/google/uuid"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/db/testdb"
)

func TestMain(m *testing.M) { testdb.Main(m) }

// A subscriber that does not read while many events pass falls behind
// without blocking the broker, then gets every event once, in order, from
// the outbox; Keep narrows what it gets; its channel closes when it ends.
func TestBehindSubscriberCatchesUpInOrder(t *testing.T) {
	bdb, _ := testdb.New(t)
	ctx := context.Background()
	var org uuid.UUID
	if err := bdb.NewRaw("INSERT INTO organisations (name) VALUES ('Broker') RETURNING id").Scan(ctx, &org); err != nil {
		t.Fatal(err)
	}
	b := NewBroker(bdb)
	sctx, cancel := context.WithCancel(ctx)
	defer cancel()
	all, err := b.Stream(sctx, Filter{OrganisationID: org}, nil)
	if err != nil {
		t.Fatal(err)
	}
	even, err := b.Stream(sctx, Filter{OrganisationID: org, Keep: func(ev *db.Event) bool { return ev.ID%2 == 0 }}, nil)
	if err != nil {
		t.Fatal(err)
	}
	const n = 5 * buffer
	for range n {
		if err := Emit(ctx, bdb, org, nil, "test.event", nil, nil, nil); err != nil {
			t.Fatal(err)
		}
	}
	var evs []*db.Event
	if err := bdb.NewSelect().Model(&evs).Where("organisation_id = ?", org).Order("id").Scan(ctx); err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() { // the listener's part: must never block on a subscriber
		for _, ev := range evs {
			b.publish(ev)
		}
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("publishing blocked on subscribers that do not read")
	}
	if g := b.Generation(org); g != n {
		t.Fatalf("generation %d after %d events", g, n)
	}
	receive := func(c <-chan *db.Event, want int) []int64 {
		var ids []int64
		for len(ids) < want {
			select {
			case ev := <-c:
				ids = append(ids, ev.ID)
			case <-time.After(5 * time.Second):
				t.Fatalf("received %d of %d events", len(ids), want)
			}
		}
		return ids
	}
	got := receive(all, n)
	for i, id := range got {
		if id != evs[i].ID {
			t.Fatalf("event %d: id %d, want %d (all: %v)", i, id, evs[i].ID, got)
		}
	}
	for _, id := range receive(even, n/2) {
		if id%2 != 0 {
			t.Fatalf("Keep let through event %d", id)
		}
	}
	cancel()
	for _, c := range []<-chan *db.Event{all, even} {
		select {
		case ev, open := <-c:
			if open {
				t.Fatalf("an event more after the end: %d", ev.ID)
			}
		case <-time.After(5 * time.Second):
			t.Fatal("the channel stayed open after the end")
		}
	}
	if s := b.Subscribers(); s != 0 {
		t.Fatalf("%d subscribers left", s)
	}
}
