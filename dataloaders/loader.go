package dataloaders

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/google/uuid"

	"github.com/postprod/postprod/dataloaders/wave"
)

// Loader reads the rows of many keys in one batch. Under an operation's
// wave (wave.From) a batch is read as soon as no field that could add a key
// to it is running; elsewhere (a subscription's shared set) it is read
// timerWait after its first key, by whichever subscriber asked first.
type Loader[V any] struct {
	fetch  func(ctx context.Context, keys []uuid.UUID) []result[V]
	cached bool

	mu    sync.Mutex
	cache map[uuid.UUID]slot[V] // cached loaders: each key read once per set
	open  *batch[V]             // the batch taking keys, not yet fired
}

// timerWait is how long a batch without a wave takes keys.
const timerWait = 5 * time.Millisecond

// maxBatch keys at most per statement; a fuller batch is read at once.
const maxBatch = 500

type result[V any] struct {
	v   V
	err error
}

type slot[V any] struct {
	b *batch[V]
	i int
}

type batch[V any] struct {
	loader *Loader[V]
	ctx    context.Context // the first caller's
	wave   *wave.Wave      // nil: fired by its timer
	keys   []uuid.UUID
	out    []result[V]
	fired  bool // under loader.mu
	done   chan struct{}

	mu       sync.Mutex
	finished bool
	waiters  int
}

func newLoader[V any](cached bool, fetch func(ctx context.Context, keys []uuid.UUID) []result[V]) *Loader[V] {
	l := &Loader[V]{fetch: fetch, cached: cached}
	if cached {
		l.cache = map[uuid.UUID]slot[V]{}
	}
	return l
}

// Load asks for key; the returned function waits for its batch.
func (l *Loader[V]) Load(ctx context.Context, key uuid.UUID) func() (V, error) {
	s := l.add(ctx, key)
	return func() (V, error) {
		s.b.await()
		r := s.b.out[s.i]
		return r.v, r.err
	}
}

// LoadMany asks for keys; the returned function waits for their batches
// and answers in the keys' order, errs nil when every key was found.
func (l *Loader[V]) LoadMany(ctx context.Context, keys []uuid.UUID) func() ([]V, []error) {
	slots := make([]slot[V], len(keys))
	for i, k := range keys {
		slots[i] = l.add(ctx, k)
	}
	return func() ([]V, []error) {
		vs := make([]V, len(slots))
		var errs []error
		for i, s := range slots {
			s.b.await()
			r := s.b.out[s.i]
			vs[i] = r.v
			if r.err != nil {
				if errs == nil {
					errs = make([]error, len(slots))
				}
				errs[i] = r.err
			}
		}
		return vs, errs
	}
}

func (l *Loader[V]) add(ctx context.Context, key uuid.UUID) slot[V] {
	l.mu.Lock()
	defer l.mu.Unlock()
	if s, ok := l.cache[key]; ok {
		return s
	}
	b := l.open
	if b == nil {
		b = &batch[V]{loader: l, ctx: ctx, wave: wave.From(ctx), done: make(chan struct{})}
		l.open = b
		if b.wave != nil {
			b.wave.Enqueue(b)
		} else {
			time.AfterFunc(timerWait, func() {
				if b.Claim() {
					b.Read()
				}
			})
		}
	}
	s := slot[V]{b: b, i: len(b.keys)}
	b.keys = append(b.keys, key)
	if l.cached {
		l.cache[key] = s
	}
	if len(b.keys) == maxBatch {
		b.fired, l.open = true, nil
		if b.wave != nil {
			b.wave.Launch()
		}
		go b.Read()
	}
	return s
}

// Claim takes the batch from its loader for reading (wave.Batch): no key
// joins it any more; false if it was taken already.
func (b *batch[V]) Claim() bool {
	l := b.loader
	l.mu.Lock()
	defer l.mu.Unlock()
	if b.fired {
		return false
	}
	b.fired = true
	if l.open == b {
		l.open = nil
	}
	return true
}

// Read reads a claimed batch and wakes its waiters.
func (b *batch[V]) Read() {
	b.out = b.loader.safeFetch(b.ctx, b.keys)
	b.mu.Lock()
	b.finished = true
	n := b.waiters
	b.mu.Unlock()
	// The waiters count as running again before any of them wakes.
	if b.wave != nil && n > 0 {
		b.wave.Resume(n)
	}
	close(b.done)
	if b.wave != nil {
		b.wave.Finished()
	}
}

// await waits for the batch; while it waits, its field no longer counts as
// running in its wave.
func (b *batch[V]) await() {
	select {
	case <-b.done:
		return
	default:
	}
	b.mu.Lock()
	if b.finished {
		b.mu.Unlock()
		<-b.done
		return
	}
	b.waiters++
	b.mu.Unlock()
	if b.wave != nil {
		b.wave.Block()
	}
	<-b.done
}

// safeFetch turns a panic of the batch read into an error for each key.
func (l *Loader[V]) safeFetch(ctx context.Context, keys []uuid.UUID) (out []result[V]) {
	defer func() {
		if r := recover(); r != nil {
			err := fmt.Errorf("panic in batch read: %v", r)
			out = make([]result[V], len(keys))
			for i := range out {
				out[i].err = err
			}
		}
	}()
	out = l.fetch(ctx, keys)
	if len(out) != len(keys) {
		panic(fmt.Sprintf("%d results for %d keys", len(out), len(keys)))
	}
	return out
}
