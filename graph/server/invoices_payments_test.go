package server_test

import (
	"testing"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/kernel/dates"
)

func pay(amount string) map[string]any {
	return map[string]any{"paidOn": dates.Today().String(), "amount": amount, "method": "TRANSFER", "reference": "VIR 42"}
}

// Payments move an invoice to PARTIALLY_PAID then PAID, never above the
// balance; a credit note covering the invoice CANCELS it; an overdue
// invoice shows its late penalties and the recovery indemnity, in the
// overdue list and the client's balance.
func TestInvoicePaymentsAndStatuses(t *testing.T) {
	e := newEmptyEnv(t)
	fx := e.newOrg("Factures Paiements").billable()
	coord := fx.as(db.RoleCoordinator)
	inv := fx.issued(iline("quantity", "2")) // 1000 HT, 1200 TTC
	type paid struct {
		RecordPayment struct {
			Amount  string
			Invoice struct{ Status, Balance string }
		}
	}
	var p paid
	e.call(fx.as(db.RoleAccountant), paymentMutation, map[string]any{"id": inv.ID, "in": pay("500")}, &p)
	if p.RecordPayment.Invoice.Status != "PARTIALLY_PAID" || p.RecordPayment.Invoice.Balance != "700.00" {
		t.Fatalf("after 500: %+v", p.RecordPayment.Invoice)
	}
	if r := e.wantCode(coord, paymentMutation, map[string]any{"id": inv.ID, "in": pay("700.01")}, "VALIDATION"); r.Errors[0].Extensions["field"] != "amount" {
		t.Fatalf("above the balance: %+v", r.Errors)
	}
	e.wantCode(coord, paymentMutation, map[string]any{"id": inv.ID, "in": pay("0")}, "VALIDATION")
	e.call(coord, paymentMutation, map[string]any{"id": inv.ID, "in": pay("700")}, &p)
	if p.RecordPayment.Invoice.Status != "PAID" || p.RecordPayment.Invoice.Balance != "0.00" {
		t.Fatalf("after 1200: %+v", p.RecordPayment.Invoice)
	}
	e.wantCode(coord, paymentMutation, map[string]any{"id": inv.ID, "in": pay("1")}, "VALIDATION")
	e.wantCode(coord, paymentMutation, map[string]any{"id": fx.draftInvoice(iline()), "in": pay("1")}, "VALIDATION")
	if v := e.readInvoice(coord, inv.ID); len(v.Payments) != 2 || v.Payments[0].Method != "TRANSFER" {
		t.Fatalf("payments %+v", v.Payments)
	}

	// A full credit note after a partial payment cancels the invoice.
	part := fx.issued(iline())
	e.call(coord, paymentMutation, map[string]any{"id": part.ID, "in": pay("100")}, &p)
	var cn struct{ CreateCreditNote struct{ ID string } }
	e.call(coord, creditMutation, map[string]any{"id": part.ID, "in": map[string]any{"full": true, "reason": "Annulation"}}, &cn)
	var icn struct {
		IssueCreditNote struct {
			Invoice struct{ Status string }
		}
	}
	e.call(coord, issueCreditMut, map[string]any{"id": cn.CreateCreditNote.ID}, &icn)
	if icn.IssueCreditNote.Invoice.Status != "CANCELLED" {
		t.Fatalf("wholly credited: %+v", icn.IssueCreditNote.Invoice)
	}
	e.wantCode(coord, creditMutation, map[string]any{"id": part.ID, "in": map[string]any{"full": true, "reason": "Encore"}}, "CONFLICT")
	e.wantCode(coord, paymentMutation, map[string]any{"id": part.ID, "in": pay("1")}, "CONFLICT")

	// Overdue: due 31 days ago, 1200 left at 12.15 % a year →
	// 1200 × 12.15 % × 31 / 365 = 12.383… → 12.38, and the 40 € indemnity.
	late := fx.issued(iline("quantity", "2"))
	e.unfrozen(t, `UPDATE invoices SET due_date = ? WHERE id = ?`, dates.Today().AddDays(-31).String(), late.ID)
	v := e.readInvoice(coord, late.ID)
	if !v.Overdue || v.LatePenalties == nil || *v.LatePenalties != "12.38" || v.RecoveryIndemnity == nil || *v.RecoveryIndemnity != "40.00" ||
		v.ReminderURL == nil || *v.ReminderURL != "/documents/invoices/"+late.ID+"/reminder.pdf" {
		t.Fatalf("overdue %+v penalties %v indemnity %v reminder %v", v.Overdue, v.LatePenalties, v.RecoveryIndemnity, v.ReminderURL)
	}
	if ok := e.readInvoice(coord, inv.ID); ok.Overdue || ok.LatePenalties != nil || ok.ReminderURL != nil {
		t.Fatalf("a paid invoice is not overdue: %+v", ok)
	}
	var list struct {
		Invoices struct {
			TotalCount int
			Edges      []struct{ Node struct{ ID string } }
		}
	}
	e.call(coord, `{ invoices(filter:{overdue:true}){ totalCount edges { node { id } } } }`, nil, &list)
	if list.Invoices.TotalCount != 1 || list.Invoices.Edges[0].Node.ID != late.ID {
		t.Fatalf("overdue list %+v", list.Invoices)
	}
	var bal struct {
		ClientBalances struct {
			Edges []struct {
				Node struct {
					Client                                     struct{ ID string }
					Invoiced, Credited, Paid, Balance, Overdue string
				}
			}
		}
	}
	e.call(fx.as(db.RoleProducer), `{ clientBalances { edges { node { client { id } invoiced credited paid balance overdue } } } }`, nil, &bal)
	if len(bal.ClientBalances.Edges) != 1 {
		t.Fatalf("balances %+v", bal)
	}
	// Invoiced 1200 + 600 + 1200; credited 600; paid 1200 + 100.
	if b := bal.ClientBalances.Edges[0].Node; b.Client.ID != fx.clientID || b.Invoiced != "3000.00" || b.Credited != "600.00" || b.Paid != "1300.00" ||
		b.Balance != "1100.00" || b.Overdue != "1200.00" {
		t.Fatalf("balance %+v", b)
	}
}
