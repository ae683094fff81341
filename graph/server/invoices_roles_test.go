package server_test

import (
	"context"
	"testing"

	"github.com/postprod/postprod/db"
)

// An issued invoice refuses every change at the API (CONFLICT) and in
// PostgreSQL (the triggers): its row, its lines, its payments.
func TestIssuedInvoiceIsImmutable(t *testing.T) {
	e := newEmptyEnv(t)
	fx := e.newOrg("Factures Figées").billable()
	coord := fx.as(db.RoleCoordinator)
	inv := fx.issued(iline())
	e.wantCode(coord, `mutation($id:ID!){ updateInvoice(id:$id, input:{notes:"x"}){ id } }`, map[string]any{"id": inv.ID}, "CONFLICT")
	e.wantCode(coord, `mutation($id:ID!){ updateInvoice(id:$id, input:{lines:[]}){ id } }`, map[string]any{"id": inv.ID}, "CONFLICT")
	e.wantCode(coord, `mutation($id:ID!){ discardInvoice(id:$id) }`, map[string]any{"id": inv.ID}, "CONFLICT")
	e.wantCode(coord, issueMutation, map[string]any{"id": inv.ID}, "CONFLICT")
	var p struct{ RecordPayment struct{ ID string } }
	e.call(coord, paymentMutation, map[string]any{"id": inv.ID, "in": pay("10")}, &p)
	ctx := context.Background()
	for _, q := range []string{
		`UPDATE invoices SET notes = 'x' WHERE id = '` + inv.ID + `'`,
		`UPDATE invoices SET total_ttc_cents = 1 WHERE id = '` + inv.ID + `'`,
		`UPDATE invoices SET status = 'DRAFT', number = NULL, year = NULL WHERE id = '` + inv.ID + `'`,
		`DELETE FROM invoices WHERE id = '` + inv.ID + `'`,
		`UPDATE invoice_lines SET unit_price_cents = 1 WHERE invoice_id = '` + inv.ID + `'`,
		`DELETE FROM invoice_lines WHERE invoice_id = '` + inv.ID + `'`,
		`INSERT INTO invoice_lines (organisation_id, invoice_id, position, description, quantity_milli, unit, unit_price_cents, vat_bp, net_cents)
			SELECT organisation_id, id, 9, 'x', 1000, 'UNIT', 1, 2000, 1 FROM invoices WHERE id = '` + inv.ID + `'`,
		`UPDATE payments SET amount_cents = 1 WHERE id = '` + p.RecordPayment.ID + `'`,
		`DELETE FROM payments WHERE id = '` + p.RecordPayment.ID + `'`,
	} {
		if _, err := e.DB.ExecContext(ctx, q); err == nil {
			t.Errorf("PostgreSQL let through: %s", q)
		}
	}
	if v := e.readInvoice(coord, inv.ID); v.Totals.TTC != "600.00" || len(v.Lines) != 1 || v.Status != "PARTIALLY_PAID" {
		t.Fatalf("after the attempts: %+v", v)
	}
	// A draft changes and goes.
	d := fx.draftInvoice(iline())
	var u struct{ UpdateInvoice invoiceView }
	e.call(coord, `mutation($id:ID!,$l:[InvoiceLineInput!]!){ updateInvoice(id:$id, input:{lines:$l}){ `+invoiceFields+` } }`,
		map[string]any{"id": d, "l": []map[string]any{iline("quantity", "3")}}, &u)
	if u.UpdateInvoice.Totals.TTC != "1800.00" {
		t.Fatalf("draft edit: %+v", u.UpdateInvoice.Totals)
	}
	var dd struct{ DiscardInvoice bool }
	e.call(coord, `mutation($id:ID!){ discardInvoice(id:$id) }`, map[string]any{"id": d}, &dd)
	e.wantCode(coord, `query($id:ID!){ invoice(id:$id){ id } }`, map[string]any{"id": d}, "NOT_FOUND")
}

