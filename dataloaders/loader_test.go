package dataloaders

import (
	"context"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/google/uuid"

	"github.com/postprod/postprod/dataloaders/wave"
)

// Under a wave, a batch is read when every announced field is done or
// waiting: the keys of three fields are one read, and the fields that a
// read wakes (counted before they run) ask the next level in one read too.
func TestWaveReadsEachLevelOnce(t *testing.T) {
	var reads atomic.Int64
	var sizes sync.Map
	fetch := func(_ context.Context, keys []uuid.UUID) []result[uuid.UUID] {
		sizes.Store(reads.Add(1), len(keys))
		out := make([]result[uuid.UUID], len(keys))
		for i, k := range keys {
			out[i].v = k
		}
		return out
	}
	first, second := newLoader(true, fetch), newLoader(true, fetch)
	const fields = 3
	w := wave.New(fields)
	ctx := wave.With(context.Background(), w)
	var wg sync.WaitGroup
	for range fields {
		wg.Go(func() {
			k := uuid.New()
			if v, err := first.Load(ctx, k)(); err != nil || v != k {
				t.Errorf("first level: %v %v", v, err)
			}
			if v, err := second.Load(ctx, k)(); err != nil || v != k {
				t.Errorf("second level: %v %v", v, err)
			}
			w.Done(0)
		})
	}
	wg.Wait()
	if reads.Load() != 2 {
		t.Fatalf("%d reads for two levels", reads.Load())
	}
	for i := int64(1); i <= 2; i++ {
		if n, _ := sizes.Load(i); n != fields {
			t.Fatalf("read %d had %v keys, want %d", i, n, fields)
		}
	}
}
