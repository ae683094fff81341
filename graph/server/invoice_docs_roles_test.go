package server_test

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"testing"

	"github.com/google/uuid"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/graph/server"
	"github.com/postprod/postprod/internal/kernel/dates"
)

// Who gets an invoice's or a credit note's Factur-X PDF and XML: the staff
// and the producer of the client the issued ones, byte for byte as stored
// (the PDF with its SHA-256); a draft is a 409 for the staff (it has no
// document before its issue) and a 404 for the producer (who never sees a
// draft); technicians and rights holders 403, as for statements; another
// client's producer, another organisation and unknown ids 404; no token 401.
func TestInvoiceDocumentRoles(t *testing.T) {
	e := newEmptyEnv(t)
	fx := e.newOrg("Factures Rôles")
	other := e.newOrg("Autre Facturier")
	day := dates.Date{Year: 2026, Month: 3, Day: 10}
	issued := fx.invoice(invoiceSpec{clientID: fx.clientID, kind: db.InvoiceStandard, issued: day, due: day.AddDays(30), year: 2026, number: 1,
		lines: []billed{{2000, 100000}}})
	draft := fx.invoice(invoiceSpec{clientID: fx.clientID, kind: db.InvoiceStandard, lines: []billed{{2000, 5000}}})
	credit := fx.creditNote(issued.ID, day.AddDays(1), 2026, 1, billed{2000, 10000})
	draftCredit := fx.creditNote(issued.ID, dates.Date{}, 0, 0, billed{2000, 2000})
	elsewhere := fx.invoice(invoiceSpec{clientID: fx.client(), kind: db.InvoiceStandard, issued: day, due: day.AddDays(30), year: 2026, number: 2,
		lines: []billed{{2000, 7000}}})
	elsewhereCredit := fx.creditNote(elsewhere.ID, day, 2026, 2, billed{2000, 7000})

	staff := []db.Role{db.RoleAdmin, db.RoleCoordinator, db.RoleAccountant, db.RoleIntegration}
	type doc struct {
		path, contentType string
		stored            []byte
		sha               string // the PDF's; the XML has none
	}
	var sent, drafts []string
	var docs []doc
	for _, d := range []struct {
		dir    string
		issued storedInvoice
		draft  string
	}{{"invoices", issued, draft.ID}, {"credit-notes", credit, draftCredit.ID}} {
		docs = append(docs,
			doc{"/documents/" + d.dir + "/" + d.issued.ID + ".pdf", "application/pdf", d.issued.PDF, d.issued.SHA256},
			doc{"/documents/" + d.dir + "/" + d.issued.ID + ".xml", "application/xml", d.issued.XML, ""})
		drafts = append(drafts, "/documents/"+d.dir+"/"+d.draft+".pdf", "/documents/"+d.dir+"/"+d.draft+".xml")
	}
	for _, d := range docs {
		sent = append(sent, d.path)
		for _, r := range append(staff, db.RoleProducer) {
			code, h, body := download(t, e, fx.as(r), d.path)
			if code != 200 || string(body) != string(d.stored) || h.Get("Content-Type") != d.contentType || h.Get("Cache-Control") != "private, no-store" {
				t.Errorf("%s as %s: %d, identical %v, %q", d.path, r, code, string(body) == string(d.stored), h.Get("Content-Type"))
			}
			if d.sha != "" {
				sum := sha256.Sum256(body)
				if h.Get(server.DigestHeader) != d.sha || hex.EncodeToString(sum[:]) != d.sha {
					t.Errorf("%s as %s: digest %q, want %q", d.path, r, h.Get(server.DigestHeader), d.sha)
				}
			} else if h.Get(server.DigestHeader) != "" {
				t.Errorf("%s: a digest on the XML", d.path)
			}
		}
	}
	for _, p := range drafts {
		for _, r := range staff {
			if code, _, _ := download(t, e, fx.as(r), p); code != 409 {
				t.Errorf("%s as %s: %d, want 409 (a draft has no document yet)", p, r, code)
			}
		}
		if code, _, _ := download(t, e, fx.as(db.RoleProducer), p); code != 404 {
			t.Errorf("%s as the producer: %d, want 404 (no draft)", p, code)
		}
	}
	for _, p := range append(sent, drafts...) {
		for _, c := range []struct {
			who  string
			tok  string
			want int
		}{
			{"technician", fx.as(db.RoleTechnician), 403},
			{"rights holder", fx.as(db.RoleRightsHolder), 403},
			{"another organisation's accountant", other.as(db.RoleAccountant), 404},
			{"another organisation's coordinator", other.as(db.RoleCoordinator), 404},
			{"another organisation's producer", other.as(db.RoleProducer), 404},
			{"another organisation's integration", other.as(db.RoleIntegration), 404},
			{"anonymous", "", 401},
		} {
			if code, _, _ := download(t, e, c.tok, p); code != c.want {
				t.Errorf("%s as %s: %d, want %d", p, c.who, code, c.want)
			}
		}
	}
	for _, p := range []string{"/documents/invoices/" + elsewhere.ID + ".pdf", "/documents/credit-notes/" + elsewhereCredit.ID + ".xml"} {
		if code, _, _ := download(t, e, fx.as(db.RoleProducer), p); code != 404 {
			t.Errorf("another client's %s as the producer: %d, want 404", p, code)
		}
		if code, _, _ := download(t, e, fx.as(db.RoleAccountant), p); code != 200 {
			t.Errorf("another client's %s as the accountant: %d", p, code)
		}
	}
	for _, p := range []string{
		"/documents/invoices/" + uuid.NewString() + ".pdf", "/documents/invoices/not-an-id.xml",
		"/documents/invoices/" + credit.ID + ".pdf", "/documents/credit-notes/" + issued.ID + ".xml", // an invoice is no credit note
		"/documents/invoices/" + issued.ID + ".csv", "/documents/invoices/" + issued.ID,
	} {
		if code, _, _ := download(t, e, fx.as(db.RoleCoordinator), p); code != 404 {
			t.Errorf("%s: %d, want 404", p, code)
		}
	}
	// The file is named after the document.
	if _, h, _ := download(t, e, fx.as(db.RoleAccountant), "/documents/credit-notes/"+credit.ID+".xml"); h.Get("Content-Disposition") != `attachment; filename="avoir-`+credit.ID[:8]+`.xml"` {
		t.Errorf("credit note XML: %q", h.Get("Content-Disposition"))
	}
}

