package dataloaders

import (
	"context"
	"errors"
	"testing"

	"github.com/google/uuid"

	"github.com/postprod/postprod/internal/kernel/apperr"
)

type row struct{ id, parent uuid.UUID }

// The batch returns rows in its own order and leaves some keys out: each
// key still gets its own row (or NOT_FOUND), its own group (or an empty
// one), and an error of the batch reaches every key.
func TestGenericLoadersMapRowsBackToKeys(t *testing.T) {
	ctx := context.Background()
	a, b, missing, parent, lonely := uuid.New(), uuid.New(), uuid.New(), uuid.New(), uuid.New()
	rows := []*row{{id: b, parent: parent}, {id: a, parent: parent}}
	fetch := func(context.Context, []uuid.UUID) ([]*row, error) { return rows, nil }

	one := byID(true, fetch, func(r *row) uuid.UUID { return r.id })
	thunks := one.LoadMany(ctx, []uuid.UUID{a, missing, b})
	got, errs := thunks()
	if got[0].id != a || got[2].id != b {
		t.Fatalf("rows not in key order: %v %v", got[0], got[2])
	}
	if ae, ok := apperr.As(errs[1]); !ok || ae.Code != apperr.NotFound || errs[0] != nil || errs[2] != nil {
		t.Fatalf("errors: %v", errs)
	}
	named := byIDOr(true, fetch, func(r *row) uuid.UUID { return r.id }, missingProduction)
	if _, err := named.Load(ctx, missing)(); err == nil || err.Error() != apperr.NotFoundErr("production").Error() {
		t.Fatalf("named NOT_FOUND: %v", err)
	}

	groups := grouped(true, fetch, func(r *row) uuid.UUID { return r.parent })
	all, errs := groups.LoadMany(ctx, []uuid.UUID{lonely, parent})()
	if errs != nil || all[0] == nil || len(all[0]) != 0 || len(all[1]) != 2 || all[1][0].id != b {
		t.Fatalf("groups: %v %v", all, errs)
	}

	many := groupedMany(true, fetch, func(r *row) []uuid.UUID { return []uuid.UUID{r.id, r.parent} })
	if v, err := many.Load(ctx, a)(); err != nil || len(v) != 1 || v[0].id != a {
		t.Fatalf("a row under several keys: %v %v", v, err)
	}

	boom := errors.New("boom")
	failing := grouped(false, func(context.Context, []uuid.UUID) ([]*row, error) { return nil, boom }, func(r *row) uuid.UUID { return r.parent })
	if _, errs := failing.LoadMany(ctx, []uuid.UUID{a, b})(); len(errs) != 2 || !errors.Is(errs[0], boom) || !errors.Is(errs[1], boom) {
		t.Fatalf("batch error: %v", errs)
	}
}
