package server_test

import (
	"testing"

	"github.com/postprod/postprod/db"
)

const proposeMutation = `mutation($p:ID!){ proposeAmendment(productionId:$p){ id } }`

// Who sees and does what with amendments: the staff read them all (drafts
// too), the managers make and send them, the producer of the client reads
// the sent ones and answers them; a producer of another client, a
// technician (even on the team) and a rights holder see nothing; another
// organisation gets NOT_FOUND for every id.
func TestAmendmentRoles(t *testing.T) {
	e := newEmptyEnv(t)
	fx := e.newOrg("Avenants Rôles")
	coord, producer := fx.as(db.RoleCoordinator), fx.as(db.RoleProducer)
	prod := fx.production("status", "IN_POST")
	version := fx.acceptedQuote(prod, twoDays)
	var c struct{ CreateAmendment struct{ ID string } }
	e.call(coord, createAmendment, map[string]any{"q": version}, &c)
	sent := c.CreateAmendment.ID
	e.call(coord, updateAmendment, map[string]any{"id": sent, "in": map[string]any{"lines": []any{qline("operationId", fx.op("OFFLINE_EDIT"))}}}, &struct{}{})
	e.call(coord, sendAmendment, map[string]any{"id": sent}, &struct{}{})
	fx.approvedSlip(prod, "operationId", fx.op("OFFLINE_EDIT"), "date", daysAgo(3), "start", "08:00", "end", "20:00")
	fx.approvedSlip(prod, "operationId", fx.op("OFFLINE_EDIT"), "date", daysAgo(4), "start", "08:00", "end", "20:00")
	fx.approvedSlip(prod, "operationId", fx.op("OFFLINE_EDIT"), "date", daysAgo(5), "start", "08:00", "end", "20:00")
	draft := fx.propose(prod).ID // 36 h − 16 h sold − 16 h asked: 4 h

	listed := func(token string) map[string]bool {
		var d struct {
			Amendments struct {
				Edges []struct{ Node struct{ ID string } }
			}
		}
		e.call(token, `{ amendments { edges { node { id } } } }`, nil, &d)
		out := map[string]bool{}
		for _, ed := range d.Amendments.Edges {
			out[ed.Node.ID] = true
		}
		return out
	}
	for _, r := range []db.Role{db.RoleAdmin, db.RoleCoordinator, db.RoleAccountant, db.RoleIntegration} {
		if l := listed(fx.as(r)); len(l) != 2 || !l[draft] || !l[sent] {
			t.Errorf("%s lists %v", r, l)
		}
		e.readAmendmentAs(fx.as(r), draft)
	}
	for _, r := range []db.Role{db.RoleAccountant, db.RoleIntegration, db.RoleProducer, db.RoleTechnician, db.RoleRightsHolder} {
		tok := fx.as(r)
		e.wantCode(tok, createAmendment, map[string]any{"q": version}, "FORBIDDEN")
		e.wantCode(tok, proposeMutation, map[string]any{"p": prod}, "FORBIDDEN")
		e.wantCode(tok, updateAmendment, map[string]any{"id": draft, "in": map[string]any{"title": "x"}}, "FORBIDDEN")
		e.wantCode(tok, sendAmendment, map[string]any{"id": draft}, "FORBIDDEN")
		e.wantCode(tok, discardAmendment, map[string]any{"id": draft}, "FORBIDDEN")
	}
	for _, r := range []db.Role{db.RoleAdmin, db.RoleCoordinator, db.RoleAccountant} {
		e.wantCode(fx.as(r), acceptAmendment, map[string]any{"id": sent, "n": "P", "m": "bon pour accord"}, "FORBIDDEN")
		e.wantCode(fx.as(r), refuseAmendment, map[string]any{"id": sent, "r": "Non"}, "FORBIDDEN")
	}

	// The producer: the sent one, never the draft.
	if l := listed(producer); len(l) != 1 || !l[sent] {
		t.Errorf("the producer lists %v", l)
	}
	e.wantCode(producer, readAmendment, map[string]any{"id": draft}, "NOT_FOUND")
	if got := e.readAmendmentAs(producer, sent); got.Quote.ID != version || got.Production.ID != prod {
		t.Errorf("the producer reads %+v", got)
	}

	// A producer of another client, a technician on the team, a holder:
	// nothing.
	fx.teamMember(prod, fx.technicianID)
	stranger := fx.producer(fx.client(), "autre-producteur@avenants-roles.test")
	for name, tok := range map[string]string{"stranger": stranger, "technician": fx.as(db.RoleTechnician), "holder": fx.as(db.RoleRightsHolder)} {
		if l := listed(tok); len(l) != 0 {
			t.Errorf("%s lists %v", name, l)
		}
		for _, id := range []string{sent, draft} {
			e.wantCode(tok, readAmendment, map[string]any{"id": id}, "NOT_FOUND")
		}
	}
	e.wantCode(stranger, acceptAmendment, map[string]any{"id": sent, "n": "P", "m": "bon pour accord"}, "NOT_FOUND")
	e.wantCode(stranger, refuseAmendment, map[string]any{"id": sent, "r": "Non"}, "NOT_FOUND")

	// Another organisation: NOT_FOUND for every id.
	other := e.newOrg("Autre Studio")
	oc, op := other.as(db.RoleCoordinator), other.as(db.RoleProducer)
	for _, id := range []string{sent, draft} {
		e.wantCode(oc, readAmendment, map[string]any{"id": id}, "NOT_FOUND")
		e.wantCode(oc, updateAmendment, map[string]any{"id": id, "in": map[string]any{"title": "x"}}, "NOT_FOUND")
		e.wantCode(oc, sendAmendment, map[string]any{"id": id}, "NOT_FOUND")
		e.wantCode(oc, discardAmendment, map[string]any{"id": id}, "NOT_FOUND")
		e.wantCode(op, acceptAmendment, map[string]any{"id": id, "n": "P", "m": "bon pour accord"}, "NOT_FOUND")
		e.wantCode(op, refuseAmendment, map[string]any{"id": id, "r": "Non"}, "NOT_FOUND")
	}
	e.wantCode(oc, createAmendment, map[string]any{"q": version}, "NOT_FOUND")
	e.wantCode(oc, proposeMutation, map[string]any{"p": prod}, "NOT_FOUND")
	if l := listed(oc); len(l) != 0 {
		t.Errorf("another organisation lists %v", l)
	}
	var filtered struct{ Amendments struct{ TotalCount int } }
	e.call(oc, `query($p:ID!){ amendments(filter:{productionId:$p}){ totalCount } }`, map[string]any{"p": prod}, &filtered)
	if filtered.Amendments.TotalCount != 0 {
		t.Errorf("another organisation counts %d", filtered.Amendments.TotalCount)
	}
	// Nothing changed for all these attempts.
	if got := e.readAmendmentAs(coord, sent); got.Status != "SENT" {
		t.Errorf("sent %+v", got)
	}
	if got := e.readAmendmentAs(coord, draft); got.Status != "DRAFT" || got.Title == "x" || len(got.Lines) != 1 || got.Lines[0].Quantity != "0.5" {
		t.Errorf("draft %+v", got)
	}
}
