package invoicing

// Issuing: checks, the next gapless number taken in the issuing
// transaction, the due date, the parties as they are today, the totals
// (pricing.Sum) and the Factur-X documents, all frozen in one UPDATE; the
// client's producers are told.

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/google/uuid"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/invoicing/facturx"
	"github.com/postprod/postprod/internal/kernel/apperr"
	"github.com/postprod/postprod/internal/kernel/dates"
	"github.com/postprod/postprod/internal/kernel/money"
	"github.com/postprod/postprod/internal/notifications"
	"github.com/postprod/postprod/internal/platform/numbering"
	"github.com/postprod/postprod/internal/platform/service"
	"github.com/postprod/postprod/internal/quotes"
)

// clock is the issuing instant; tests move it (SetClock) to cross a year.
var clock atomic.Pointer[func() time.Time]

// now is the issuing instant.
func now() time.Time {
	if f := clock.Load(); f != nil {
		return (*f)()
	}
	return time.Now()
}

// SetClock makes issues happen at f() until restore is called: a test
// hook (numbering across a new year); production code never calls it.
func SetClock(f func() time.Time) (restore func()) {
	clock.Store(&f)
	return func() { clock.Store(nil) }
}

// Immutable maps the database's last guard (an issued invoice or credit
// note, its lines, a payment never change) to CONFLICT.
func Immutable(err error) error {
	var pg *pgconn.PgError
	if errors.As(err, &pg) && pg.Code == "23514" && (strings.Contains(pg.Message, "issued invoice") || strings.Contains(pg.Message, "never changed")) {
		return apperr.New(apperr.Conflict, "id", "Ce document est émis : il ne change plus.", "This document is issued: it no longer changes.")
	}
	return err
}

// Link is the app's page of an invoice.
func Link(id uuid.UUID) string { return "/invoices/" + id.String() }

// CreditNoteLink is the app's page of a credit note.
func CreditNoteLink(id uuid.UUID) string { return "/credit-notes/" + id.String() }

// Number is an invoice's number, "F-2026-00042"; nil for a draft.
func Number(year *int, n *int64) *string { return format(numbering.Invoice, year, n) }

// CreditNoteNumber is a credit note's, "AV-2026-00003".
func CreditNoteNumber(year *int, n *int64) *string { return format(numbering.CreditNote, year, n) }

func format(k numbering.Kind, year *int, n *int64) *string {
	if year == nil || n == nil {
		return nil
	}
	s := numbering.Format(k, *year, *n)
	return &s
}

// DueDate is issue + days, or the end of the issue's month + days.
func DueDate(issue dates.Date, days int, endOfMonth bool) dates.Date {
	if endOfMonth {
		issue = dates.Of(time.Date(issue.Year, issue.Month+1, 0, 0, 0, 0, 0, time.UTC))
	}
	return issue.AddDays(days)
}

// parties are the seller and buyer of a document as they are now, with
// the settings that print with them.
type parties struct {
	settings *db.InvoicingSettings
	seller   facturx.Seller
	buyer    facturx.Party
	client   *db.Client
}

var postcodeRe = regexp.MustCompile(`^([0-9]{5})\s+(.+)$`)

// ParseAddress splits a free address ("12 rue X, 75011 Paris") into its
// lines, postcode and city; France unless it ends with another country.
func ParseAddress(s string) facturx.Address {
	a := facturx.Address{Country: "FR"}
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '\n' || r == ',' })
	for _, p := range parts {
		p = strings.TrimSpace(p)
		switch m := postcodeRe.FindStringSubmatch(p); {
		case p == "":
		case m != nil && a.Postcode == "":
			a.Postcode, a.City = m[1], m[2]
		case strings.EqualFold(p, "France"):
		default:
			a.Lines = append(a.Lines, p)
		}
	}
	return a
}

