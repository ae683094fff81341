package server_test

import (
	"testing"
	"time"

	"github.com/google/uuid"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/kernel/dates"
)

type slipWarning struct {
	Code, Message         string
	Minutes, LimitMinutes int
}

func warningCodes(ws []slipWarning) []string {
	var out []string
	for _, w := range ws {
		out = append(out, w.Code)
	}
	return out
}

// inEnglish runs a query with Accept-Language: en.
func (e *env) inEnglish(token, query string, vars map[string]any) *result {
	e.t.Helper()
	r, _ := e.postAt(e.API.URL, token, "en", request(query, vars))
	return r
}

// lastSunday is the most recent Sunday at least a week ago, in Paris.
func lastSunday() dates.Date {
	d := dates.Of(time.Now().In(dates.Paris)).AddDays(-7)
	for d.Weekday() != time.Sunday {
		d = d.AddDays(-1)
	}
	return d
}

// Implausible slips are recorded and flagged: the technician sees the
// warnings before sending (checkSlip writes nothing) and on their slips,
// the coordinator in flaggedSlips; a producer sees no warning.
func TestSlipWarnings(t *testing.T) {
	e := newEnv(t)
	fx := e.newOrg("Alerte Post")
	prod := fx.production("status", "IN_POST")
	fx.teamMember(prod, fx.technicianID)
	tech, coord, producer := fx.as(db.RoleTechnician), fx.as(db.RoleCoordinator), fx.as(db.RoleProducer)
	sunday := lastSunday()
	input := func(kv ...any) map[string]any {
		in := fx.slipInput(prod, append([]any{"date", sunday.String(), "technicianId", nil}, kv...)...)
		return in
	}
	const check = `query($in:SlipInput!){ checkSlip(input:$in){ workedMinutes nightMinutes sundayOrHoliday warnings { code message minutes limitMinutes } } }`
	type checked struct {
		CheckSlip struct {
			WorkedMinutes, NightMinutes int
			SundayOrHoliday             bool
			Warnings                    []slipWarning
		}
	}
	count := func() int {
		var d struct{ Slips struct{ TotalCount int } }
		e.call(coord, `{ slips { totalCount } }`, nil, &d)
		return d.Slips.TotalCount
	}

	// 18:00 → 09:00 on a Sunday without a break: 15 h.
	night := input("start", "18:00", "end", "09:00")
	var c checked
	before := count()
	e.call(tech, check, map[string]any{"in": night}, &c)
	if count() != before {
		t.Fatal("checkSlip recorded a slip")
	}
	w := c.CheckSlip.Warnings
	if c.CheckSlip.WorkedMinutes != 900 || !c.CheckSlip.SundayOrHoliday || c.CheckSlip.NightMinutes != 480 ||
		len(w) != 2 || w[0].Code != "SESSION_OVER_10H" || w[0].Message != "Séance de 15 h (au-delà de 10 h)" ||
		w[1].Code != "DAY_OVER_12H" || w[1].Message != "Journée de 15 h (au-delà de 12 h)" || w[1].Minutes != 900 || w[1].LimitMinutes != 720 {
		t.Fatalf("%+v", c.CheckSlip)
	}
	var sub struct {
		SubmitSlip struct {
			ID       string
			Warnings []slipWarning
		}
	}
	e.call(tech, `mutation($in:SlipInput!){ submitSlip(input:$in){ id warnings { code message minutes limitMinutes } } }`, map[string]any{"in": night}, &sub)
	if got := warningCodes(sub.SubmitSlip.Warnings); len(got) != 2 || sub.SubmitSlip.Warnings[1] != w[1] {
		t.Fatalf("the recorded slip's warnings %+v, checked %+v", sub.SubmitSlip.Warnings, w)
	}
	nightID := sub.SubmitSlip.ID

	// A second slip that Sunday morning brings the day to 24 h: said before sending.
	morning := input("start", "08:00", "end", "17:00")
	e.call(tech, check, map[string]any{"in": morning}, &c)
	if got := c.CheckSlip.Warnings; len(got) != 0 {
		// 08:00–17:00 comes first in the day: the night session is the one past 12 h.
		t.Fatalf("the morning before the night: %+v", got)
	}
	e.call(tech, `mutation($in:SlipInput!){ submitSlip(input:$in){ id } }`, map[string]any{"in": morning}, &struct{}{})
	var one struct {
		Slip struct{ Warnings []slipWarning }
	}
	e.call(tech, `query($id:ID!){ slip(id:$id){ warnings { code message minutes limitMinutes } } }`, map[string]any{"id": nightID}, &one)
	if ws := one.Slip.Warnings; len(ws) != 2 || ws[1].Message != "Journée de 24 h (au-delà de 12 h)" {
		t.Fatalf("the night after the morning: %+v", ws)
	}
	// In English.
	r := e.inEnglish(tech, `query($id:ID!){ slip(id:$id){ warnings { message } } }`, map[string]any{"id": nightID})
	var en struct {
		Slip struct{ Warnings []struct{ Message string } }
	}
	r.decode(t, &en)
	if en.Slip.Warnings[1].Message != "Day of 24 h (over 12 h)" {
		t.Fatalf("in English: %+v", en.Slip.Warnings)
	}

	// The Monday after starts 8 h after the night ended: short rest, on both.
	monday := input("date", sunday.AddDays(1).String(), "start", "17:00", "end", "19:00")
	e.call(tech, check, map[string]any{"in": monday}, &c)
	if got := c.CheckSlip.Warnings; len(got) != 1 || got[0].Code != "SHORT_REST" || got[0].Minutes != 480 ||
		got[0].Message != "Repos de 8 h seulement avant cette séance (moins de 11 h)" {
		t.Fatalf("Monday: %+v", got)
	}

	// A week over 48 h: the Sunday's 24 h on top of 5 × 6 h from Monday to Friday before.
	for i := 6; i >= 2; i-- {
		e.call(tech, `mutation($in:SlipInput!){ submitSlip(input:$in){ id } }`,
			map[string]any{"in": input("clientId", uuid.NewString(), "date", sunday.AddDays(-i).String(), "start", "09:00", "end", "15:00")}, &struct{}{})
	}
	e.call(tech, `query($id:ID!){ slip(id:$id){ warnings { code message minutes limitMinutes } } }`, map[string]any{"id": nightID}, &one)
	if got := warningCodes(one.Slip.Warnings); len(got) != 3 || got[2] != "WEEK_OVER_48H" || one.Slip.Warnings[2].Message != "Semaine de 54 h (au-delà de 48 h)" {
		t.Fatalf("the week: %+v", one.Slip.Warnings)
	}

	// The coordinator's list holds the flagged slips only; a producer sees no warning.
	var fl struct {
		FlaggedSlips struct {
			TotalCount int
			Edges      []struct {
				Node struct {
					ID       string
					Warnings []slipWarning
				}
			}
		}
	}
	e.call(coord, `{ flaggedSlips { totalCount edges { node { id warnings { code } } } } }`, nil, &fl)
	if fl.FlaggedSlips.TotalCount != 1 || fl.FlaggedSlips.Edges[0].Node.ID != nightID || len(fl.FlaggedSlips.Edges[0].Node.Warnings) != 3 {
		t.Fatalf("flagged: %+v", fl.FlaggedSlips)
	}
	e.call(producer, `query($id:ID!){ slip(id:$id){ warnings { code } } }`, map[string]any{"id": nightID}, &one)
	if len(one.Slip.Warnings) != 0 {
		t.Fatalf("a producer sees %+v", one.Slip.Warnings)
	}
	for _, who := range []string{tech, producer} {
		if r := e.do(who, `{ flaggedSlips { totalCount } }`, nil); r.code() != "FORBIDDEN" {
			t.Fatalf("flaggedSlips for a non-staff: %+v", r.Errors)
		}
	}

	// A negative break is still refused, before sending as when sending.
	neg := input("start", "10:00", "end", "12:00", "breakMinutes", -30, "date", sunday.AddDays(-14).String())
	for _, q := range []string{check, `mutation($in:SlipInput!){ submitSlip(input:$in){ id } }`} {
		if r := e.do(tech, q, map[string]any{"in": neg}); r.code() != "VALIDATION" || r.Errors[0].Extensions["field"] != "breakMinutes" {
			t.Fatalf("negative break: %+v", r.Errors)
		}
	}
}

// A page of slips with their warnings costs the same number of statements
// for 5 slips as for 30: warnings are computed for the whole batch.
func TestSlipWarningsQueriesAreConstant(t *testing.T) {
	e := newEnv(t)
	counter := &queryCounter{}
	e.DB.AddQueryHook(counter)
	tok := e.login("coordinator@demo.test").Access
	q := `query($n:Int!){ slips(first:$n){ edges { node { id warnings { code message } } } } }`
	count := func(n int) int64 {
		best := int64(-1)
		for range 3 { // a loader's batch window may split a batch on a loaded machine
			before := counter.n.Load()
			var d struct{ Slips struct{ Edges []struct{} } }
			e.call(tok, q, map[string]any{"n": n}, &d)
			if len(d.Slips.Edges) != n {
				t.Fatalf("asked %d slips, got %d", n, len(d.Slips.Edges))
			}
			if spent := counter.n.Load() - before; best < 0 || spent < best {
				best = spent
			}
		}
		return best
	}
	few, many := count(5), count(30)
	t.Logf("SQL statements with warnings: %d for 5 slips, %d for 30", few, many)
	if few != many {
		t.Fatalf("SQL statements with warnings: %d for 5 slips, %d for 30", few, many)
	}
}
