package slips_test

import (
	"context"
	"reflect"
	"testing"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/db/testdb"
	"github.com/postprod/postprod/internal/auth"
	"github.com/postprod/postprod/internal/demo"
	"github.com/postprod/postprod/internal/kernel/apperr"
	"github.com/postprod/postprod/internal/kernel/dates"
	"github.com/postprod/postprod/internal/slips"
)

func TestMain(m *testing.M) { testdb.Main(m) }

// alone is the tracking of one production computed by itself, as
// Service.Tracking did before trackings were batched.
func alone(t *testing.T, idb bun.IDB, org, id uuid.UUID, today dates.Date) *slips.Tracking {
	t.Helper()
	per, err := slips.ComputeOf(context.Background(), idb, org, []uuid.UUID{id}, today)
	if err != nil {
		t.Fatal(err)
	}
	return per[id]
}

// The tracking of many productions at once is, for each, the tracking of
// that production alone; and it keeps who may see what.
func TestTrackingsOfManyProductionsAreEachAlone(t *testing.T) {
	ctx := context.Background()
	bdb, _ := testdb.New(t)
	if err := db.InTx(ctx, bdb, func(tx bun.Tx) error { _, err := demo.Seed(ctx, tx); return err }); err != nil {
		t.Fatal(err)
	}
	var prods []db.Production
	if err := bdb.NewSelect().Model(&prods).Order("title").Scan(ctx); err != nil || len(prods) < 2 {
		t.Fatalf("%d productions (%v)", len(prods), err)
	}
	org := prods[0].OrganisationID
	ids := make([]uuid.UUID, 0, len(prods)+1)
	for _, p := range prods {
		ids = append(ids, p.ID)
	}
	ids = append(ids, uuid.New()) // no such production: left out
	today := dates.Today()

	coord := &auth.Principal{OrganisationID: org, Role: db.RoleCoordinator}
	got, err := slips.TrackingsOf(ctx, bdb, coord, ids, today)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(prods) {
		t.Fatalf("%d trackings for %d productions", len(got), len(prods))
	}
	rows := 0
	for _, tr := range got {
		if want := alone(t, bdb, org, tr.ProductionID, today); !reflect.DeepEqual(tr, want) {
			t.Fatalf("production %s in a batch:\n%+v\nalone:\n%+v", tr.ProductionID, tr, want)
		}
		rows += len(tr.Operations)
	}
	if rows == 0 {
		t.Fatal("the demo gave no tracking rows to compare")
	}

	// A producer gets their client's productions only.
	client := prods[0].ClientID
	producer := &auth.Principal{OrganisationID: org, Role: db.RoleProducer, ClientID: &client}
	mine, err := slips.TrackingsOf(ctx, bdb, producer, ids, today)
	if err != nil {
		t.Fatal(err)
	}
	want := 0
	for _, p := range prods {
		if p.ClientID == client {
			want++
		}
	}
	for _, tr := range mine {
		for _, p := range prods {
			if p.ID == tr.ProductionID && p.ClientID != client {
				t.Fatalf("a producer got the tracking of another client's production %s", p.Title)
			}
		}
	}
	if len(mine) != want {
		t.Fatalf("producer: %d trackings, %d productions of their client", len(mine), want)
	}

	// Technicians and rights holders are refused.
	for _, role := range []db.Role{db.RoleTechnician, db.RoleRightsHolder} {
		_, err := slips.TrackingsOf(ctx, bdb, &auth.Principal{OrganisationID: org, Role: role}, ids, today)
		if ae, ok := apperr.As(err); !ok || ae.Code != apperr.Forbidden {
			t.Fatalf("%s: %v", role, err)
		}
	}
}
