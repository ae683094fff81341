package server_test

import (
	"strings"
	"testing"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/kernel/dates"
)

const (
	createAmendment  = `mutation($q:ID!){ createAmendment(quoteId:$q){ id status proposed } }`
	updateAmendment  = `mutation($id:ID!,$in:AmendmentInput!){ updateAmendment(id:$id, input:$in){ id status proposed title } }`
	discardAmendment = `mutation($id:ID!){ discardAmendment(id:$id) }`
	sendAmendment    = `mutation($id:ID!){ sendAmendment(id:$id){ id status number documentSha256 } }`
	acceptAmendment  = `mutation($id:ID!,$n:String!,$m:String!){ acceptAmendment(id:$id, input:{name:$n, mention:$m}){ id status } }`
	refuseAmendment  = `mutation($id:ID!,$r:String!){ refuseAmendment(id:$id, reason:$r){ id status } }`
	readAmendment    = `query($id:ID!){ amendment(id:$id){ ` + amendmentFields + ` } }`
)

// readAmendmentAs reads an amendment as token.
func (e *env) readAmendmentAs(token, id string) amendment {
	e.t.Helper()
	var d struct{ Amendment amendment }
	e.call(token, readAmendment, map[string]any{"id": id}, &d)
	return d.Amendment
}

