package server_test

import (
	"strings"
	"testing"

	"github.com/google/uuid"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/graph/server"
	"github.com/postprod/postprod/internal/kernel/money"
)

// someLines are two lines of a small quote.
func someLines(fx *org) []db.QuoteLine {
	edit, mix := uuid.MustParse(fx.op("OFFLINE_EDIT")), uuid.MustParse(fx.op("MIX"))
	return []db.QuoteLine{
		{OperationID: &edit, Kind: db.LineRoomWithOperator, Quantity: 5000, Unit: db.QuoteUnitDay, HoursPerDay: 8, UnitPrice: 55000, VatRate: 2000},
		{OperationID: &mix, Kind: db.LineRoomWithOperator, Quantity: 2000, Unit: db.QuoteUnitDay, HoursPerDay: 8, UnitPrice: 125000, VatRate: 2000},
	}
}

// Who gets which quote or amendment document: the staff every one (a
// draft as a marked preview), the producer of the client the sent ones;
// technicians and rights holders are refused (403, as for statements);
// another client's producer, another organisation and unknown ids get 404;
// without a token, 401.
func TestQuoteDocumentRoles(t *testing.T) {
	e := newEmptyEnv(t)
	fx := e.newOrg("Devis Rôles")
	other := e.newOrg("Autre Maison")
	prod := fx.production()
	accepted := fx.quoteVersion(prod, db.QuoteAccepted, someLines(fx))
	draft := fx.quoteVersion(fx.production(), db.QuoteDraft, someLines(fx))
	extra := func() []db.QuoteLine {
		l := someLines(fx)[:1]
		l[0].Quantity = money.Quantity(1500)
		return l
	}
	sentAm := fx.amendment(accepted, prod, db.QuoteSent, extra())
	// One draft amendment per quote: the draft is another quote's.
	accepted2 := fx.quoteVersion(prod, db.QuoteAccepted, someLines(fx))
	draftAm := fx.amendment(accepted2, prod, db.QuoteDraft, extra())
	// A producer of another client of the same organisation.
	elsewhere := fx.quoteVersion(fx.production("clientId", fx.client()), db.QuoteSent, someLines(fx))

	staff := []db.Role{db.RoleAdmin, db.RoleCoordinator, db.RoleAccountant, db.RoleIntegration}
	type doc struct {
		path   string
		stored []byte // nil: a draft, rendered as a preview
		sha    string
	}
	sentDocs := []doc{
		{"/documents/quotes/" + accepted.ID + ".pdf", accepted.Document, accepted.SHA256},
		{"/documents/amendments/" + sentAm.ID + ".pdf", sentAm.Document, sentAm.SHA256},
	}
	draftDocs := []doc{{path: "/documents/quotes/" + draft.ID + ".pdf"}, {path: "/documents/amendments/" + draftAm.ID + ".pdf"}}
	for _, d := range sentDocs {
		for _, r := range append(staff, db.RoleProducer) {
			code, h, body := download(t, e, fx.as(r), d.path)
			if code != 200 || string(body) != string(d.stored) || h.Get(server.DigestHeader) != d.sha {
				t.Errorf("%s as %s: %d, identical %v, sha %q", d.path, r, code, string(body) == string(d.stored), h.Get(server.DigestHeader))
			}
		}
	}
	for _, d := range draftDocs {
		for _, r := range staff {
			code, _, body := download(t, e, fx.as(r), d.path)
			if code != 200 {
				t.Errorf("%s as %s: %d", d.path, r, code)
				continue
			}
			if text := pdfText(t, body, "apercu.pdf"); !strings.Contains(text, "APERÇU — BROUILLON, sans valeur contractuelle") {
				t.Errorf("%s as %s: the preview is not marked as a draft", d.path, r)
			}
		}
		if code, _, _ := download(t, e, fx.as(db.RoleProducer), d.path); code != 404 {
			t.Errorf("%s as the producer: %d, want 404 (no draft)", d.path, code)
		}
	}
	if text := pdfText(t, sentAm.Document, "avenant.pdf"); !strings.Contains(text, "Avenant D-") || !strings.Contains(text, "-A1 au devis D-") {
		t.Errorf("the amendment's title: %.300s", text)
	}
	for _, d := range append(sentDocs, draftDocs...) {
		for _, c := range []struct {
			who  string
			tok  string
			want int
		}{
			{"technician", fx.as(db.RoleTechnician), 403},
			{"rights holder", fx.as(db.RoleRightsHolder), 403},
			{"another organisation's coordinator", other.as(db.RoleCoordinator), 404},
			{"another organisation's producer", other.as(db.RoleProducer), 404},
			{"another organisation's integration", other.as(db.RoleIntegration), 404},
			{"anonymous", "", 401},
		} {
			if code, _, _ := download(t, e, c.tok, d.path); code != c.want {
				t.Errorf("%s as %s: %d, want %d", d.path, c.who, code, c.want)
			}
		}
	}
	if code, _, _ := download(t, e, fx.as(db.RoleProducer), "/documents/quotes/"+elsewhere.ID+".pdf"); code != 404 {
		t.Errorf("another client's quote as the producer: %d, want 404", code)
	}
	if code, _, _ := download(t, e, fx.as(db.RoleCoordinator), "/documents/quotes/"+elsewhere.ID+".pdf"); code != 200 {
		t.Errorf("another client's quote as the coordinator: %d", code)
	}
	for _, p := range []string{
		"/documents/quotes/" + uuid.NewString() + ".pdf", "/documents/amendments/" + accepted.ID + ".pdf", // a version is no amendment
		"/documents/quotes/" + sentAm.ID + ".pdf", "/documents/quotes/not-an-id.pdf", "/documents/quotes/" + accepted.ID + ".csv",
	} {
		if code, _, _ := download(t, e, fx.as(db.RoleCoordinator), p); code != 404 {
			t.Errorf("%s: %d, want 404", p, code)
		}
	}
}
