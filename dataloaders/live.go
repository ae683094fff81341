package dataloaders

import (
	"context"
	"sync"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/internal/slips"
)

// Live gives subscriptions their loaders. An idle subscription holds none:
// the subscribers of one organisation share one cached set per event, so
// an event's rows are read once whatever the number of subscribers, and the
// next event (Generation moves first) gets a fresh set. Sharing is sound
// because these loaders only pin the organisation (the parent row was
// authorised for its caller); the two loaders computed for the caller
// (tracking, slip warnings) stay per subscription.
type Live struct {
	db bun.IDB
	// Generation counts an organisation's events so far (live.Broker).
	generation func(org uuid.UUID) int64
	mu         sync.Mutex
	sets       map[uuid.UUID]*liveSet
}

type liveSet struct {
	gen     int64
	loaders *Loaders
}

func NewLive(idb bun.IDB, generation func(org uuid.UUID) int64) *Live {
	return &Live{db: idb, generation: generation, sets: map[uuid.UUID]*liveSet{}}
}

// shared is the organisation's set for its current event.
func (lv *Live) shared(org uuid.UUID) *Loaders {
	gen := lv.generation(org)
	lv.mu.Lock()
	defer lv.mu.Unlock()
	s := lv.sets[org]
	if s == nil || s.gen != gen {
		s = &liveSet{gen: gen, loaders: New(lv.db, org, true)}
		lv.sets[org] = s
	}
	return s.loaders
}

// subscription is what one subscription keeps in its context: a few words
// until it resolves an event.
type subscription struct {
	live *Live
	org  uuid.UUID
	once sync.Once
	// Per caller, uncached: each event reads them afresh.
	tracking *Loader[*slips.Tracking]
	warnings *Loader[[]*slips.Flag]
}

// WithLive installs a subscription's loaders: For then answers the shared
// set of the organisation's current event.
func WithLive(ctx context.Context, lv *Live, org uuid.UUID) context.Context {
	return context.WithValue(ctx, ctxKey{}, &subscription{live: lv, org: org})
}

func (s *subscription) loaders() *Loaders {
	s.once.Do(func() {
		s.tracking = trackingByProduction(false, s.live.db, s.org)
		s.warnings = warningsBySlip(false, s.live.db, s.org)
	})
	l := *s.live.shared(s.org)
	l.TrackingByProduction, l.WarningsBySlip = s.tracking, s.warnings
	return &l
}

// The loaders computed for their caller: never shared between callers.
func trackingByProduction(cached bool, idb bun.IDB, org uuid.UUID) *Loader[*slips.Tracking] {
	return byIDOr(cached, slips.TrackingByProduction(idb, org), func(t *slips.Tracking) uuid.UUID { return t.ProductionID }, missingProduction)
}

func warningsBySlip(cached bool, idb bun.IDB, org uuid.UUID) *Loader[[]*slips.Flag] {
	return grouped(cached, slips.WarningsBySlip(idb, org), func(f *slips.Flag) uuid.UUID { return f.SlipID })
}
