package server_test

import (
	"testing"

	"github.com/postprod/postprod/db"
)

// A page of invoices with their relations (client, production, quote,
// lines, totals, deductions, payments, credit notes, balance, lateness)
// costs the same statements for 3 invoices as for 30, and never reads a
// document.
func TestInvoiceListStatements(t *testing.T) {
	e := newEmptyEnv(t)
	fx := e.newOrg("Factures Requêtes").billable()
	coord := fx.as(db.RoleCoordinator)
	// A client without users: no notice while statements are counted.
	client := fx.client("siret", clientSiret, "address", "1 rue X, 75001 Paris")
	p := fx.production("clientId", client)
	for i := range 30 {
		id := fx.create(`mutation($in:CreateInvoiceInput!){ createInvoice(input:$in){ id } }`, map[string]any{"in": map[string]any{
			"kind": "STANDARD", "productionId": p, "lines": []map[string]any{iline("operationId", fx.op("GRADING")), iline("vatRate", "10")}}})
		if i%3 == 0 {
			continue
		}
		fx.issue(id)
		e.call(coord, paymentMutation, map[string]any{"id": id, "in": pay("100")}, &struct{}{})
	}
	e.settle(e.API.URL)
	counter := &queryCounter{}
	e.DB.AddQueryHook(counter)
	const q = `query($n:Int!){ invoices(first:$n){ totalCount edges { node { id number status kind client { name } production { title }
		quote { id } lines { net operation { code } } totals { ht vat ttc byRate { rate vat } } deductions { amount invoice { number } }
		payments { amount invoice { id } } creditNotes { number } prepaid amountDue balance overdue latePenalties recoveryIndemnity
		documentUrl xmlUrl reminderUrl issueDate dueDate } } } }`
	count := func(n int) int64 {
		before := counter.n.Load()
		var d struct {
			Invoices struct {
				Edges []struct{ Node struct{ ID string } }
			}
		}
		e.call(coord, q, map[string]any{"n": n}, &d)
		if len(d.Invoices.Edges) != n {
			t.Fatalf("%d invoices, want %d", len(d.Invoices.Edges), n)
		}
		return counter.n.Load() - before
	}
	count(3)
	docs := &pdfReads{}
	e.DB.AddQueryHook(docs)
	small, large := count(3), count(30)
	if docs.n.Load() > 0 {
		t.Errorf("a list read %d documents", docs.n.Load())
	}
	if small != large {
		t.Fatalf("3 invoices: %d statements, 30 invoices: %d", small, large)
	}
	t.Logf("a page of invoices with their relations: %d statements (authentication included)", small)
}
