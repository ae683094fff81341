package server_test

import (
	"testing"

	"github.com/postprod/postprod/db"
)

type soldRow struct {
	Task            *struct{ ID string }
	Operation       struct{ ID string }
	ApprovedMinutes int
	SoldMinutes     *int
	SoldAmount      *string
	OverSoldMinutes int
}

type soldRows struct{ Tasks, Operations []soldRow }

func (r soldRows) operation(id string) soldRow {
	for _, o := range r.Operations {
		if o.Operation.ID == id {
			return o
		}
	}
	return soldRow{}
}

const soldRowFields = `task { id } operation { id } approvedMinutes soldMinutes soldAmount overSoldMinutes`

// soldRows is a production's tracking rows with their sold figures, as the
// member with role reads them.
func (o *org) soldRows(r db.Role, prod string) soldRows {
	o.e.t.Helper()
	var d struct {
		Production struct{ Tracking soldRows }
	}
	o.e.call(o.as(r), `query($id:ID!){ production(id:$id){ tracking { tasks { `+soldRowFields+` } operations { `+soldRowFields+` } } } }`,
		map[string]any{"id": prod}, &d)
	return d.Production.Tracking
}

// Tracking shows, per operation, what was sold beside what was worked:
// time in units of time only, the amount of every line, and the approved
// time beyond it; task rows have none; an operation sold only at a flat
// price has an amount and no time.
func TestTrackingShowsWhatWasSoldPerOperation(t *testing.T) {
	e := newEmptyEnv(t)
	fx := e.newOrg("Vendu Post")
	prod := fx.production("status", "IN_POST")
	fx.task(prod, "operationId", fx.op("OFFLINE_EDIT"), "startDate", daysAgo(20), "endDate", daysAgo(1), "plannedHours", 16, "allowNonWorking", true)
	fx.acceptedQuote(prod, twoDays,
		soldLine{op: "OFFLINE_EDIT", kind: db.LineTechnician, qty: 3000, unit: db.QuoteUnitHour, price: 5000, vat: 2000},
		soldLine{op: "SOUND_EDIT", kind: db.LineFlat, qty: 1000, unit: db.QuoteUnitFlat, price: 120000, vat: 2000})
	edit := []any{"operationId", fx.op("OFFLINE_EDIT")}
	fx.approvedSlip(prod, append(edit, "date", daysAgo(9), "start", "09:00", "end", "19:00")...)
	fx.approvedSlip(prod, append(edit, "date", daysAgo(8), "start", "09:00", "end", "18:00")...)
	fx.approvedSlip(prod, "date", daysAgo(7))
	fx.slip(prod, append(edit, "date", daysAgo(6), "start", "09:00", "end", "17:00")...) // submitted, not approved
	for _, r := range []db.Role{db.RoleCoordinator, db.RoleProducer} {
		rows := fx.soldRows(r, prod)
		if len(rows.Tasks) != 1 || rows.Tasks[0].SoldMinutes != nil || rows.Tasks[0].SoldAmount != nil || rows.Tasks[0].OverSoldMinutes != 0 {
			t.Fatalf("%s: task rows %+v", r, rows.Tasks)
		}
		edit, sound := rows.operation(fx.op("OFFLINE_EDIT")), rows.operation(fx.op("SOUND_EDIT"))
		if r == db.RoleProducer {
			// The producer follows the time sold; the amounts are the staff's
			// (prices reach a producer in the quotes sent to them).
			if edit.SoldAmount != nil || sound.SoldAmount != nil {
				t.Fatalf("the producer reads amounts sold: %+v %+v", edit, sound)
			}
			s1, s2 := "1450.00", "1200.00"
			edit.SoldAmount, sound.SoldAmount = &s1, &s2
		}
		// 16 h + 3 h sold = 1140 min; 19 h approved = 1140: nothing over.
		if edit.SoldMinutes == nil || *edit.SoldMinutes != 1140 || *edit.SoldAmount != "1450.00" || edit.ApprovedMinutes != 1140 || edit.OverSoldMinutes != 0 {
			t.Fatalf("%s: edit %+v", r, edit)
		}
		if sound.SoldMinutes != nil || sound.SoldAmount == nil || *sound.SoldAmount != "1200.00" || sound.OverSoldMinutes != 0 {
			t.Fatalf("%s: sound %+v", r, sound)
		}
	}
	fx.approvedSlip(prod, append(edit, "date", daysAgo(5), "start", "09:00", "end", "09:30")...)
	if op := fx.soldRows(db.RoleCoordinator, prod).operation(fx.op("OFFLINE_EDIT")); op.OverSoldMinutes != 30 {
		t.Fatalf("30 min over: %+v", op)
	}
	// Nothing sold: null figures.
	other := fx.production("status", "IN_POST")
	fx.approvedSlip(other, append(edit, "date", daysAgo(4))...)
	if op := fx.soldRows(db.RoleCoordinator, other).operation(fx.op("OFFLINE_EDIT")); op.SoldMinutes != nil || op.SoldAmount != nil || op.OverSoldMinutes != 0 {
		t.Fatalf("nothing sold: %+v", op)
	}
}

// The sold figures of every tracking row of many productions are read in
// a constant number of statements (one loader per request).
func TestSoldFiguresReadInConstantStatements(t *testing.T) {
	e := newEmptyEnv(t)
	fx := e.newOrg("Compte Post")
	coord := fx.as(db.RoleCoordinator)
	counter := &queryCounter{}
	e.DB.AddQueryHook(counter)
	measure := func() int64 {
		e.settle(e.API.URL) // the listener's reads of the builders' events are not the request's
		before := counter.n.Load()
		e.call(coord, `{ productions(first:50){ edges { node { tracking { operations { soldMinutes soldAmount overSoldMinutes } tasks { soldMinutes } } } } } }`, nil, &struct{}{})
		return counter.n.Load() - before
	}
	add := func() {
		prod := fx.production("status", "IN_POST")
		fx.acceptedQuote(prod, twoDays, soldLine{op: "SOUND_EDIT", kind: db.LineTechnician, qty: 1000, unit: db.QuoteUnitDay, price: 40000, vat: 2000})
		fx.approvedSlip(prod, "operationId", fx.op("OFFLINE_EDIT"), "date", daysAgo(3+fx.seq))
		fx.approvedSlip(prod, "date", daysAgo(40+fx.seq))
	}
	add()
	one := measure()
	for range 9 {
		add()
	}
	ten := measure()
	t.Logf("SQL statements: %d for one production, %d for ten", one, ten)
	// Authentication, the page, tracking (three statements) and what was
	// sold (one). A loader's batch window may close early on a loaded
	// machine and split a batch, hence the margin; a read per production
	// would give 40 or more.
	if one > 12 || ten > 12 {
		t.Fatalf("SQL statements: %d for one production, %d for ten", one, ten)
	}
}
