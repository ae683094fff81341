package dataloaders

import (
	"context"
	"time"

	"github.com/google/uuid"
	"github.com/graph-gophers/dataloader/v7"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/kernel/apperr"
)

func options[V any](cached bool) []dataloader.Option[uuid.UUID, V] {
	o := []dataloader.Option[uuid.UUID, V]{dataloader.WithWait[uuid.UUID, V](5 * time.Millisecond), dataloader.WithBatchCapacity[uuid.UUID, V](500)}
	if !cached {
		o = append(o, dataloader.WithCache[uuid.UUID, V](&dataloader.NoCache[uuid.UUID, V]{}))
	}
	return o
}

// missingKey is NOT_FOUND naming the key.
func missingKey(k uuid.UUID) error { return apperr.NotFoundErr(k.String()) }

// missingProduction is what productions.Get says of a production the caller
// may not see.
func missingProduction(uuid.UUID) error { return apperr.NotFoundErr("production") }

// byID maps each key to its row; a key without a row is NOT_FOUND for that
// key only.
func byID[V any](cached bool, fetch db.Batch[V], key func(V) uuid.UUID) *dataloader.Loader[uuid.UUID, V] {
	return byIDOr(cached, fetch, key, missingKey)
}

// byIDOr is byID with the error of a key without a row.
func byIDOr[V any](cached bool, fetch db.Batch[V], key func(V) uuid.UUID, notFound func(uuid.UUID) error) *dataloader.Loader[uuid.UUID, V] {
	return dataloader.NewBatchedLoader(func(ctx context.Context, keys []uuid.UUID) []*dataloader.Result[V] {
		rows, err := fetch(ctx, keys)
		out := make([]*dataloader.Result[V], len(keys))
		m := make(map[uuid.UUID]V, len(rows))
		for _, r := range rows {
			m[key(r)] = r
		}
		for i, k := range keys {
			switch v, ok := m[k]; {
			case err != nil:
				out[i] = &dataloader.Result[V]{Error: err}
			case !ok:
				out[i] = &dataloader.Result[V]{Error: notFound(k)}
			default:
				out[i] = &dataloader.Result[V]{Data: v}
			}
		}
		return out
	}, options[V](cached)...)
}

// grouped maps each key to all rows that carry it (possibly none), in the
// order the batch read them.
func grouped[V any](cached bool, fetch db.Batch[V], key func(V) uuid.UUID) *dataloader.Loader[uuid.UUID, []V] {
	return groupedMany(cached, fetch, func(v V) []uuid.UUID { return []uuid.UUID{key(v)} })
}

// groupedMany is grouped for rows that belong to several keys at once (a
// cascade shift moved several tasks).
func groupedMany[V any](cached bool, fetch db.Batch[V], keys func(V) []uuid.UUID) *dataloader.Loader[uuid.UUID, []V] {
	return dataloader.NewBatchedLoader(func(ctx context.Context, ks []uuid.UUID) []*dataloader.Result[[]V] {
		rows, err := fetch(ctx, ks)
		m := make(map[uuid.UUID][]V, len(ks))
		for _, r := range rows {
			for _, k := range keys(r) {
				m[k] = append(m[k], r)
			}
		}
		out := make([]*dataloader.Result[[]V], len(ks))
		for i, k := range ks {
			if err != nil {
				out[i] = &dataloader.Result[[]V]{Error: err}
				continue
			}
			v := m[k]
			if v == nil {
				v = []V{}
			}
			out[i] = &dataloader.Result[[]V]{Data: v}
		}
		return out
	}, options[[]V](cached)...)
}
