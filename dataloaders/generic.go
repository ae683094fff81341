package dataloaders

import (
	"context"

	"github.com/google/uuid"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/kernel/apperr"
)

// missingKey is NOT_FOUND naming the key.
func missingKey(k uuid.UUID) error { return apperr.NotFoundErr(k.String()) }

// missingProduction is what productions.Get says of a production the caller
// may not see.
func missingProduction(uuid.UUID) error { return apperr.NotFoundErr("production") }

// byID maps each key to its row; a key without a row is NOT_FOUND for that
// key only.
func byID[V any](cached bool, fetch db.Batch[V], key func(V) uuid.UUID) *Loader[V] {
	return byIDOr(cached, fetch, key, missingKey)
}

// byIDOr is byID with the error of a key without a row.
func byIDOr[V any](cached bool, fetch db.Batch[V], key func(V) uuid.UUID, notFound func(uuid.UUID) error) *Loader[V] {
	return newLoader(cached, func(ctx context.Context, keys []uuid.UUID) []result[V] {
		rows, err := fetch(ctx, keys)
		out := make([]result[V], len(keys))
		m := make(map[uuid.UUID]V, len(rows))
		for _, r := range rows {
			m[key(r)] = r
		}
		for i, k := range keys {
			switch v, ok := m[k]; {
			case err != nil:
				out[i].err = err
			case !ok:
				out[i].err = notFound(k)
			default:
				out[i].v = v
			}
		}
		return out
	})
}

// grouped maps each key to all rows that carry it (possibly none), in the
// order the batch read them.
func grouped[V any](cached bool, fetch db.Batch[V], key func(V) uuid.UUID) *Loader[[]V] {
	return groupedMany(cached, fetch, func(v V) []uuid.UUID { return []uuid.UUID{key(v)} })
}

// groupedMany is grouped for rows that belong to several keys at once (a
// cascade shift moved several tasks).
func groupedMany[V any](cached bool, fetch db.Batch[V], keys func(V) []uuid.UUID) *Loader[[]V] {
	return newLoader(cached, func(ctx context.Context, ks []uuid.UUID) []result[[]V] {
		rows, err := fetch(ctx, ks)
		m := make(map[uuid.UUID][]V, len(ks))
		for _, r := range rows {
			for _, k := range keys(r) {
				m[k] = append(m[k], r)
			}
		}
		out := make([]result[[]V], len(ks))
		for i, k := range ks {
			if err != nil {
				out[i].err = err
				continue
			}
			v := m[k]
			if v == nil {
				v = []V{}
			}
			out[i].v = v
		}
		return out
	})
}
