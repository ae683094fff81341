package server_test

import (
	"strings"
	"testing"

	"github.com/postprod/postprod/db"
)

// twoDays is a quote of two days of 8 h of offline edit, room with its
// editor, at 650 € HT a day, 20 % VAT.
var twoDays = soldLine{op: "OFFLINE_EDIT", kind: db.LineRoomWithOperator, qty: 2000, unit: db.QuoteUnitDay, price: 65000, vat: 2000}

// Approved slips beyond the sold quantity propose a draft amendment with
// exactly the excess at the frozen price: 2 days of 8 h sold, 20 h approved
// → 4 h over → 0.5 DAY at 650 € = 325.00 € HT. The proposal appears when
// the slip that passes what was sold is approved, and proposing again
// gives the same draft.
func TestApprovedSlipsBeyondTheSoldQuantityProposeADraftAmendmentWithExactlyTheExcessAtTheFrozenPrice(t *testing.T) {
	e := newEmptyEnv(t)
	fx := e.newOrg("Avenant Post")
	prod := fx.production("status", "IN_POST")
	version := fx.acceptedQuote(prod, twoDays,
		soldLine{op: "OFFLINE_EDIT", kind: db.LineRoom, qty: 2000, unit: db.QuoteUnitDay, price: 30000, vat: 2000})
	edit := []any{"operationId", fx.op("OFFLINE_EDIT")}
	fx.approvedSlip(prod, append(edit, "date", daysAgo(9), "start", "09:00", "end", "17:00")...)
	fx.approvedSlip(prod, append(edit, "date", daysAgo(8), "start", "09:00", "end", "17:00")...)
	// 16 h: the two days of the room with its editor. The room's own two
	// days are not more time sold (people's lines alone count when there
	// are some), so 16 h is all that was sold: nothing is over yet.
	if got := fx.amendmentsOf(db.RoleCoordinator, prod); len(got) != 0 {
		t.Fatalf("within what was sold: %+v", got)
	}
	fx.approvedSlip(prod, append(edit, "date", daysAgo(5), "start", "10:00", "end", "14:00")...)
	// 20 h against 16 h sold: 4 h over, at the room with its editor's price.
	got := fx.amendmentsOf(db.RoleCoordinator, prod)
	if len(got) != 1 {
		t.Fatalf("amendments %+v", got)
	}
	am := got[0]
	if am.Status != "DRAFT" || !am.Proposed || am.Quote.ID != version || am.Number != nil || am.Production.ID != prod || am.Client.ID != fx.clientID || len(am.Lines) != 1 {
		t.Fatalf("proposal %+v", am)
	}
	if !strings.HasPrefix(am.Lines[0].Description, "Dépassement — ") || len(am.Lines[0].Description) <= len("Dépassement — ") {
		t.Fatalf("description %q", am.Lines[0].Description)
	}
	mustLine(t, am.Lines[0], amendmentLine{Kind: "ROOM_WITH_OPERATOR", Description: am.Lines[0].Description, Quantity: "0.5", Unit: "DAY", HoursPerDay: 8,
		UnitPrice: "650.00", VatRate: "20", Net: "325.00"})
	if am.Totals.HT != "325.00" || am.Totals.VAT != "65.00" || am.Totals.TTC != "390.00" {
		t.Fatalf("totals %+v", am.Totals)
	}
	again := fx.propose(prod)
	if again.ID != am.ID || len(again.Lines) != 1 || again.Lines[0] != am.Lines[0] {
		t.Fatalf("proposing again: %+v", again)
	}
}

// An excess that is not a whole number of thousandths of the frozen unit
// is written in hours at the frozen price brought to the hour: 100 minutes
// over days of 8 h at 650 € → 1.667 HOUR at 81.25 € = 135.44 €.
func TestAnExcessThatIsNotAThousandthOfTheUnitFallsBackToHours(t *testing.T) {
	e := newEmptyEnv(t)
	fx := e.newOrg("Heures Post")
	prod := fx.production("status", "IN_POST")
	fx.acceptedQuote(prod, twoDays)
	edit := []any{"operationId", fx.op("OFFLINE_EDIT")}
	fx.approvedSlip(prod, append(edit, "date", daysAgo(9), "start", "09:00", "end", "17:00")...)
	fx.approvedSlip(prod, append(edit, "date", daysAgo(8), "start", "09:00", "end", "17:00")...)
	fx.approvedSlip(prod, append(edit, "date", daysAgo(7), "start", "10:00", "end", "11:40")...)
	am := fx.propose(prod)
	if len(am.Lines) != 1 {
		t.Fatalf("%+v", am)
	}
	mustLine(t, am.Lines[0], amendmentLine{Kind: "ROOM_WITH_OPERATOR", Description: am.Lines[0].Description, Quantity: "1.667", Unit: "HOUR", HoursPerDay: 8,
		UnitPrice: "81.25", VatRate: "20", Net: "135.44"})
}

