package server_test

// Helpers of the amendment tests: an accepted quote, approved slips, and
// the amendment's fields the tests read.

import (
	"testing"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/kernel/dates"
	"github.com/postprod/postprod/internal/kernel/money"
)

// soldLine is a line of an accepted quote, as acceptedQuote writes it.
type soldLine struct {
	op    string // operation code
	kind  db.QuoteLineKind
	qty   money.Quantity
	unit  db.QuoteUnit
	hours int
	price money.Cents
	vat   money.Rate
}

// acceptedQuote makes through the API a quote of the production with lines,
// sends it and has the producer accept it; it returns the version's id.
func (o *org) acceptedQuote(prod string, lines ...soldLine) string {
	o.e.t.Helper()
	var in []map[string]any
	for _, l := range lines {
		hours := l.hours
		if hours == 0 {
			hours = 8
		}
		in = append(in, qline("operationId", o.op(l.op), "kind", l.kind, "quantity", l.qty.String(), "unit", l.unit, "hoursPerDay", hours,
			"unitPrice", l.price.String(), "vatRate", l.vat.String(), "description", l.op))
	}
	id := o.quote(prod, in...)
	o.e.call(o.as(db.RoleCoordinator), sendMutation, map[string]any{"id": id}, &struct{}{})
	o.e.call(o.as(db.RoleProducer), acceptMutation, map[string]any{"id": id, "n": "Paul Producteur", "m": "Bon pour accord"}, &struct{}{})
	return id
}

// approvedSlip submits a slip of the technician member (slipInput, kv
// overriding) and approves it, as the coordinator.
func (o *org) approvedSlip(prod string, kv ...any) string {
	o.e.t.Helper()
	id := o.slip(prod, kv...)
	o.e.call(o.as(db.RoleCoordinator), `mutation($id:ID!){ approveSlip(id:$id){ id } }`, map[string]any{"id": id}, &struct{}{})
	return id
}

// daysAgo is the day n days before today, in Paris.
func daysAgo(n int) string { return dates.Today().AddDays(-n).String() }

// amendmentFields are what the tests read of an amendment.
const amendmentFields = `id number status proposed title validUntil documentUrl documentSha256 expiresSoon
	production { id } client { id } quote { id }
	lines { kind description quantity unit hoursPerDay unitPrice vatRate net }
	totals { ht vat ttc byRate { rate base vat } }
	acceptance { name mention address documentSha256 } refusal { reason }`

type amendmentLine struct {
	Kind, Description, Quantity, Unit, UnitPrice, VatRate, Net string
	HoursPerDay                                                int
}

type amendment struct {
	ID, Status, Title, ValidUntil string
	Number, DocumentURL           *string
	DocumentSha256                *string
	Proposed, ExpiresSoon         bool
	Production, Client, Quote     struct{ ID string }
	Lines                         []amendmentLine
	Totals                        struct {
		HT, VAT, TTC string
		ByRate       []struct{ Rate, Base, VAT string }
	}
	Acceptance *struct {
		Name, Mention, DocumentSha256 string
		Address                       *string
	}
	Refusal *struct{ Reason string }
}

// propose runs proposeAmendment as the coordinator.
func (o *org) propose(prod string) amendment {
	o.e.t.Helper()
	var d struct{ ProposeAmendment amendment }
	o.e.call(o.as(db.RoleCoordinator), `mutation($p:ID!){ proposeAmendment(productionId:$p){ `+amendmentFields+` } }`, map[string]any{"p": prod}, &d)
	return d.ProposeAmendment
}

// amendmentsOf lists a production's amendments as the member with role.
func (o *org) amendmentsOf(r db.Role, prod string) []amendment {
	o.e.t.Helper()
	var d struct {
		Amendments struct{ Edges []struct{ Node amendment } }
	}
	o.e.call(o.as(r), `query($p:ID!){ amendments(filter:{productionId:$p}){ edges { node { `+amendmentFields+` } } } }`, map[string]any{"p": prod}, &d)
	out := []amendment{}
	for _, e := range d.Amendments.Edges {
		out = append(out, e.Node)
	}
	return out
}

func mustLine(t *testing.T, got amendmentLine, want amendmentLine) {
	t.Helper()
	if got != want {
		t.Fatalf("line %+v, want %+v", got, want)
	}
}
