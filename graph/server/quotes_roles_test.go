package server_test

import (
	"testing"

	"github.com/postprod/postprod/db"
)

// Who sees and does what with quotes: staff read, managers write, the
// producer of the client reads what was sent and answers it, nobody else
// sees anything; another organisation gets NOT_FOUND for every id.
func TestQuoteRoles(t *testing.T) {
	e := newEmptyEnv(t)
	fx := e.newOrg("Devis Rôles")
	p := fx.production()
	draft := fx.quote(p, qline())
	sent := fx.sentQuote(p)
	otherClient := fx.production("clientId", fx.client())
	otherSent := fx.sentQuote(otherClient)
	tpl := fx.create(`mutation($q:ID!){ saveQuoteTemplate(quoteId:$q, name:"Long métrage"){ id } }`, map[string]any{"q": sent})
	price := fx.create(`mutation($in:SalePriceInput!){ createSalePrice(input:$in){ id } }`, map[string]any{"in": map[string]any{
		"target": "ROOM_KIND", "roomKind": "GRADING", "unit": "DAY", "unitPrice": "900", "effectiveFrom": "2026-01-01"}})

	listed := func(token string) map[string]bool {
		var d struct {
			Quotes struct {
				Edges []struct{ Node struct{ ID string } }
			}
		}
		e.call(token, `{ quotes(filter:{allVersions:true}){ edges { node { id } } } }`, nil, &d)
		out := map[string]bool{}
		for _, ed := range d.Quotes.Edges {
			out[ed.Node.ID] = true
		}
		return out
	}
	read := `query($id:ID!){ quote(id:$id){ id } }`
	for _, r := range []db.Role{db.RoleAdmin, db.RoleCoordinator, db.RoleAccountant, db.RoleIntegration} {
		if l := listed(fx.as(r)); !l[draft] || !l[sent] || !l[otherSent] {
			t.Errorf("%s lists %v", r, l)
		}
		e.call(fx.as(r), `{ salePrices { totalCount } quoteTemplates { totalCount } }`, nil, &struct{}{})
	}
	for _, r := range []db.Role{db.RoleAccountant, db.RoleIntegration, db.RoleProducer, db.RoleTechnician, db.RoleRightsHolder} {
		e.wantCode(fx.as(r), `mutation($p:ID!){ createQuote(input:{productionId:$p}){ id } }`, map[string]any{"p": p}, "FORBIDDEN")
		e.wantCode(fx.as(r), sendMutation, map[string]any{"id": draft}, "FORBIDDEN")
	}

	// The producer: their client's sent quotes, never a draft, another
	// client's, a price list or a template.
	prod := fx.as(db.RoleProducer)
	if l := listed(prod); len(l) != 1 || !l[sent] {
		t.Errorf("the producer lists %v", l)
	}
	e.wantCode(prod, read, map[string]any{"id": draft}, "NOT_FOUND")
	e.wantCode(prod, read, map[string]any{"id": otherSent}, "NOT_FOUND")
	e.wantCode(prod, acceptMutation, map[string]any{"id": otherSent, "n": "P", "m": "bon pour accord"}, "NOT_FOUND")
	e.wantCode(prod, `{ salePrices { totalCount } }`, nil, "FORBIDDEN")
	e.wantCode(prod, `{ quoteTemplates { totalCount } }`, nil, "FORBIDDEN")
	var pq struct {
		Production struct {
			Quotes struct {
				Edges []struct{ Node struct{ ID string } }
			}
		}
	}
	e.call(prod, `query($p:ID!){ production(id:$p){ quotes { edges { node { id } } } } }`, map[string]any{"p": p}, &pq)
	if len(pq.Production.Quotes.Edges) != 1 || pq.Production.Quotes.Edges[0].Node.ID != sent {
		t.Errorf("the producer's production lists %+v", pq.Production.Quotes.Edges)
	}
	var lines struct {
		Quote struct {
			Lines []struct{ Task *struct{ ID string } }
		}
	}
	e.call(prod, `query($id:ID!){ quote(id:$id){ lines { task { id } } documentUrl } }`, map[string]any{"id": sent}, &lines)

	// A producer of another client sees none of these.
	stranger := fx.producer(fx.client(), "autre-producteur@devis-roles.test")
	if l := listed(stranger); len(l) != 0 {
		t.Errorf("another client's producer lists %v", l)
	}
	e.wantCode(stranger, read, map[string]any{"id": sent}, "NOT_FOUND")
	e.wantCode(stranger, acceptMutation, map[string]any{"id": sent, "n": "P", "m": "bon pour accord"}, "NOT_FOUND")

	// Technicians and holders: nothing, even on a production they work on.
	fx.teamMember(p, fx.technicianID)
	for _, r := range []db.Role{db.RoleTechnician, db.RoleRightsHolder} {
		if l := listed(fx.as(r)); len(l) != 0 {
			t.Errorf("%s lists %v", r, l)
		}
		e.wantCode(fx.as(r), read, map[string]any{"id": sent}, "NOT_FOUND")
		e.wantCode(fx.as(r), `{ salePrices { totalCount } }`, nil, "FORBIDDEN")
	}

	// Another organisation: NOT_FOUND for every id, whatever the role.
	other := e.newOrg("Maison Voisine")
	for _, r := range []db.Role{db.RoleAdmin, db.RoleCoordinator, db.RoleProducer, db.RoleAccountant} {
		tok := other.as(r)
		for _, id := range []string{draft, sent, otherSent} {
			e.wantCode(tok, read, map[string]any{"id": id}, "NOT_FOUND")
		}
		if l := listed(tok); len(l) != 0 {
			t.Errorf("another organisation's %s lists %v", r, l)
		}
	}
	oc := other.as(db.RoleCoordinator)
	for _, m := range []struct {
		q    string
		vars map[string]any
	}{
		{updateMutation, map[string]any{"id": draft, "in": map[string]any{"title": "x"}}},
		{sendMutation, map[string]any{"id": draft}},
		{reviseMutation, map[string]any{"id": sent}},
		{`mutation($id:ID!){ discardQuote(id:$id) }`, map[string]any{"id": draft}},
		{`mutation($id:ID!){ saveQuoteTemplate(quoteId:$id, name:"Vol"){ id } }`, map[string]any{"id": sent}},
		{`mutation($id:ID!){ deleteQuoteTemplate(id:$id) }`, map[string]any{"id": tpl}},
		{`mutation($id:ID!){ deleteSalePrice(id:$id) }`, map[string]any{"id": price}},
		{`mutation($id:ID!,$in:SalePriceInput!){ updateSalePrice(id:$id, input:$in){ id } }`, map[string]any{"id": price, "in": map[string]any{
			"target": "ROOM_KIND", "roomKind": "GRADING", "unit": "DAY", "unitPrice": "1", "effectiveFrom": "2026-01-01"}}},
		{`mutation($p:ID!){ quoteFromPlan(productionId:$p){ id } }`, map[string]any{"p": p}},
		{`mutation($p:ID!){ createQuote(input:{productionId:$p}){ id } }`, map[string]any{"p": p}},
	} {
		e.wantCode(oc, m.q, m.vars, "NOT_FOUND")
	}
	e.wantCode(other.as(db.RoleProducer), acceptMutation, map[string]any{"id": sent, "n": "P", "m": "bon pour accord"}, "NOT_FOUND")
	e.wantCode(other.as(db.RoleProducer), refuseMutation, map[string]any{"id": sent, "r": "non"}, "NOT_FOUND")
	e.wantCode(oc, `mutation($p:ID!,$t:ID!){ createQuote(input:{productionId:$p, templateId:$t}){ id } }`,
		map[string]any{"p": other.production(), "t": tpl}, "VALIDATION")
}
