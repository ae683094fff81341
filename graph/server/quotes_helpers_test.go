package server_test

// Builders and checks shared by the quotes tests.

import (
	"context"
	"testing"

	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/demo"
)

// quoteFields is what the quotes tests read of a version.
const quoteFields = `id number version reference status validUntil expiresSoon depositAmount documentUrl documentSha256
	totals { ht vat ttc byRate { rate base vat } } lines { key net quantity unitPrice }
	acceptance { name mention address documentSha256 } refusal { reason }`

type quoteView struct {
	ID, Status, ValidUntil, DepositAmount string
	Number, Reference, DocumentURL        *string
	DocumentSha256                        *string
	Version                               int
	ExpiresSoon                           bool
	Totals                                struct {
		HT, VAT, TTC string
		ByRate       []struct{ Rate, Base, VAT string }
	}
	Lines      []struct{ Key, Net, Quantity, UnitPrice string }
	Acceptance *struct {
		Name, Mention, DocumentSha256 string
		Address                       *string
	}
	Refusal *struct{ Reason string }
}

// qline is a quote line input: two days of a room with its operator at
// 500 €, 20 % VAT, unless overridden.
func qline(kv ...any) map[string]any {
	return with(map[string]any{"kind": "ROOM_WITH_OPERATOR", "quantity": "2", "unit": "DAY", "unitPrice": "500", "vatRate": "20"}, kv...)
}

// quote creates a draft quote of a production with lines (as the
// coordinator) and returns its version id.
func (o *org) quote(productionID string, lines ...map[string]any) string {
	o.e.t.Helper()
	id := o.create(`mutation($p:ID!){ createQuote(input:{productionId:$p}){ id } }`, map[string]any{"p": productionID})
	if len(lines) > 0 {
		o.e.call(o.as(db.RoleCoordinator), `mutation($id:ID!,$l:[QuoteLineInput!]!){ updateQuote(id:$id, input:{lines:$l}){ id } }`,
			map[string]any{"id": id, "l": lines}, &struct{}{})
	}
	return id
}

// sentQuote is a quote with one default line, sent.
func (o *org) sentQuote(productionID string) string {
	o.e.t.Helper()
	id := o.quote(productionID, qline())
	o.e.call(o.as(db.RoleCoordinator), `mutation($id:ID!){ sendQuote(id:$id){ id } }`, map[string]any{"id": id}, &struct{}{})
	return id
}

// readQuote reads a version as token.
func (e *env) readQuote(token, id string) quoteView {
	e.t.Helper()
	var d struct{ Quote quoteView }
	e.call(token, `query($id:ID!){ quote(id:$id){ `+quoteFields+` } }`, map[string]any{"id": id}, &d)
	return d.Quote
}

// wantCode runs a query as token and expects the error code.
func (e *env) wantCode(token, query string, vars map[string]any, code string) *result {
	e.t.Helper()
	r := e.do(token, query, vars)
	if r.code() != code {
		e.t.Fatalf("%s %v: want %s, got %+v", query, vars, code, r.Errors)
	}
	return r
}

// producer invites one more producer of client and logs them in.
func (o *org) producer(clientID, email string) string {
	o.e.t.Helper()
	var inv struct{ InviteUser struct{ Token string } }
	o.e.call(o.as(db.RoleAdmin), `mutation($in:InviteUserInput!){ inviteUser(input:$in){ token } }`,
		map[string]any{"in": map[string]any{"email": email, "role": "PRODUCER", "clientId": clientID}}, &inv)
	var acc struct{ AcceptInvitation struct{ AccessToken string } }
	o.e.call("", `mutation($t:String!,$p:String!){ acceptInvitation(token:$t, name:"Pat Producteur", password:$p){ accessToken } }`,
		map[string]any{"t": inv.InviteUser.Token, "p": demo.Password}, &acc)
	return acc.AcceptInvitation.AccessToken
}

// unfrozen runs SQL on rows the triggers freeze (a sent version), as a test
// setting the clock forward would: the triggers are off in its transaction.
func (e *env) unfrozen(t *testing.T, query string, args ...any) {
	t.Helper()
	ctx := context.Background()
	err := db.InTx(ctx, e.DB, func(tx bun.Tx) error {
		if _, err := tx.ExecContext(ctx, "SET LOCAL session_replication_role = replica"); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, query, args...)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}

const (
	acceptMutation = `mutation($id:ID!,$n:String!,$m:String!){ acceptQuote(id:$id, input:{name:$n, mention:$m}){ id status } }`
	refuseMutation = `mutation($id:ID!,$r:String!){ refuseQuote(id:$id, reason:$r){ id status } }`
	sendMutation   = `mutation($id:ID!){ sendQuote(id:$id){ id status number reference } }`
	reviseMutation = `mutation($id:ID!){ reviseQuote(id:$id){ id version status } }`
	updateMutation = `mutation($id:ID!,$in:QuoteInput!){ updateQuote(id:$id, input:$in){ id } }`
)
