package server_test

import (
	"strings"
	"testing"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/kernel/dates"
)

// A quote from the plan: one line per task, its planned days, priced from
// the sale price list in force today by the room booked, else the
// technician's function, else the operation; "Prix à compléter" at 0
// otherwise. Sending it and accepting it tell the producer and the sender.
func TestQuoteFromPlan(t *testing.T) {
	e := newEmptyEnv(t)
	fx := e.newOrg("Devis Planning")
	coord, prod := fx.as(db.RoleCoordinator), fx.as(db.RoleProducer)
	salePrice := func(kv ...any) string {
		return fx.create(`mutation($in:SalePriceInput!){ createSalePrice(input:$in){ id } }`, map[string]any{"in": with(map[string]any{
			"unit": "DAY", "effectiveFrom": dates.Today().AddDays(-30).String()}, kv...)})
	}
	salePrice("target", "ROOM_KIND", "roomKind", "EDIT_SUITE", "unitPrice", "600", "effectiveTo", dates.Today().AddDays(9).String())
	// An older price of the same target, over, and a future one, not yet.
	salePrice("target", "ROOM_KIND", "roomKind", "EDIT_SUITE", "unitPrice", "550", "effectiveFrom", "2020-01-01", "effectiveTo", dates.Today().AddDays(-31).String())
	salePrice("target", "ROOM_KIND", "roomKind", "EDIT_SUITE", "unitPrice", "700", "effectiveFrom", dates.Today().AddDays(10).String())
	salePrice("target", "FUNCTION", "function", "Monteur", "unitPrice", "400")
	salePrice("target", "OPERATION", "operationId", fx.op("GRADING"), "unit", "HOUR", "unitPrice", "100")
	// Periods of one target never overlap.
	r := e.wantCode(coord, `mutation($in:SalePriceInput!){ createSalePrice(input:$in){ id } }`, map[string]any{"in": map[string]any{
		"target": "FUNCTION", "function": "monteur", "unit": "DAY", "unitPrice": "1", "effectiveFrom": dates.Today().String()}}, "VALIDATION")
	if r.Errors[0].Extensions["field"] != "effectiveFrom" {
		t.Fatalf("overlap refused on %v", r.Errors[0].Extensions["field"])
	}

	p := fx.production()
	ep := fx.episode(p, 1)
	tech := fx.technician()
	fx.teamMember(p, tech, "function", "Monteur")
	edit := fx.task(p, "title", "Montage", "plannedDays", 5, "episodeId", ep)
	fx.booking(edit, "roomId", fx.room())
	fx.booking(edit, "technicianId", tech)
	roomOnly := fx.task(p, "title", "Salle seule", "plannedHours", 12)
	fx.booking(roomOnly, "roomId", fx.room())
	techOnly := fx.task(p, "title", "Monteur seul", "plannedDays", 2.5)
	fx.booking(techOnly, "technicianId", tech)
	fx.task(p, "title", "Étalonnage", "operationId", fx.op("GRADING"), "plannedDays", 3)
	fx.task(p, "title", "Mixage", "operationId", fx.op("MIX"), "plannedDays", 1)

	var d struct {
		QuoteFromPlan struct {
			ID, Status, Title string
			Lines             []struct {
				Kind, Description, Quantity, Unit, UnitPrice, Net string
				Task                                              struct{ ID string }
				Episode                                           *struct{ ID string }
				Operation                                         struct{ Code string }
			}
		}
	}
	e.call(coord, `mutation($p:ID!){ quoteFromPlan(productionId:$p){ id status title lines { kind description quantity unit unitPrice net
		task { id } episode { id } operation { code } } } }`, map[string]any{"p": p}, &d)
	q := d.QuoteFromPlan
	want := []struct{ kind, desc, qty, price, net string }{
		{"ROOM_WITH_OPERATOR", "Montage", "5", "600.00", "3000.00"},
		{"ROOM", "Salle seule", "1.5", "600.00", "900.00"},
		{"TECHNICIAN", "Monteur seul", "2.5", "400.00", "1000.00"},
		{"TECHNICIAN", "Étalonnage", "3", "800.00", "2400.00"},
		{"TECHNICIAN", "Mixage — Prix à compléter", "1", "0.00", "0.00"},
	}
	if q.Status != "DRAFT" || len(q.Lines) != len(want) {
		t.Fatalf("from the plan: %+v", q)
	}
	for i, w := range want {
		l := q.Lines[i]
		if l.Kind != w.kind || l.Description != w.desc || l.Quantity != w.qty || l.Unit != "DAY" || l.UnitPrice != w.price || l.Net != w.net || l.Task.ID == "" {
			t.Errorf("line %d: %+v, want %+v", i, l, w)
		}
	}
	if q.Lines[0].Episode == nil || q.Lines[0].Episode.ID != ep || q.Lines[3].Operation.Code != "GRADING" {
		t.Errorf("the lines lost their episode or operation: %+v", q.Lines)
	}

	// Sent: the producer is told; accepted: the sender is.
	e.call(coord, sendMutation, map[string]any{"id": q.ID}, &struct{}{})
	inbox := func(token string) []struct{ Kind, Title, Link string } {
		var n struct {
			Notifications struct {
				Edges []struct {
					Node struct{ Kind, Title, Link string }
				}
			}
		}
		e.call(token, `{ notifications { edges { node { kind title link } } } }`, nil, &n)
		var out []struct{ Kind, Title, Link string }
		for _, ed := range n.Notifications.Edges {
			out = append(out, ed.Node)
		}
		return out
	}
	if n := inbox(prod); len(n) != 1 || n[0].Kind != "QUOTE_SENT" || n[0].Link != "/quotes/"+q.ID || !strings.Contains(n[0].Title, "v1") {
		t.Fatalf("the producer's inbox: %+v", n)
	}
	e.call(prod, acceptMutation, map[string]any{"id": q.ID, "n": "Paul Producteur", "m": "Bon pour accord"}, &struct{}{})
	if n := inbox(coord); len(n) != 1 || n[0].Kind != "QUOTE_ACCEPTED" {
		t.Fatalf("the coordinator's inbox: %+v", n)
	}
	if n := inbox(fx.as(db.RoleAdmin)); len(n) != 0 {
		t.Fatalf("the admin, who did not send it, is told: %+v", n)
	}
}