// Who does what: the staff who invoice create, issue, credit and record
// payments; the producer reads their client's issued invoices only; the
// technician and the holder see none; the settings are the admin's and the
// accountant's; another organisation gets NOT_FOUND on every id.
func TestInvoiceRoles(t *testing.T) {
	e := newEmptyEnv(t)
	fx := e.newOrg("Factures Rôles").billable()
	other := e.newOrg("Factures Ailleurs").billable()
	coord := fx.as(db.RoleCoordinator)
	issued := fx.issued(iline())
	draft := fx.draftInvoice(iline())
	otherClient := fx.client("name", "Autre client", "siret", clientSiret, "address", "1 rue X, 75001 Paris")
	foreign := fx.issue(fx.create(`mutation($in:CreateInvoiceInput!){ createInvoice(input:$in){ id } }`,
		map[string]any{"in": map[string]any{"kind": "STANDARD", "clientId": otherClient, "lines": []map[string]any{iline()}}}))
	var cn struct{ CreateCreditNote struct{ ID string } }
	e.call(coord, creditMutation, map[string]any{"id": issued.ID, "in": map[string]any{"reason": "Geste",
		"lines": []map[string]any{{"invoiceLineId": issued.Lines[0].ID, "quantity": "0.5"}}}}, &cn)

	count := func(token string) int {
		var d struct{ Invoices struct{ TotalCount int } }
		e.call(token, `{ invoices { totalCount } }`, nil, &d)
		return d.Invoices.TotalCount
	}
	for _, r := range []db.Role{db.RoleAdmin, db.RoleCoordinator, db.RoleAccountant} {
		if n := count(fx.as(r)); n != 3 {
			t.Errorf("%s sees %d invoices, want 3", r, n)
		}
		id := e.id(fx.as(r), `mutation($in:CreateInvoiceInput!){ createInvoice(input:$in){ id } }`,
			map[string]any{"in": map[string]any{"kind": "STANDARD", "clientId": fx.clientID, "lines": []map[string]any{iline()}}})
		e.call(fx.as(r), `mutation($id:ID!){ discardInvoice(id:$id) }`, map[string]any{"id": id}, &struct{}{})
	}
	producer := fx.as(db.RoleProducer)
	if n := count(producer); n != 1 {
		t.Errorf("the producer sees %d invoices, want their client's issued one", n)
	}
	if v := e.readInvoice(producer, issued.ID); v.Number == nil || v.DocumentURL == nil || len(v.CreditNotes) != 0 {
		t.Errorf("the producer reads %+v (the credit note is a draft)", v)
	}
	for _, id := range []string{draft, foreign.ID} {
		e.wantCode(producer, `query($id:ID!){ invoice(id:$id){ id } }`, map[string]any{"id": id}, "NOT_FOUND")
	}
	e.wantCode(producer, `query($id:ID!){ creditNote(id:$id){ id } }`, map[string]any{"id": cn.CreateCreditNote.ID}, "NOT_FOUND")
	for _, r := range []db.Role{db.RoleTechnician, db.RoleRightsHolder} {
		if n := count(fx.as(r)); n != 0 {
			t.Errorf("%s sees %d invoices", r, n)
		}
		e.wantCode(fx.as(r), `query($id:ID!){ invoice(id:$id){ id } }`, map[string]any{"id": issued.ID}, "NOT_FOUND")
	}
	for _, r := range []db.Role{db.RoleProducer, db.RoleTechnician, db.RoleRightsHolder} {
		tok := fx.as(r)
		e.wantCode(tok, `mutation($in:CreateInvoiceInput!){ createInvoice(input:$in){ id } }`,
			map[string]any{"in": map[string]any{"kind": "STANDARD", "clientId": fx.clientID, "lines": []map[string]any{iline()}}}, "FORBIDDEN")
		e.wantCode(tok, issueMutation, map[string]any{"id": draft}, "FORBIDDEN")
		e.wantCode(tok, paymentMutation, map[string]any{"id": issued.ID, "in": pay("1")}, "FORBIDDEN")
		e.wantCode(tok, `{ invoicingSettings { siren } }`, nil, "FORBIDDEN")
	}
	e.wantCode(coord, `mutation{ updateInvoicingSettings(input:{footer:"x"}){ footer } }`, nil, "FORBIDDEN")
	for _, r := range []db.Role{db.RoleAdmin, db.RoleAccountant} {
		var s struct{ UpdateInvoicingSettings struct{ Footer string } }
		e.call(fx.as(r), `mutation{ updateInvoicingSettings(input:{footer:"Merci"}){ footer } }`, nil, &s)
	}

	// Another organisation: NOT_FOUND on every id, whatever its role.
	ot := other.as(db.RoleCoordinator)
	for _, c := range []struct {
		q    string
		vars map[string]any
	}{
		{`query($id:ID!){ invoice(id:$id){ id } }`, map[string]any{"id": issued.ID}},
		{`query($id:ID!){ creditNote(id:$id){ id } }`, map[string]any{"id": cn.CreateCreditNote.ID}},
		{`mutation($id:ID!){ updateInvoice(id:$id, input:{notes:"x"}){ id } }`, map[string]any{"id": draft}},
		{`mutation($id:ID!){ discardInvoice(id:$id) }`, map[string]any{"id": draft}},
		{issueMutation, map[string]any{"id": draft}},
		{creditMutation, map[string]any{"id": issued.ID, "in": map[string]any{"full": true, "reason": "x"}}},
		{issueCreditMut, map[string]any{"id": cn.CreateCreditNote.ID}},
		{paymentMutation, map[string]any{"id": issued.ID, "in": pay("1")}},
		{`mutation($in:CreateInvoiceInput!){ createInvoice(input:$in){ id } }`,
			map[string]any{"in": map[string]any{"kind": "STANDARD", "clientId": fx.clientID, "lines": []map[string]any{iline()}}}},
	} {
		e.wantCode(ot, c.q, c.vars, "NOT_FOUND")
	}
	var l struct{ Invoices struct{ TotalCount int } }
	e.call(ot, `query($id:ID!){ invoices(filter:{clientId:$id}){ totalCount } }`, map[string]any{"id": fx.clientID}, &l)
	if l.Invoices.TotalCount != 0 {
		t.Errorf("another organisation lists %d invoices", l.Invoices.TotalCount)
	}
}
