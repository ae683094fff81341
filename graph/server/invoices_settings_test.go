package server_test

import (
	"strings"
	"testing"

	"github.com/postprod/postprod/db"
)

const settingsFields = `legalForm shareCapital rcsCity siren siret vatNumber iban bic paymentDays paymentEndOfMonth latePenaltyRate
	recoveryIndemnity earlyPaymentTerms vatOnDebits footer accountSales accountVat accountClient`

// The settings read as the defaults until edited; each field is checked:
// SIREN (9 digits, the start of the organisation's SIRET), IBAN check
// digits, BIC, payment terms (60 days, 45 end of month), penalty rate and
// indemnity.
func TestInvoicingSettings(t *testing.T) {
	e := newEmptyEnv(t)
	fx := e.newOrg("Factures Réglages").billable()
	admin := fx.as(db.RoleAdmin)
	type settings struct {
		LegalForm, ShareCapital, RcsCity, Siren, Siret, VatNumber, Iban, Bic string
		PaymentDays                                                          int
		PaymentEndOfMonth, VatOnDebits                                       bool
		LatePenaltyRate, RecoveryIndemnity, EarlyPaymentTerms, Footer        string
		AccountSales, AccountVat, AccountClient                              string
	}
	var d struct{ InvoicingSettings settings }
	e.call(fx.as(db.RoleAccountant), `{ invoicingSettings { `+settingsFields+` } }`, nil, &d)
	s := d.InvoicingSettings
	if s.PaymentDays != 30 || s.LatePenaltyRate != "12.15" || s.RecoveryIndemnity != "40.00" || s.AccountSales != "706000" ||
		s.Siret != sellerSiret || s.VatNumber != sellerVat || !strings.HasPrefix(s.EarlyPaymentTerms, "Pas d'escompte") {
		t.Fatalf("defaults %+v", s)
	}
	const update = `mutation($in:InvoicingSettingsInput!){ updateInvoicingSettings(input:$in){ ` + settingsFields + ` } }`
	for field, in := range map[string]map[string]any{
		"siren":             {"siren": "12345"},
		"siren ":            {"siren": "443061841"}, // a valid SIREN, not the organisation's
		"iban":              {"iban": "FR7630006000011234567890188"},
		"bic":               {"bic": "BNP"},
		"paymentDays":       {"paymentDays": 61},
		"paymentDays ":      {"paymentDays": 46, "paymentEndOfMonth": true},
		"latePenaltyRate":   {"latePenaltyRate": "0"},
		"recoveryIndemnity": {"recoveryIndemnity": "39.99"},
		"accountSales":      {"accountSales": "7 06 = 1"},
	} {
		r := e.wantCode(admin, update, map[string]any{"in": in}, "VALIDATION")
		if got := r.Errors[0].Extensions["field"]; got != strings.TrimSpace(field) {
			t.Errorf("%v: field %v", in, got)
		}
	}
	var u struct{ UpdateInvoicingSettings settings }
	e.call(admin, update, map[string]any{"in": map[string]any{"legalForm": "SAS", "shareCapital": "10000", "rcsCity": "Paris",
		"siren": "732 829 320", "iban": "FR76 3000 6000 0112 3456 7890 189", "bic": "bnpafrppxxx", "paymentDays": 45, "paymentEndOfMonth": true,
		"latePenaltyRate": "10", "vatOnDebits": true}}, &u)
	s = u.UpdateInvoicingSettings
	if s.Siren != "732829320" || s.Iban != "FR7630006000011234567890189" || s.Bic != "BNPAFRPPXXX" || s.PaymentDays != 45 || !s.PaymentEndOfMonth ||
		s.LatePenaltyRate != "10" || !s.VatOnDebits || s.ShareCapital != "10000.00" || s.AccountSales != "706000" {
		t.Fatalf("updated %+v", s)
	}
	// The terms apply: 45 days after the end of the issue's month.
	v := fx.issued(iline())
	if v.IssueDate == nil || v.DueDate == nil || (*v.DueDate)[:7] == (*v.IssueDate)[:7] {
		t.Fatalf("issued %v due %v", v.IssueDate, v.DueDate)
	}
	// The client's producers hear of an issued invoice.
	in := e.inbox(fx.as(db.RoleProducer), nil).Notifications
	if in.TotalCount != 1 || in.Edges[0].Node.Kind != "INVOICE_ISSUED" || !strings.Contains(in.Edges[0].Node.Body, *v.Number) {
		t.Fatalf("the producer's inbox: %+v", in)
	}
}
