package server_test

import (
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/invoicing"
	"github.com/postprod/postprod/internal/kernel/dates"
)

// Invoice numbers are gapless per organisation and year: fifty issues at
// once take 1..50; an invalid invoice is refused before taking a number;
// drafts have none; another organisation and a new year start at 1; credit
// notes have their own sequence.
func TestInvoiceNumberingGapless(t *testing.T) {
	e := newEmptyEnv(t)
	fx := e.newOrg("Factures Numéros").billable()
	coord := fx.as(db.RoleCoordinator)
	ids := make([]string, 50)
	for i := range ids {
		ids[i] = fx.draftInvoice(iline())
	}
	if v := e.readInvoice(coord, ids[0]); v.Number != nil || v.Status != "DRAFT" || v.DocumentURL != nil {
		t.Fatalf("a draft: %+v", v)
	}
	var wg sync.WaitGroup
	start := make(chan struct{})
	numbers := make([]string, len(ids))
	for i, id := range ids {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			r := e.do(coord, `mutation($id:ID!){ issueInvoice(id:$id){ number status } }`, map[string]any{"id": id})
			if len(r.Errors) > 0 {
				t.Errorf("issue %d: %+v", i, r.Errors)
				return
			}
			var d struct {
				IssueInvoice struct{ Number, Status string }
			}
			r.decode(t, &d)
			numbers[i] = d.IssueInvoice.Number
		}()
	}
	close(start)
	wg.Wait()
	year := time.Now().In(dates.Paris).Year()
	slices.Sort(numbers)
	for i, n := range numbers {
		if want := fmt.Sprintf("F-%d-%05d", year, i+1); n != want {
			t.Fatalf("numbers %v: %d is %s, want %s", numbers, i, n, want)
		}
	}

	// Invalid invoices take no number: no line, a 0 % line without its
	// reason.
	empty := fx.draftInvoice()
	if r := e.wantCode(coord, issueMutation, map[string]any{"id": empty}, "VALIDATION"); r.Errors[0].Extensions["field"] != "lines" {
		t.Fatalf("no line: %+v", r.Errors)
	}
	zero := fx.draftInvoice(iline(), iline("vatRate", "0"))
	if r := e.wantCode(coord, issueMutation, map[string]any{"id": zero}, "VALIDATION"); r.Errors[0].Extensions["field"] != "lines.1.vatExemptionReason" {
		t.Fatalf("0 %% without reason: %+v", r.Errors)
	}
	if v := e.readInvoice(coord, zero); v.Number != nil || v.Status != "DRAFT" {
		t.Fatalf("a refused issue left %+v", v)
	}
	if n := *fx.issued(iline()).Number; n != fmt.Sprintf("F-%d-00051", year) {
		t.Fatalf("after refused issues: %s", n)
	}

	// A failure after the number was taken gives it back (the transaction
	// rolls back).
	e.unfrozen(t, `CREATE FUNCTION test_fail_issue() RETURNS trigger AS $$ BEGIN
		IF NEW.status = 'ISSUED' AND NEW.notes = 'boom' THEN RAISE EXCEPTION 'boom'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`)
	e.unfrozen(t, `CREATE TRIGGER test_fail_issue BEFORE UPDATE ON invoices FOR EACH ROW EXECUTE FUNCTION test_fail_issue()`)
	boom := fx.draftInvoice(iline())
	e.call(coord, `mutation($id:ID!){ updateInvoice(id:$id, input:{notes:"boom"}){ id } }`, map[string]any{"id": boom}, &struct{}{})
	e.wantCode(coord, issueMutation, map[string]any{"id": boom}, "INTERNAL")
	if n := *fx.issued(iline()).Number; n != fmt.Sprintf("F-%d-00052", year) {
		t.Fatalf("after a failed issue: %s", n)
	}

	// Credit notes count on their own; another organisation from 1.
	var cn struct{ CreateCreditNote struct{ ID string } }
	e.call(coord, creditMutation, map[string]any{"id": ids[0], "in": map[string]any{"full": true, "reason": "Erreur de client"}}, &cn)
	var icn struct{ IssueCreditNote struct{ Number string } }
	e.call(coord, issueCreditMut, map[string]any{"id": cn.CreateCreditNote.ID}, &icn)
	if want := fmt.Sprintf("AV-%d-00001", year); icn.IssueCreditNote.Number != want {
		t.Fatalf("first credit note: %s", icn.IssueCreditNote.Number)
	}
	other := e.newOrg("Autre Facturier").billable()
	if n := *other.issued(iline()).Number; n != fmt.Sprintf("F-%d-00001", year) {
		t.Fatalf("another organisation: %s", n)
	}

	// A new year (Paris time) restarts at 1.
	restore := invoicing.SetClock(func() time.Time { return time.Date(year+1, 1, 1, 0, 30, 0, 0, dates.Paris) })
	defer restore()
	v := fx.issued(iline())
	if *v.Number != fmt.Sprintf("F-%d-00001", year+1) || *v.IssueDate != fmt.Sprintf("%d-01-01", year+1) || *v.DueDate != fmt.Sprintf("%d-01-31", year+1) {
		t.Fatalf("new year: %s issued %s due %s", *v.Number, *v.IssueDate, *v.DueDate)
	}
}
