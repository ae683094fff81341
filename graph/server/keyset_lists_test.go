package server_test

import (
	"fmt"
	"testing"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/kernel/dates"
)

// Every other list read by key, walked to its end a few rows at a time,
// gives the rows the whole list gives, in its order, with equal sort keys
// (technicians of one name, deliveries due the same day, slips of the same
// day and hour, bookings of the same task), none skipped or read twice,
// also while rows are added between pages.
func TestKeysetListsWalk(t *testing.T) {
	e := newEmptyEnv(t)
	fx := e.newOrg("Listes")
	tok := fx.as(db.RoleCoordinator)
	for _, n := range []string{"Bobine", "Atelier", "Cadre", "Déclic", "Éclat"} {
		fx.client("name", n)
	}
	techs := []string{fx.technicianID}
	for _, n := range []string{"Camille", "Camille", "Alex", "Camille"} {
		techs = append(techs, fx.technician("name", n))
	}
	for _, n := range []string{"Salle B", "Salle A", "Auditorium", "Salle C"} {
		fx.room("name", n)
	}
	prod := fx.production("title", "Listes")
	for _, tech := range techs[1:] {
		fx.teamMember(prod, tech)
	}
	for i := range 7 {
		fx.delivery(prod, "dueDate", dates.Today().AddDays(30+i%3).String())
	}
	day := dates.Today().AddDays(-7)
	for d := range 3 {
		for _, hours := range [][2]string{{"08:00", "12:00"}, {"14:00", "18:00"}} {
			for _, tech := range techs[:2] {
				fx.slip(prod, "technicianId", tech, "date", day.AddDays(-d).String(), "start", hours[0], "end", hours[1])
			}
		}
	}
	for w := range 3 {
		monday := mondayAfter(w + 2)
		task := fx.task(prod, "startDate", monday.String(), "endDate", monday.AddDays(2).String())
		for _, tech := range techs[1:] {
			fx.booking(task, "technicianId", tech)
		}
	}

	lists := []struct {
		field string
		add   func()
	}{
		{`clients(first:$n, after:$a)`, func() { fx.client() }},
		{`technicians(first:$n, after:$a)`, func() { fx.technician("name", "Camille") }},
		{`rooms(first:$n, after:$a)`, func() { fx.room() }},
		{`operations(first:$n, after:$a)`, nil},
		{`deliveries(first:$n, after:$a)`, func() { fx.delivery(prod, "dueDate", dates.Today().AddDays(31).String()) }},
		{`slips(first:$n, after:$a)`, nil},
		{`bookings(first:$n, after:$a)`, nil},
	}
	for _, l := range lists {
		q := listOf(l.field)
		whole := e.all(tok, q)
		if len(whole) < 4 {
			t.Fatalf("%s: %d rows, too few to walk", l.field, len(whole))
		}
		for _, n := range []int{1, 2, 3} {
			sameOrder(t, fmt.Sprintf("%s, %d a page", l.field, n), e.walk(tok, q, n, nil), whole)
		}
		if l.add != nil {
			walked := e.walk(tok, q, 2, func(int) { l.add() })
			once(t, l.field+", adding between pages", walked, whole)
		}
	}
}
