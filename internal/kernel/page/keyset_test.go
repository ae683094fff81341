package page

import (
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"
)

type row struct {
	When *time.Time
	ID   uuid.UUID
}

var nullable = Order[row]{Name: "t", Terms: []Term[row]{
	{Col: "r.when", Cast: Timestamp, Desc: true, Nullable: true, Value: func(r row) any { return r.When }},
	By("r.id", UUID, func(r row) any { return r.ID }),
}}

// A cursor holds what its row holds, NULL included, and reads back as it.
func TestCursorRoundTrip(t *testing.T) {
	at := time.Date(2026, 3, 2, 9, 30, 0, 123456000, time.FixedZone("Paris", 3600))
	for _, r := range []row{{&at, uuid.New()}, {nil, uuid.New()}} {
		_, k, err := decode(nullable.cursor(r))
		if err != nil {
			t.Fatal(err)
		}
		vals, err := nullable.values(k)
		if err != nil {
			t.Fatal(err)
		}
		if (r.When == nil) != (vals[0] == nil) || *vals[1] != r.ID.String() {
			t.Fatalf("%+v read back as %v", r, vals)
		}
		if r.When != nil && *vals[0] != "2026-03-02T08:30:00.123456Z" {
			t.Fatalf("time read back as %s", *vals[0])
		}
	}
}

// A nullable key, NULLs last in a descending order: after a value come the
// smaller values and the NULLs; after a NULL, only the NULLs with a
// greater id. Only the NULL case bounds an index scan.
func TestWhereNullsLast(t *testing.T) {
	v, id := "2026-03-02T08:30:00Z", uuid.NewString()
	b := nullable.where([]*string{&v, &id})
	if len(b) != 1 || !strings.Contains(b[0].sql, "r.when < ?::timestamptz OR r.when IS NULL") || !strings.Contains(b[0].sql, "r.when = ?::timestamptz AND r.id > ?::uuid") {
		t.Fatalf("after a value: %+v", b)
	}
	b = nullable.where([]*string{nil, &id})
	if len(b) != 2 || !strings.Contains(b[0].sql, "(false)") || !strings.Contains(b[0].sql, "r.when IS NULL AND r.id > ?::uuid") || b[1].sql != "r.when IS NULL" {
		t.Fatalf("after a NULL: %+v", b)
	}
	if got := nullable.Terms[0].orderBy(); got != "r.when DESC NULLS LAST" {
		t.Fatalf("order by %s", got)
	}
}