// The state machine of amendments: every move allowed and refused. A draft
// is made on an ACCEPTED version only, one at a time per quote; it changes
// and is discarded while DRAFT; it is sent with lines, numbered A1, A2… at
// its first sending; the producer accepts (with "bon pour accord") or
// refuses it while SENT and valid; once sent it never changes.
func TestAmendmentStateMachine(t *testing.T) {
	e := newEmptyEnv(t)
	fx := e.newOrg("Etats Avenants")
	coord, producer := fx.as(db.RoleCoordinator), fx.as(db.RoleProducer)
	prod := fx.production("status", "IN_POST")
	sent := fx.sentQuote(prod)
	e.wantCode(coord, createAmendment, map[string]any{"q": sent}, "CONFLICT") // a SENT quote is not accepted
	e.wantCode(coord, createAmendment, map[string]any{"q": fx.quote(prod)}, "CONFLICT")
	e.call(producer, acceptMutation, map[string]any{"id": sent, "n": "Paul Producteur", "m": "bon pour accord"}, &struct{}{})

	var c struct{ CreateAmendment struct{ ID, Status string } }
	e.call(coord, createAmendment, map[string]any{"q": sent}, &c)
	id := c.CreateAmendment.ID
	if c.CreateAmendment.Status != "DRAFT" {
		t.Fatalf("created %+v", c.CreateAmendment)
	}
	e.wantCode(coord, createAmendment, map[string]any{"q": sent}, "CONFLICT") // one draft per quote
	e.wantCode(coord, sendAmendment, map[string]any{"id": id}, "VALIDATION")  // no line
	r := e.wantCode(coord, updateAmendment, map[string]any{"id": id, "in": map[string]any{"validUntil": dates.Today().AddDays(-1).String()}}, "VALIDATION")
	if r.Errors[0].Extensions["field"] != "validUntil" {
		t.Fatalf("field %v", r.Errors[0].Extensions)
	}
	r = e.wantCode(coord, updateAmendment, map[string]any{"id": id, "in": map[string]any{"lines": []any{qline("unitPrice", "-1")}}}, "VALIDATION")
	if r.Errors[0].Extensions["field"] != "lines.0.unitPrice" {
		t.Fatalf("field %v", r.Errors[0].Extensions)
	}
	e.call(coord, updateAmendment, map[string]any{"id": id, "in": map[string]any{"title": "Étalonnage supplémentaire",
		"lines": []any{qline("operationId", fx.op("GRADING"), "quantity", "1.5", "unitPrice", "800")}}}, &struct{}{})
	am := e.readAmendmentAs(coord, id)
	if am.Proposed || am.Title != "Étalonnage supplémentaire" || am.Totals.HT != "1200.00" || am.Totals.TTC != "1440.00" || am.Number != nil {
		t.Fatalf("draft %+v", am)
	}
	// The producer sees no draft.
	e.wantCode(producer, readAmendment, map[string]any{"id": id}, "NOT_FOUND")
	e.wantCode(producer, acceptAmendment, map[string]any{"id": id, "n": "Paul", "m": "bon pour accord"}, "NOT_FOUND")

	var s struct {
		SendAmendment struct {
			Status, Number, DocumentSha256 string
		}
	}
	e.call(coord, sendAmendment, map[string]any{"id": id}, &s)
	q := e.readQuote(coord, sent)
	if s.SendAmendment.Status != "SENT" || s.SendAmendment.Number != *q.Number+"-A1" || len(s.SendAmendment.DocumentSha256) != 64 {
		t.Fatalf("sent %+v (quote %v)", s.SendAmendment, *q.Number)
	}
	// Sent: frozen.
	e.wantCode(coord, updateAmendment, map[string]any{"id": id, "in": map[string]any{"title": "Autre"}}, "CONFLICT")
	e.wantCode(coord, discardAmendment, map[string]any{"id": id}, "CONFLICT")
	e.wantCode(coord, sendAmendment, map[string]any{"id": id}, "CONFLICT")
	if got := e.readAmendmentAs(coord, id); got.Title != "Étalonnage supplémentaire" || got.Status != "SENT" {
		t.Fatalf("changed after sending: %+v", got)
	}
	if got := e.readAmendmentAs(producer, id); got.Status != "SENT" || got.DocumentURL == nil || *got.DocumentURL != "/documents/amendments/"+id+".pdf" {
		t.Fatalf("the producer reads %+v", got)
	}
	r = e.wantCode(producer, acceptAmendment, map[string]any{"id": id, "n": "Paul Producteur", "m": "d'accord"}, "VALIDATION")
	if r.Errors[0].Extensions["field"] != "mention" {
		t.Fatalf("field %v", r.Errors[0].Extensions)
	}
	e.wantCode(producer, acceptAmendment, map[string]any{"id": id, "n": " ", "m": "bon pour accord"}, "VALIDATION")
	e.call(producer, acceptAmendment, map[string]any{"id": id, "n": "Paul Producteur", "m": "  BON pour  Accord "}, &struct{}{})
	acc := e.readAmendmentAs(coord, id)
	if acc.Status != "ACCEPTED" || acc.Acceptance == nil || acc.Acceptance.Name != "Paul Producteur" || acc.Acceptance.DocumentSha256 != s.SendAmendment.DocumentSha256 ||
		acc.Acceptance.Address == nil || *acc.Acceptance.Address == "" {
		t.Fatalf("accepted %+v", acc)
	}
	if got := e.readAmendmentAs(producer, id); got.Acceptance == nil || got.Acceptance.Address != nil {
		t.Fatalf("the producer reads the address: %+v", got.Acceptance)
	}
	e.wantCode(producer, acceptAmendment, map[string]any{"id": id, "n": "Paul Producteur", "m": "bon pour accord"}, "CONFLICT")
	e.wantCode(producer, refuseAmendment, map[string]any{"id": id, "r": "Trop cher"}, "CONFLICT")

	// A second one: A2, refused with a reason (required).
	e.call(coord, createAmendment, map[string]any{"q": sent}, &c)
	second := c.CreateAmendment.ID
	e.call(coord, updateAmendment, map[string]any{"id": second, "in": map[string]any{"lines": []any{qline("quantity", "1")}}}, &struct{}{})
	e.call(coord, sendAmendment, map[string]any{"id": second}, &s)
	if !strings.HasSuffix(s.SendAmendment.Number, "-A2") {
		t.Fatalf("second number %s", s.SendAmendment.Number)
	}
	e.wantCode(producer, refuseAmendment, map[string]any{"id": second, "r": "  "}, "VALIDATION")
	e.call(producer, refuseAmendment, map[string]any{"id": second, "r": "Hors budget"}, &struct{}{})
	if got := e.readAmendmentAs(coord, second); got.Status != "REFUSED" || got.Refusal == nil || got.Refusal.Reason != "Hors budget" {
		t.Fatalf("refused %+v", got)
	}
	e.wantCode(producer, acceptAmendment, map[string]any{"id": second, "n": "Paul", "m": "bon pour accord"}, "CONFLICT")

	// A third, expired: read EXPIRED, never stored; accepting it is VALIDATION
	// on validUntil. A discarded draft is gone and its number never taken.
	e.call(coord, createAmendment, map[string]any{"q": sent}, &c)
	gone := c.CreateAmendment.ID
	var ok struct{ DiscardAmendment bool }
	e.call(coord, discardAmendment, map[string]any{"id": gone}, &ok)
	e.wantCode(coord, readAmendment, map[string]any{"id": gone}, "NOT_FOUND")
	e.call(coord, createAmendment, map[string]any{"q": sent}, &c)
	third := c.CreateAmendment.ID
	e.call(coord, updateAmendment, map[string]any{"id": third, "in": map[string]any{"lines": []any{qline()}}}, &struct{}{})
	e.call(coord, sendAmendment, map[string]any{"id": third}, &s)
	if !strings.HasSuffix(s.SendAmendment.Number, "-A3") {
		t.Fatalf("third number %s", s.SendAmendment.Number)
	}
	e.unfrozen(t, "UPDATE amendments SET valid_until = ? WHERE id = ?", dates.Today().AddDays(-1), third)
	if got := e.readAmendmentAs(producer, third); got.Status != "EXPIRED" || got.ExpiresSoon {
		t.Fatalf("expired %+v", got)
	}
	r = e.wantCode(producer, acceptAmendment, map[string]any{"id": third, "n": "Paul", "m": "bon pour accord"}, "VALIDATION")
	if r.Errors[0].Extensions["field"] != "validUntil" {
		t.Fatalf("field %v", r.Errors[0].Extensions)
	}
	var stored string
	if err := e.DB.NewSelect().Model((*db.Amendment)(nil)).Column("status").Where("id = ?", third).Scan(t.Context(), &stored); err != nil || stored != "SENT" {
		t.Fatalf("stored %s %v", stored, err)
	}
	var list struct {
		Amendments struct {
			TotalCount int
			Edges      []struct{ Node struct{ ID, Status string } }
		}
	}
	e.call(coord, `query($p:ID!){ amendments(filter:{productionId:$p, status:EXPIRED}){ totalCount edges { node { id status } } } }`, map[string]any{"p": prod}, &list)
	if list.Amendments.TotalCount != 1 || list.Amendments.Edges[0].Node.ID != third {
		t.Fatalf("expired list %+v", list)
	}
	// The quote lists its amendments, oldest first.
	var qa struct {
		Quote struct{ Amendments []struct{ ID, Status string } }
	}
	e.call(producer, `query($id:ID!){ quote(id:$id){ amendments { id status } } }`, map[string]any{"id": sent}, &qa)
	if len(qa.Quote.Amendments) != 3 || qa.Quote.Amendments[0].ID != id || qa.Quote.Amendments[2].Status != "EXPIRED" {
		t.Fatalf("quote's amendments %+v", qa.Quote.Amendments)
	}
}
