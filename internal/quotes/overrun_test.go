package quotes

import (
	"testing"

	"github.com/google/uuid"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/kernel/money"
	"github.com/postprod/postprod/internal/kernel/pricing"
)

func TestExcessQuantityIsExactlyTheExcess(t *testing.T) {
	day := Frozen{Kind: db.LineRoomWithOperator, Unit: db.QuoteUnitDay, HoursPerDay: 8, UnitPrice: 65000, VatRate: 2000}
	half := Frozen{Kind: db.LineTechnician, Unit: db.QuoteUnitHalfDay, HoursPerDay: 7, UnitPrice: 20001, VatRate: 2000}
	hour := Frozen{Kind: db.LineRoom, Unit: db.QuoteUnitHour, HoursPerDay: 8, UnitPrice: 9000, VatRate: 0}
	for _, c := range []struct {
		name   string
		f      Frozen
		excess int
		q      money.Quantity
		unit   db.QuoteUnit
		price  money.Cents
		net    money.Cents
	}{
		{"half a day of 8 h", day, 240, 500, db.QuoteUnitDay, 65000, 32500},
		{"a day and a quarter", day, 600, 1250, db.QuoteUnitDay, 65000, 81250},
		{"an eighth of a day is a thousandth-exact 0.125", day, 60, 125, db.QuoteUnitDay, 65000, 8125},
		{"100 min falls back to hours", day, 100, 1667, db.QuoteUnitHour, 8125, 13544},
		{"1 min: not a thousandth of a day", day, 1, 17, db.QuoteUnitHour, 8125, 138},
		{"half days of 7 h, hourly price half-up", half, 100, 1667, db.QuoteUnitHour, 5715, 9527}, // 20001 × 60 / 210 = 5714.57
		{"half days of 7 h, exact", half, 210, 1000, db.QuoteUnitHalfDay, 20001, 20001},
		{"hours, whole", hour, 120, 2000, db.QuoteUnitHour, 9000, 18000},
		{"hours, 3 decimals half-up", hour, 1, 17, db.QuoteUnitHour, 9000, 153},
	} {
		q, unit, price := ExcessQuantity(c.f, c.excess)
		net := pricing.Line{Quantity: q, UnitPrice: price, VatRate: c.f.VatRate}.Net()
		if q != c.q || unit != c.unit || price != c.price || net != c.net {
			t.Errorf("%s: %v %s at %v = %v, want %v %s at %v = %v", c.name, q, unit, price, net, c.q, c.unit, c.price, c.net)
		}
	}
}

func TestSoldFoldsVersionsAndAmendments(t *testing.T) {
	prod, edit, mix := uuid.New(), uuid.New(), uuid.New()
	lines := []soldLine{
		// The accepted version: the room first, then the room with its operator.
		{ProductionID: prod, OperationID: edit, FromVersion: true, Position: 0, Kind: db.LineRoom, Quantity: 2000, Unit: db.QuoteUnitDay, HoursPerDay: 8, UnitPrice: 30000, Net: 60000},
		{ProductionID: prod, OperationID: edit, FromVersion: true, Position: 1, Kind: db.LineRoomWithOperator, Quantity: 2000, Unit: db.QuoteUnitDay, HoursPerDay: 8, UnitPrice: 65000, VatRate: 2000, Net: 130000},
		{ProductionID: prod, OperationID: mix, FromVersion: true, Position: 2, Kind: db.LineFlat, Quantity: 1000, Unit: db.QuoteUnitFlat, UnitPrice: 100000, Net: 100000},
		// An accepted amendment: four more hours of edit, and the mix by the hour.
		{ProductionID: prod, OperationID: edit, Position: 0, Kind: db.LineTechnician, Quantity: 4000, Unit: db.QuoteUnitHour, HoursPerDay: 8, UnitPrice: 5000, Net: 20000},
		{ProductionID: prod, OperationID: mix, Position: 1, Kind: db.LineTechnician, Quantity: 2500, Unit: db.QuoteUnitHour, HoursPerDay: 8, UnitPrice: 7000, VatRate: 2000, Net: 17500},
		{ProductionID: uuid.New(), OperationID: edit, FromVersion: true, Kind: db.LineRoom, Quantity: 9000, Unit: db.QuoteUnitDay, HoursPerDay: 8, Net: 1},
	}
	s := &Sold{ProductionID: prod, Operations: map[uuid.UUID]*OperationSold{}}
	foldSold(s, lines)
	e, m := s.Operations[edit], s.Operations[mix]
	if e.Minutes != 2*480+2*480+240 || e.Amount != 210000 || e.Frozen == nil || e.Frozen.Kind != db.LineRoomWithOperator || e.Frozen.UnitPrice != 65000 {
		t.Fatalf("edit %+v frozen %+v", e, e.Frozen)
	}
	// Sold flat then by the hour by an amendment: frozen at the amendment's line.
	if m.Minutes != 150 || m.Amount != 117500 || m.Frozen == nil || m.Frozen.Unit != db.QuoteUnitHour || m.Frozen.UnitPrice != 7000 {
		t.Fatalf("mix %+v frozen %+v", m, m.Frozen)
	}
	f := s.FiguresOf(edit, 3000)
	if *f.Minutes != 2160 || *f.Amount != 210000 || f.OverMinutes != 840 {
		t.Fatalf("figures %+v", f)
	}
	if f := s.FiguresOf(uuid.New(), 600); f.Minutes != nil || f.Amount != nil || f.OverMinutes != 0 {
		t.Fatalf("nothing sold: %+v", f)
	}
}