// partiesOf reads the organisation, its settings and the client, and
// refuses an issue without the legal details an invoice must show
// (VALIDATION on "seller" or "client").
func partiesOf(ctx context.Context, idb bun.IDB, org, clientID uuid.UUID) (*parties, error) {
	st, err := LoadSettings(ctx, idb, org)
	if err != nil {
		return nil, err
	}
	o := new(db.Organisation)
	if err := idb.NewSelect().Model(o).Where("id = ?", org).Scan(ctx); err != nil {
		return nil, err
	}
	cl := new(db.Client)
	if err := idb.NewSelect().Model(cl).Where("id = ? AND organisation_id = ?", clientID, org).Scan(ctx); err != nil {
		return nil, err
	}
	if strings.TrimSpace(o.Address) == "" || strings.TrimSpace(o.Siret) == "" || strings.TrimSpace(o.VatNumber) == "" {
		return nil, apperr.Invalid("seller", "Complétez l'adresse, le SIRET et le numéro de TVA de l'organisation avant d'émettre une facture.",
			"Complete the organisation's address, SIRET and VAT number before issuing an invoice.")
	}
	if strings.TrimSpace(cl.Address) == "" || (strings.TrimSpace(cl.Siret) == "" && strings.TrimSpace(cl.VatNumber) == "") {
		return nil, apperr.Invalid("client", "Complétez l'adresse et le SIRET ou le numéro de TVA du client avant d'émettre une facture.",
			"Complete the client's address and SIRET or VAT number before issuing an invoice.")
	}
	siren := st.Siren
	if siren == "" && len(o.Siret) >= 9 {
		siren = o.Siret[:9]
	}
	pt := &parties{settings: st, client: cl}
	pt.seller = facturx.Seller{Party: facturx.Party{Name: o.Name, LegalName: o.LegalName, Address: ParseAddress(o.Address), Siren: siren,
		Siret: o.Siret, VatNumber: o.VatNumber}, LegalForm: st.LegalForm, ShareCapital: st.ShareCapital, RcsCity: st.RcsCity, IBAN: st.Iban, BIC: st.Bic}
	var csiren string
	if len(cl.Siret) >= 9 {
		csiren = cl.Siret[:9]
	}
	pt.buyer = facturx.Party{Name: cl.Name, LegalName: cl.LegalName, Address: ParseAddress(cl.Address), Siren: csiren, Siret: cl.Siret,
		VatNumber: cl.VatNumber, Contact: facturx.Contact{Email: cl.ContactEmail}}
	return pt, nil
}