// Nothing over is VALIDATION; no accepted quote is CONFLICT; a draft edited
// by a person is never replaced (CONFLICT), and the automatic proposal
// leaves it alone.
func TestProposalRefusals(t *testing.T) {
	e := newEmptyEnv(t)
	fx := e.newOrg("Refus Post")
	coord := fx.as(db.RoleCoordinator)
	prod := fx.production("status", "IN_POST")
	propose := func() string {
		return e.do(coord, `mutation($p:ID!){ proposeAmendment(productionId:$p){ id } }`, map[string]any{"p": prod}).code()
	}
	edit := []any{"operationId", fx.op("OFFLINE_EDIT")}
	fx.approvedSlip(prod, append(edit, "date", daysAgo(9), "start", "09:00", "end", "19:00")...)
	if c := propose(); c != "CONFLICT" {
		t.Fatalf("without an accepted quote: %s", c)
	}
	fx.acceptedQuote(prod, twoDays)
	if c := propose(); c != "VALIDATION" {
		t.Fatalf("nothing over: %s", c)
	}
	fx.approvedSlip(prod, append(edit, "date", daysAgo(8), "start", "09:00", "end", "17:00")...)
	am := fx.amendmentsOf(db.RoleCoordinator, prod)
	if len(am) != 1 || am[0].Lines[0].Quantity != "0.25" {
		t.Fatalf("18 h against 16: %+v", am)
	}
	e.call(coord, `mutation($id:ID!){ updateAmendment(id:$id, input:{title:"Avenant négocié"}){ id } }`, map[string]any{"id": am[0].ID}, &struct{}{})
	if c := propose(); c != "CONFLICT" {
		t.Fatalf("an edited draft: %s", c)
	}
	fx.approvedSlip(prod, append(edit, "date", daysAgo(7), "start", "09:00", "end", "17:00")...)
	after := fx.amendmentsOf(db.RoleCoordinator, prod)
	if len(after) != 1 || after[0].Proposed || after[0].Title != "Avenant négocié" || after[0].Lines[0].Quantity != "0.25" {
		t.Fatalf("the edited draft changed: %+v", after)
	}
}

