package numbering_test

import (
	"context"
	"database/sql"
	"errors"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db/testdb"
	"github.com/postprod/postprod/internal/platform/numbering"
)

func TestMain(m *testing.M) { testdb.Main(m) }

func newOrg(t *testing.T, idb bun.IDB, name string) uuid.UUID {
	t.Helper()
	var id uuid.UUID
	if err := idb.NewRaw("INSERT INTO organisations (name) VALUES (?) RETURNING id", name).Scan(context.Background(), &id); err != nil {
		t.Fatal(err)
	}
	return id
}

// issue takes a number in its own transaction and commits, or rolls back
// when rollback is set; it returns the number and whether it was kept.
func issue(ctx context.Context, bdb *bun.DB, org uuid.UUID, kind numbering.Kind, year int, rollback bool) (int64, error) {
	var n int64
	errRollback := errors.New("rolled back on purpose")
	err := bdb.RunInTx(ctx, &sql.TxOptions{}, func(ctx context.Context, tx bun.Tx) error {
		var err error
		if n, err = numbering.Next(ctx, tx, org, kind, year); err != nil {
			return err
		}
		time.Sleep(time.Millisecond) // hold the lock while the others queue
		if rollback {
			return errRollback
		}
		return nil
	})
	if errors.Is(err, errRollback) {
		return n, nil
	}
	return n, err
}

func TestFiftyConcurrentIssuersGetOneToFifty(t *testing.T) {
	bdb, _ := testdb.New(t)
	org := newOrg(t, bdb, "Atelier")
	ctx := context.Background()
	got := make([]int64, 50)
	errs := make([]error, 50)
	var wg sync.WaitGroup
	start := make(chan struct{})
	for i := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			got[i], errs[i] = issue(ctx, bdb, org, numbering.Invoice, 2026, false)
		}()
	}
	close(start)
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	slices.Sort(got)
	for i, n := range got {
		if n != int64(i+1) {
			t.Fatalf("numbers %v: want exactly 1..50", got)
		}
	}
}

func TestConcurrentRollbacksLeaveNoGap(t *testing.T) {
	bdb, _ := testdb.New(t)
	org := newOrg(t, bdb, "Atelier")
	ctx := context.Background()
	var mu sync.Mutex
	var kept []int64
	var wg sync.WaitGroup
	for i := range 50 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rollback := i%5 == 0
			n, err := issue(ctx, bdb, org, numbering.Invoice, 2026, rollback)
			if err != nil {
				t.Error(err)
				return
			}
			if !rollback {
				mu.Lock()
				kept = append(kept, n)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	slices.Sort(kept)
	for i, n := range kept {
		if n != int64(i+1) {
			t.Fatalf("committed numbers %v: want exactly 1..%d", kept, len(kept))
		}
	}
	if len(kept) != 40 {
		t.Fatalf("%d committed", len(kept))
	}
}

func TestRollbackGivesTheNumberBack(t *testing.T) {
	bdb, _ := testdb.New(t)
	org := newOrg(t, bdb, "Atelier")
	ctx := context.Background()
	steps := []struct {
		rollback bool
		want     int64
	}{{false, 1}, {true, 2}, {true, 2}, {false, 2}, {false, 3}}
	for i, s := range steps {
		n, err := issue(ctx, bdb, org, numbering.Invoice, 2026, s.rollback)
		if err != nil {
			t.Fatal(err)
		}
		if n != s.want {
			t.Fatalf("step %d: got %d, want %d", i, n, s.want)
		}
	}
	// The first issue ever rolled back: the row itself goes, and 1 is free again.
	if n, _ := issue(ctx, bdb, org, numbering.CreditNote, 2026, true); n != 1 {
		t.Fatalf("first credit note %d", n)
	}
	if n, _ := issue(ctx, bdb, org, numbering.CreditNote, 2026, false); n != 1 {
		t.Fatalf("credit note after a rollback %d", n)
	}
}

func TestSequencesPerYearKindAndOrganisation(t *testing.T) {
	bdb, _ := testdb.New(t)
	a, b := newOrg(t, bdb, "Atelier A"), newOrg(t, bdb, "Atelier B")
	ctx := context.Background()
	next := func(org uuid.UUID, kind numbering.Kind, year int) int64 {
		t.Helper()
		n, err := issue(ctx, bdb, org, kind, year, false)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	for range 3 {
		next(a, numbering.Invoice, 2026)
	}
	checks := []struct {
		org  uuid.UUID
		kind numbering.Kind
		year int
		want int64
	}{
		{a, numbering.Invoice, 2026, 4},
		{a, numbering.Invoice, 2027, 1}, // a new year starts at 1
		{a, numbering.Invoice, 2027, 2},
		{a, numbering.Invoice, 2026, 5}, // a late 2026 issue keeps its own year's count
		{a, numbering.CreditNote, 2026, 1},
		{a, numbering.Quote, 2026, 1},
		{b, numbering.Invoice, 2026, 1}, // another organisation has its own
		{b, numbering.Invoice, 2026, 2},
		{a, numbering.Invoice, 2026, 6},
	}
	for i, c := range checks {
		if got := next(c.org, c.kind, c.year); got != c.want {
			t.Fatalf("check %d (%s %d): got %d, want %d", i, c.kind, c.year, got, c.want)
		}
	}
}

func TestRefusals(t *testing.T) {
	bdb, _ := testdb.New(t)
	org := newOrg(t, bdb, "Atelier")
	ctx := context.Background()
	if _, err := numbering.Next(ctx, bdb, org, numbering.Invoice, 2026); !errors.Is(err, numbering.ErrNoTransaction) {
		t.Fatalf("outside a transaction: %v", err)
	}
	err := bdb.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		if _, err := numbering.Next(ctx, tx, org, numbering.Kind("X"), 2026); err == nil {
			t.Error("an unknown kind was numbered")
		}
		if _, err := numbering.Next(ctx, &tx, org, numbering.Quote, 2026); err != nil {
			t.Errorf("through *bun.Tx: %v", err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := issue(ctx, bdb, org, numbering.Invoice, 1999, false); err == nil {
		t.Error("year 1999 was numbered")
	}
}

func TestFormatAndYear(t *testing.T) {
	for _, c := range []struct {
		kind numbering.Kind
		year int
		n    int64
		want string
	}{
		{numbering.Invoice, 2026, 42, "F-2026-00042"},
		{"F", 2026, 42, "F-2026-00042"},
		{numbering.CreditNote, 2026, 1, "AV-2026-00001"},
		{numbering.Quote, 2026, 12, "D-2026-00012"},
		{numbering.Invoice, 2027, 123456, "F-2027-123456"},
	} {
		if got := numbering.Format(c.kind, c.year, c.n); got != c.want {
			t.Errorf("Format = %q, want %q", got, c.want)
		}
	}
	// 23:30 UTC on 31 December 2026 is 00:30 on 1 January 2027 in Paris.
	if y := numbering.YearOf(time.Date(2026, 12, 31, 23, 30, 0, 0, time.UTC)); y != 2027 {
		t.Errorf("YearOf = %d", y)
	}
}
