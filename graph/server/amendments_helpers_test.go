package server_test

// Helpers of the amendment tests: an accepted quote, approved slips, and
// the amendment's fields the tests read.

import (
	"context"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/kernel/dates"
	"github.com/postprod/postprod/internal/kernel/money"
	"github.com/postprod/postprod/internal/quotes"
)

// soldLine is a line of an accepted quote, as acceptedQuote writes it.
type soldLine struct {
	op       string // operation code
	kind     db.QuoteLineKind
	qty      money.Quantity
	unit     db.QuoteUnit
	hours    int
	price    money.Cents
	vat      money.Rate
	position int
}

// acceptedQuote writes, as the quotes service leaves them, a quote of the
// production numbered D-2026-n, its version 1 sent and accepted by the
// producer with lines, and returns the version's id.
func (o *org) acceptedQuote(prod string, lines ...soldLine) string {
	o.e.t.Helper()
	ctx := context.Background()
	org, pid := uuid.MustParse(o.ID), uuid.MustParse(prod)
	var clientID uuid.UUID
	var v db.QuoteVersion
	err := db.InTx(ctx, o.e.DB, func(tx bun.Tx) error {
		if err := tx.NewSelect().Model((*db.Production)(nil)).Column("client_id").Where("id = ?", pid).Scan(ctx, &clientID); err != nil {
			return err
		}
		var n int64
		if err := tx.NewSelect().Model((*db.Quote)(nil)).ColumnExpr("COALESCE(max(number), 0) + 1").Where("organisation_id = ?", org).Scan(ctx, &n); err != nil {
			return err
		}
		year := 2026
		q := &db.Quote{OrganisationID: org, ProductionID: pid, Year: &year, Number: &n}
		if _, err := tx.NewInsert().Model(q).Returning("*").Exec(ctx); err != nil {
			return err
		}
		today := dates.Today()
		v = db.QuoteVersion{OrganisationID: org, QuoteID: q.ID, ProductionID: pid, ClientID: clientID, Version: 1, Status: db.QuoteDraft,
			Title: "Devis", ValidUntil: today.AddDays(30), Deposit: 3000, PaymentDays: 30, Overtime: 2500, Night: 5000, Weekend: 10000}
		if _, err := tx.NewInsert().Model(&v).ExcludeColumn("document").Returning("*").Exec(ctx); err != nil {
			return err
		}
		var rows []*db.QuoteLine
		for i, l := range lines {
			op := uuid.MustParse(o.op(l.op))
			hours := l.hours
			if hours == 0 {
				hours = 8
			}
			rows = append(rows, &db.QuoteLine{OrganisationID: org, LineKey: uuid.New(), Position: i, OperationID: &op, Kind: l.kind,
				Description: l.op, Quantity: l.qty, Unit: l.unit, HoursPerDay: hours, UnitPrice: l.price, VatRate: l.vat})
		}
		t, err := quotes.WriteLines(ctx, tx, quotes.VersionParent(v.ID), rows)
		if err != nil {
			return err
		}
		now, sha := time.Now(), "0000000000000000000000000000000000000000000000000000000000000000"
		name, mention, addr := "Paul Producteur", "Bon pour accord", "127.0.0.1"
		_, err = tx.NewUpdate().Model((*db.QuoteVersion)(nil)).Where("id = ?", v.ID).
			Set("status = ?, issue_date = ?, sent_at = ?, document_sha256 = ?, total_ht_cents = ?, total_vat_cents = ?, total_ttc_cents = ?",
				db.QuoteSent, today, now, sha, t.HT, t.VAT, t.TTC).Exec(ctx)
		if err != nil {
			return err
		}
		_, err = tx.NewUpdate().Model((*db.QuoteVersion)(nil)).Where("id = ?", v.ID).
			Set("status = ?, accepted_at = ?, accepted_name = ?, accepted_mention = ?, accepted_address = ?, accepted_sha256 = ?",
				db.QuoteAccepted, now, name, mention, addr, sha).Exec(ctx)
		return err
	})
	if err != nil {
		o.e.t.Fatal(err)
	}
	return v.ID.String()
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