// A second proposal after a SENT amendment proposes only the rest; once the
// producer accepts it, what is committed (sold) is the accepted version and
// the accepted amendment, on tracking too.
func TestASecondProposalAfterASentAmendmentProposesOnlyTheRest(t *testing.T) {
	e := newEmptyEnv(t)
	fx := e.newOrg("Reste Post")
	coord, producer := fx.as(db.RoleCoordinator), fx.as(db.RoleProducer)
	prod := fx.production("status", "IN_POST")
	fx.acceptedQuote(prod, twoDays)
	edit := []any{"operationId", fx.op("OFFLINE_EDIT")}
	fx.approvedSlip(prod, append(edit, "date", daysAgo(9), "start", "09:00", "end", "17:00")...)
	fx.approvedSlip(prod, append(edit, "date", daysAgo(8), "start", "09:00", "end", "17:00")...)
	fx.approvedSlip(prod, append(edit, "date", daysAgo(7), "start", "09:00", "end", "13:00")...)
	first := fx.propose(prod)
	var sent struct{ SendAmendment amendment }
	e.call(coord, `mutation($id:ID!){ sendAmendment(id:$id){ `+amendmentFields+` } }`, map[string]any{"id": first.ID}, &sent)
	if sent.SendAmendment.Status != "SENT" || sent.SendAmendment.Number == nil || !strings.HasSuffix(*sent.SendAmendment.Number, "-A1") {
		t.Fatalf("sent %+v", sent.SendAmendment)
	}
	// Two more hours: only they are proposed, the four sent are pending.
	fx.approvedSlip(prod, append(edit, "date", daysAgo(6), "start", "09:00", "end", "11:00")...)
	all := fx.amendmentsOf(db.RoleCoordinator, prod)
	if len(all) != 2 || all[0].Status != "DRAFT" || all[0].Lines[0].Quantity != "0.25" || all[0].Lines[0].Net != "162.50" {
		t.Fatalf("the rest: %+v", all)
	}
	if c := e.do(coord, `mutation($p:ID!){ proposeAmendment(productionId:$p){ id } }`, map[string]any{"p": prod}).code(); c != "" {
		t.Fatalf("proposing the same rest again: %s", c)
	}
	var acc struct{ AcceptAmendment amendment }
	e.call(producer, `mutation($id:ID!){ acceptAmendment(id:$id, input:{name:"Paul Producteur", mention:"Bon pour accord"}){ `+amendmentFields+` } }`,
		map[string]any{"id": first.ID}, &acc)
	if acc.AcceptAmendment.Status != "ACCEPTED" || acc.AcceptAmendment.Acceptance == nil ||
		acc.AcceptAmendment.Acceptance.DocumentSha256 != *sent.SendAmendment.DocumentSha256 || acc.AcceptAmendment.Acceptance.Address != nil {
		t.Fatalf("accepted %+v", acc.AcceptAmendment)
	}
	// Committed: 16 h + 4 h sold, 1 300 + 325 €; 22 h approved.
	rows := fx.soldRows(db.RoleCoordinator, prod)
	op := rows.operation(fx.op("OFFLINE_EDIT"))
	if op.SoldMinutes == nil || *op.SoldMinutes != 1200 || op.SoldAmount == nil || *op.SoldAmount != "1625.00" || op.OverSoldMinutes != 120 || op.ApprovedMinutes != 1320 {
		t.Fatalf("committed %+v", op)
	}
}

// The proposal follows the approvals however they are made: a day's
// approval of several slips proposes once, a correction that adds time
// refreshes the proposed draft in place.
func TestTheProposalFollowsADaysApprovalAndACorrection(t *testing.T) {
	e := newEmptyEnv(t)
	fx := e.newOrg("Journée Post")
	coord := fx.as(db.RoleCoordinator)
	prod := fx.production("status", "IN_POST")
	fx.acceptedQuote(prod, twoDays)
	day := daysAgo(4)
	edit := []any{"operationId", fx.op("OFFLINE_EDIT"), "date", day}
	fx.slip(prod, append(edit, "technicianId", fx.technician(), "start", "09:00", "end", "17:00")...)
	fx.slip(prod, append(edit, "technicianId", fx.technician(), "start", "09:00", "end", "17:00")...)
	short := fx.slip(prod, append(edit, "start", "10:00", "end", "14:00")...)
	e.call(coord, `mutation($d:Date!,$p:ID){ approveSlips(date:$d, productionId:$p){ id } }`, map[string]any{"d": day, "p": prod}, &struct{}{})
	proposals := func() int {
		n, err := e.DB.NewSelect().Model((*db.Event)(nil)).Where("kind = 'amendment.proposed' AND production_id = ?", prod).Count(t.Context())
		if err != nil {
			t.Fatal(err)
		}
		return int(n)
	}
	am := fx.amendmentsOf(db.RoleCoordinator, prod)
	if len(am) != 1 || am[0].Lines[0].Quantity != "0.5" || proposals() != 1 {
		t.Fatalf("after the day's approval: %+v, %d proposals", am, proposals())
	}
	e.call(coord, `mutation($id:ID!,$in:SlipInput!){ correctSlip(id:$id, input:$in, reason:"Oubli"){ id } }`,
		map[string]any{"id": short, "in": fx.slipInput(prod, append(edit, "start", "10:00", "end", "16:00")...)}, &struct{}{})
	after := fx.amendmentsOf(db.RoleCoordinator, prod)
	if len(after) != 1 || after[0].ID != am[0].ID || after[0].Lines[0].Quantity != "0.75" || after[0].Totals.HT != "487.50" || proposals() != 2 {
		t.Fatalf("after the correction: %+v, %d proposals", after, proposals())
	}
}