// The reminder letter follows the invoice's readers; an invoice that is not
// overdue has none (409).
func TestInvoiceReminderRoles(t *testing.T) {
	e := newEmptyEnv(t)
	fx := e.newOrg("Relances Rôles")
	other := e.newOrg("Autre Relance")
	today := dates.Today()
	notDue := fx.invoice(invoiceSpec{clientID: fx.clientID, kind: db.InvoiceStandard, issued: today, due: today.AddDays(30), year: today.Year, number: 1,
		lines: []billed{{2000, 100000}}})
	overdue := fx.invoice(invoiceSpec{clientID: fx.clientID, kind: db.InvoiceStandard, issued: today.AddDays(-60), due: today.AddDays(-30), year: today.Year, number: 2,
		lines: []billed{{2000, 100000}}})
	for _, id := range []string{notDue.ID, overdue.ID} {
		p := "/documents/invoices/" + id + "/reminder.pdf"
		for _, c := range []struct {
			who  string
			tok  string
			want int
		}{
			{"technician", fx.as(db.RoleTechnician), 403},
			{"rights holder", fx.as(db.RoleRightsHolder), 403},
			{"another organisation's accountant", other.as(db.RoleAccountant), 404},
			{"another organisation's producer", other.as(db.RoleProducer), 404},
			{"anonymous", "", 401},
		} {
			if code, _, _ := download(t, e, c.tok, p); code != c.want {
				t.Errorf("%s as %s: %d, want %d", p, c.who, code, c.want)
			}
		}
	}
	for _, r := range []db.Role{db.RoleAccountant, db.RoleProducer} {
		if code, _, _ := download(t, e, fx.as(r), "/documents/invoices/"+notDue.ID+"/reminder.pdf"); code != 409 {
			t.Errorf("the reminder of an invoice not due as %s: %d, want 409", r, code)
		}
	}
	// The overdue one has its letter, for the staff and the client's producer.
	for _, r := range []db.Role{db.RoleAccountant, db.RoleProducer} {
		code, h, body := download(t, e, fx.as(r), "/documents/invoices/"+overdue.ID+"/reminder.pdf")
		if code != 200 || !strings.HasPrefix(string(body), "%PDF") || h.Get("Content-Type") != "application/pdf" {
			t.Errorf("the reminder of an overdue invoice as %s: %d %q", r, code, h.Get("Content-Type"))
		}
	}
	if code, _, _ := download(t, e, fx.as(db.RoleAccountant), "/documents/invoices/not-an-id/reminder.pdf"); code != 404 {
		t.Errorf("a malformed id: %d", code)
	}
}