// checkLines refuses an issue without lines or with a 0 % line without
// its exemption reason.
func checkLines(lines []*db.InvoiceLine) error {
	if len(lines) == 0 {
		return apperr.Invalid("lines", "Une facture a au moins une ligne.", "An invoice has at least one line.")
	}
	for i, l := range lines {
		if l.VatRate == 0 && strings.TrimSpace(deref(l.VatExemptionReason)) == "" {
			return lineErr(i, "vatExemptionReason", "Une ligne à 0 % indique le motif d'exonération (ex. « Autoliquidation »).",
				"A 0% line states its exemption reason (e.g. \"Reverse charge\").")
		}
	}
	return nil
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// docLines are the lines as the documents print them.
func docLines(lines []*db.InvoiceLine) []facturx.Line {
	out := make([]facturx.Line, len(lines))
	for i, l := range lines {
		out[i] = facturx.Line{ID: strconv.Itoa(i + 1), Description: l.Description, Unit: l.Unit, HoursPerDay: l.HoursPerDay, Line: PricingLine(l),
			ExemptionCode: deref(l.VatExemptionCode), ExemptionReason: deref(l.VatExemptionReason)}
	}
	return out
}

// termsText words the payment terms (BT-20).
func termsText(days int, endOfMonth bool) string {
	switch {
	case days == 0 && !endOfMonth:
		return "Paiement à réception"
	case endOfMonth:
		return fmt.Sprintf("Paiement à %d jours fin de mois", days)
	}
	return fmt.Sprintf("Paiement à %d jours", days)
}

func snapshot(v any) (json.RawMessage, error) { return json.Marshal(v) }

// freeze fills the frozen columns of a document: its PDF and XML and their
// hash.
func freeze(d facturx.Document) (pdf, xml []byte, hash string, err error) {
	pdf, xml, err = facturx.Build(d)
	if err != nil {
		return nil, nil, "", err
	}
	sum := sha256.Sum256(pdf)
	return pdf, xml, hex.EncodeToString(sum[:]), nil
}

// Issue freezes a DRAFT invoice: its number (gapless per organisation and
// year, taken here), issue and due dates, parties, totals and documents.
// An invalid invoice is refused before any number is taken.
func (s *Service) Issue(ctx context.Context, id uuid.UUID) (*db.Invoice, error) {
	return service.Do(ctx, s.DB, CanInvoice, func(c *service.Call) (*db.Invoice, error) {
		inv, err := lockDraft(c, id)
		if err != nil {
			return nil, err
		}
		lines, err := linesOf(c.Ctx, c.Tx, c.P.OrganisationID, Parent{InvoiceID: &inv.ID})
		if err != nil {
			return nil, err
		}
		if err := checkLines(lines); err != nil {
			return nil, err
		}
		pt, err := partiesOf(c.Ctx, c.Tx, c.P.OrganisationID, inv.ClientID)
		if err != nil {
			return nil, err
		}
		deds, err := deductionRefs(c.Ctx, c.Tx, inv.ID)
		if err != nil {
			return nil, err
		}
		t := Totals(lines)
		var prepaid money.Cents
		for _, d := range deds {
			prepaid += d.Amount
		}
		if prepaid > t.TTC {
			return nil, apperr.Invalid("lines", "Les acomptes déduits dépassent le total de la facture.", "The deposits deducted exceed the invoice's total.")
		}
		days, eom := pt.settings.PaymentDays, pt.settings.PaymentEndOfMonth
		doc := facturx.Document{TypeCode: facturx.TypeOf(inv.Kind), ServiceFrom: inv.ServiceFrom, ServiceTo: inv.ServiceTo,
			Seller: pt.seller, Buyer: pt.buyer, PurchaseOrder: inv.PurchaseOrder, Deductions: deds, Lines: docLines(lines), Totals: t,
			Prepaid: prepaid, DuePayable: t.TTC - prepaid, EarlyPayment: pt.settings.EarlyPaymentTerms, LatePenaltyRate: pt.settings.LatePenaltyRate,
			RecoveryIndemnity: pt.settings.RecoveryIndemnity, VatOnDebits: pt.settings.VatOnDebits, Notes: inv.Notes, Footer: pt.settings.Footer}
		for _, d := range deds {
			doc.Preceding = append(doc.Preceding, d.Reference)
		}
		if inv.QuoteVersionID != nil {
			v := new(db.QuoteVersion)
			if err := c.Tx.NewSelect().Model(v).Column("payment_days", "payment_end_of_month").Where("id = ?", *inv.QuoteVersionID).Scan(c.Ctx); err != nil {
				return nil, err
			}
			days, eom = v.PaymentDays, v.PaymentEndOfMonth
		}
		if inv.ProductionID != nil {
			if err := c.Tx.NewSelect().Model((*db.Production)(nil)).Column("title").Where("id = ?", *inv.ProductionID).Scan(c.Ctx, &doc.Production); err != nil {
				return nil, err
			}
		}
		at := now()
		year := numbering.YearOf(at)
		n, err := numbering.Next(c.Ctx, c.Tx, c.P.OrganisationID, numbering.Invoice, year)
		if err != nil {
			return nil, err
		}
		issue := dates.Of(at.In(dates.Paris))
		due := DueDate(issue, days, eom)
		doc.Number, doc.IssueDate, doc.DueDate, doc.PaymentTerms = numbering.Format(numbering.Invoice, year, n), issue, &due, termsText(days, eom)
		pdf, xml, hash, err := freeze(doc)
		if err != nil {
			return nil, err
		}
		if inv.Seller, err = snapshot(pt.seller); err != nil {
			return nil, err
		}
		if inv.Buyer, err = snapshot(pt.buyer); err != nil {
			return nil, err
		}
		inv.Status, inv.Year, inv.Number, inv.IssueDate, inv.DueDate = db.InvoiceIssued, &year, &n, &issue, &due
		inv.TotalHT, inv.TotalVAT, inv.TotalTTC, inv.Prepaid, inv.Due = t.HT, t.VAT, t.TTC, prepaid, t.TTC-prepaid
		inv.Document, inv.XML, inv.DocumentSHA256, inv.IssuedAt, inv.IssuedBy = pdf, xml, &hash, &at, c.P.ActorID()
		if _, err := c.Tx.NewUpdate().Model(inv).Column("status", "year", "number", "issue_date", "due_date", "total_ht_cents", "total_vat_cents",
			"total_ttc_cents", "prepaid_cents", "due_cents", "seller", "buyer", "document", "xml", "document_sha256", "issued_at", "issued_by").
			Set("updated_at = now()").WherePK().Exec(c.Ctx); err != nil {
			return nil, Immutable(err)
		}
		inv.Document, inv.XML = nil, nil // the routes serve them; the API never carries them
		if err := s.notifyIssued(c, inv, doc.Production); err != nil {
			return nil, err
		}
		return inv, emit(c, inv, EventIssued)
	})
}

// deductionRefs are the deposits a final invoice deducts, by number.
func deductionRefs(ctx context.Context, idb bun.IDB, invoiceID uuid.UUID) ([]facturx.Deduction, error) {
	var rows []struct {
		Year      int
		Number    int64
		IssueDate dates.Date `bun:"type:date"`
		Amount    money.Cents
	}
	if err := idb.NewRaw(`SELECT d.year, d.number, d.issue_date, x.amount_cents AS amount FROM invoice_deductions x
		JOIN invoices d ON d.id = x.deposit_invoice_id WHERE x.invoice_id = ? ORDER BY d.year, d.number`, invoiceID).Scan(ctx, &rows); err != nil {
		return nil, err
	}
	out := make([]facturx.Deduction, len(rows))
	for i, r := range rows {
		out[i] = facturx.Deduction{Reference: facturx.Reference{Number: numbering.Format(numbering.Invoice, r.Year, r.Number), IssueDate: r.IssueDate},
			Amount: r.Amount}
	}
	return out, nil
}

func (s *Service) notifyIssued(c *service.Call, inv *db.Invoice, production string) error {
	if s.Notify == nil {
		return nil
	}
	users, err := quotes.ProducerUsers(c.Ctx, c.Tx, inv.OrganisationID, inv.ClientID)
	if err != nil || len(users) == 0 {
		return err
	}
	params := map[string]string{notifications.ParamReference: *Number(inv.Year, inv.Number), notifications.ParamAmount: inv.Due.String(),
		notifications.ParamDueDate: inv.DueDate.String(), notifications.ParamProduction: production}
	return s.Notify.Notify(c.Ctx, c.Tx, notifications.Notice{OrganisationID: inv.OrganisationID, Kind: db.NotificationInvoiceIssued, Users: users,
		ProductionID: inv.ProductionID, Link: Link(inv.ID), Params: params})
}
