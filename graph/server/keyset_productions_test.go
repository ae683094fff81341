package server_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/postprod/postprod/db"
)

// The productions list reads by key (issue 13): page 40 costs what page 1
// does. Walked page by page in every order it offers, it gives the rows
// the whole list gives, in the same order, none skipped or read twice:
// with equal sort keys (titles differing only by case, shared deadlines,
// clients and statuses, the same creation instant), with productions
// without a deadline, and while productions are added between two pages.

var productionOrders = []string{"RECENT", "TITLE", "DEADLINE", "CLIENT", "STATUS"}

// keysetProductions gives an organisation 14 productions whose sort keys
// tie in every order, some without a deadline, 5 created at one instant.
func keysetProductions(t *testing.T, e *env) (*org, string, []string) {
	fx := e.newOrg("Curseurs")
	tok := fx.as(db.RoleCoordinator)
	clients := []string{fx.client("name", "Atelier Nord"), fx.client("name", "Bobine"), fx.client("name", "Zéphyr Films")}
	titles := []string{"Alpha", "alpha", "Bravo", "Bravo", "Charlie", "Écume", "ecume", "Delta", "Bravo", "Foxtrot", "alpha", "Golf", "Hôtel", "Alpha"}
	deadlines := []any{nil, "2026-06-01", "2026-06-01", nil, "2026-03-15", "2026-06-01", nil, "2026-09-10", "2026-03-15", nil, "2026-06-01", "2026-09-10", nil, "2026-03-15"}
	statuses := []string{"PREPARATION", "IN_POST", "DELIVERED", "CLOSED"}
	var ids []string
	for i, title := range titles {
		kv := []any{"title", title, "clientId", clients[i%3], "status", statuses[i%4]}
		if deadlines[i] != nil {
			kv = append(kv, "deliveryDeadline", deadlines[i])
		}
		ids = append(ids, fx.production(kv...))
	}
	// Five created at the same instant: the id alone orders them.
	at := time.Date(2026, 1, 5, 9, 0, 0, 0, time.UTC)
	for _, id := range []string{ids[1], ids[3], ids[4], ids[10], ids[13]} {
		if _, err := e.DB.NewUpdate().Table("productions").Set("created_at = ?", at).Where("id = ?", id).Exec(context.Background()); err != nil {
			t.Fatal(err)
		}
	}
	return fx, tok, ids
}

func TestKeysetProductionsWalkEveryOrder(t *testing.T) {
	e := newEmptyEnv(t)
	_, tok, ids := keysetProductions(t, e)
	for _, sort := range productionOrders {
		for _, desc := range []bool{false, true} {
			for _, filter := range []string{"", `filter:{statuses:[PREPARATION, IN_POST, DELIVERED]}`} {
				q := listOf(fmt.Sprintf(`productions(first:$n, after:$a, sort:%s, descending:%v %s)`, sort, desc, filter))
				what := fmt.Sprintf("%s desc=%v %s", sort, desc, filter)
				whole := e.all(tok, q)
				if filter == "" {
					once(t, what, whole, ids)
				}
				for _, n := range []int{1, 2, 3, 5} {
					walked := e.walk(tok, q, n, nil)
					sameOrder(t, fmt.Sprintf("%s, %d a page", what, n), walked, whole)
				}
			}
		}
	}
}

func TestKeysetProductionsWhileAdding(t *testing.T) {
	e := newEmptyEnv(t)
	fx, tok, ids := keysetProductions(t, e)
	// Each added production sorts before the cursor in some orders and
	// after it in others: an offset would then read a row twice or skip one.
	added := []struct {
		title    string
		deadline any
	}{{"Aaron", "2026-01-01"}, {"Zoulou", nil}, {"alpha", "2026-06-01"}, {"Bravo", nil}, {"Mike", "2026-03-15"}}
	for _, sort := range productionOrders {
		for _, desc := range []bool{false, true} {
			q := listOf(fmt.Sprintf(`productions(first:$n, after:$a, sort:%s, descending:%v)`, sort, desc))
			k := 0
			walked := e.walk(tok, q, 3, func(int) {
				a := added[k%len(added)]
				k++
				kv := []any{"title", a.title, "status", "IN_POST"}
				if a.deadline != nil {
					kv = append(kv, "deliveryDeadline", a.deadline)
				}
				fx.production(kv...)
			})
			what := fmt.Sprintf("%s desc=%v, adding between pages", sort, desc)
			once(t, what, walked, ids)
			if k == 0 {
				t.Fatalf("%s: nothing added", what)
			}
		}
	}
}
