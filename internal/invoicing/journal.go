package invoicing

// The sales journal (journal des ventes) of a period, for the accountant's
// software. Its layout, one line per (document, VAT rate), in issue-date
// order (the issue date is a Paris calendar day), then by number:
//
//	Date | Journal | Pièce | Compte client | Compte de vente | Compte TVA | Client | Libellé | HT | TVA | TTC
//
//   - Date: the document's issue date; Journal: "VE" (ventes); Pièce: its
//     number (F-2026-00042, AV-2026-00003).
//   - The three accounts of the organisation's chart, from its invoicing
//     settings (defaults 411000, 706000, 445710, as the migration's): the client account is
//     debited the TTC, the sales account credited the HT, the VAT account
//     credited the VAT — so every line balances (TTC = HT + TVA).
//   - Client: the client's legal name (its name when it has none).
//   - Libellé: what the line is ("Facture d'acompte F-2026-00001, TVA 20 %").
//   - HT: the sum of the document's line nets at that rate; TVA: the rate of
//     that sum, half-up (as pricing.Sum: EN 16931 BR-CO-17), so a
//     document's lines add up to its totals; TTC = HT + TVA.
//   - A credit note's lines are negative: it reverses the same accounts.
//   - A final invoice that deducts deposit invoices is followed by one
//     negative line per deposit and rate ("Déduction de l'acompte
//     F-2026-00001"): the deposit was booked to sales when it was invoiced,
//     so the final invoice books only the rest, and the period's sales are
//     counted once.
//
// Drafts are never in it; an issued invoice later cancelled stays (its
// credit note reverses it).

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/auth"
	"github.com/postprod/postprod/internal/kernel/apperr"
	"github.com/postprod/postprod/internal/kernel/dates"
	"github.com/postprod/postprod/internal/kernel/money"
	"github.com/postprod/postprod/internal/platform/documents"
	"github.com/postprod/postprod/internal/platform/numbering"
)

// SalesJournalCode is the journal's code in the accountant's software.
const SalesJournalCode = "VE"

// MaxJournalDays is the longest period of one export: a leap year.
const MaxJournalDays = 366

// JournalLine is one line of the sales journal: a document at one rate.
type JournalLine struct {
	Date          dates.Date
	Number        string
	AccountClient string
	AccountSales  string
	AccountVAT    string
	Client        string
	Label         string
	Rate          money.Rate
	HT, VAT, TTC  money.Cents // negative for a credit note or a deduction
}

// CheckJournalPeriod refuses a period that ends before it starts or is
// longer than MaxJournalDays (both days included).
func CheckJournalPeriod(from, to dates.Date) error {
	if to.Before(from) {
		return apperr.Invalid("to", "La fin de la période ("+to.String()+") précède son début ("+from.String()+").",
			"The period ends ("+to.String()+") before it starts ("+from.String()+").")
	}
	if days := int(to.Time().Sub(from.Time()).Hours()/24) + 1; days > MaxJournalDays {
		return apperr.Invalid("to", fmt.Sprintf("La période couvre %d jours : %d au plus.", days, MaxJournalDays),
			fmt.Sprintf("The period covers %d days: %d at most.", days, MaxJournalDays))
	}
	return nil
}

// journalRow is what the queries read: a document's nets at one rate.
type journalRow struct {
	Date   dates.Date  `bun:"date"`
	Kind   string      `bun:"kind"` // an InvoiceKind, or "CREDIT_NOTE"
	Year   int         `bun:"year"`
	Number int64       `bun:"number"`
	Client string      `bun:"client"`
	Rate   money.Rate  `bun:"vat_bp"`
	Base   money.Cents `bun:"base"`
	// A deduction: the final invoice deducting the deposit, the TTC
	// deducted and the deposit's own TTC.
	FinalYear   int         `bun:"final_year"`
	FinalNumber int64       `bun:"final_number"`
	Amount      money.Cents `bun:"amount"`
	DepositTTC  money.Cents `bun:"deposit_ttc"`
}

const creditNoteKind = "CREDIT_NOTE"

// credit is 1 for a credit note's row, 0 for an invoice's.
func (r journalRow) credit() int {
	if r.Kind == creditNoteKind {
		return 1
	}
	return 0
}

// SalesJournal is the journal of the issued invoices and credit notes whose
// issue date falls in from..to (both included). The staff read it
// (CanExportSalesJournal); it takes three statements whatever the period.
func (s *Service) SalesJournal(ctx context.Context, from, to dates.Date) ([]JournalLine, error) {
	p, err := auth.Authorize(ctx, CanExportSalesJournal)
	if err != nil {
		return nil, err
	}
	if err := CheckJournalPeriod(from, to); err != nil {
		return nil, err
	}
	acc, err := journalAccounts(ctx, s.DB, p)
	if err != nil {
		return nil, err
	}
	clientName := "COALESCE(NULLIF(c.legal_name, ''), c.name)"
	var docs, deductions []journalRow
	invoices := s.DB.NewSelect().TableExpr("invoices AS inv").
		Join("JOIN clients AS c ON c.id = inv.client_id").
		Join("JOIN invoice_lines AS l ON l.invoice_id = inv.id").
		ColumnExpr("inv.issue_date AS date, inv.kind, inv.year, inv.number, "+clientName+" AS client, l.vat_bp, sum(l.net_cents) AS base").
		Where("inv.organisation_id = ? AND inv.status <> ?", p.OrganisationID, db.InvoiceDraft).
		Where("inv.issue_date BETWEEN ? AND ?", from, to).
		GroupExpr("inv.id, c.id, l.vat_bp")
	credits := s.DB.NewSelect().TableExpr("credit_notes AS cn").
		Join("JOIN invoices AS inv ON inv.id = cn.invoice_id").
		Join("JOIN clients AS c ON c.id = inv.client_id").
		Join("JOIN invoice_lines AS l ON l.credit_note_id = cn.id").
		ColumnExpr("cn.issue_date AS date, ? AS kind, cn.year, cn.number, "+clientName+" AS client, l.vat_bp, sum(l.net_cents) AS base", creditNoteKind).
		Where("cn.organisation_id = ? AND cn.status <> ?", p.OrganisationID, db.CreditNoteDraft).
		Where("cn.issue_date BETWEEN ? AND ?", from, to).
		GroupExpr("cn.id, c.id, l.vat_bp")
	if err := invoices.UnionAll(credits).Scan(ctx, &docs); err != nil {
		return nil, err
	}
	err = s.DB.NewSelect().TableExpr("invoice_deductions AS ded").
		Join("JOIN invoices AS inv ON inv.id = ded.invoice_id").
		Join("JOIN invoices AS dep ON dep.id = ded.deposit_invoice_id").
		Join("JOIN clients AS c ON c.id = inv.client_id").
		Join("JOIN invoice_lines AS l ON l.invoice_id = dep.id").
		ColumnExpr("inv.issue_date AS date, dep.kind, dep.year, dep.number, "+clientName+" AS client, l.vat_bp, sum(l.net_cents) AS base").
		ColumnExpr("inv.year AS final_year, inv.number AS final_number, ded.amount_cents AS amount, dep.total_ttc_cents AS deposit_ttc").
		Where("inv.organisation_id = ? AND inv.status <> ?", p.OrganisationID, db.InvoiceDraft).
		Where("inv.issue_date BETWEEN ? AND ?", from, to).
		GroupExpr("inv.id, dep.id, ded.amount_cents, c.id, l.vat_bp").
		Scan(ctx, &deductions)
	if err != nil {
		return nil, err
	}
	return journalLines(acc, docs, deductions), nil
}

// journalLines orders the rows and turns them into the journal's lines.
func journalLines(acc journalChart, docs, deductions []journalRow) []JournalLine {
	slices.SortFunc(docs, func(a, b journalRow) int {
		return cmp.Or(a.Date.Time().Compare(b.Date.Time()),
			cmp.Compare(a.credit(), b.credit()), // invoices first
			cmp.Compare(a.Year, b.Year), cmp.Compare(a.Number, b.Number),
			cmp.Compare(b.Rate, a.Rate)) // the highest rate first, as on the invoice
	})
	type docKey struct {
		year   int
		number int64
	}
	byFinal := map[docKey][]journalRow{}
	for _, d := range deductions {
		k := docKey{d.FinalYear, d.FinalNumber}
		byFinal[k] = append(byFinal[k], d)
	}
	var out []JournalLine
	for i, r := range docs {
		kind, sign := numbering.Invoice, money.Cents(1)
		if r.Kind == creditNoteKind {
			kind, sign = numbering.CreditNote, -1
		}
		number := numbering.Format(kind, r.Year, r.Number)
		vat := r.Rate.Of(r.Base)
		out = append(out, acc.line(r, number, journalLabel(r.Kind, number, r.Rate), sign*r.Base, sign*vat))
		next := i + 1
		lastOfDoc := next == len(docs) || docs[next].Number != r.Number || docs[next].Kind != r.Kind || docs[next].Year != r.Year
		if lastOfDoc && r.Kind == string(db.InvoiceFinal) {
			out = append(out, acc.deductions(r, number, byFinal[docKey{r.Year, r.Number}])...)
		}
	}
	return out
}

// deductions are a final invoice's negative lines, one per deposit and
// rate. A deposit deducted in part (its TTC less what a credit note
// cancelled) is split over its rates in proportion, the last rate taking
// the rounding so the lines add up to the amount deducted.
func (acc journalChart) deductions(final journalRow, number string, deps []journalRow) []JournalLine {
	slices.SortFunc(deps, func(a, b journalRow) int {
		return cmp.Or(cmp.Compare(a.Year, b.Year), cmp.Compare(a.Number, b.Number), cmp.Compare(b.Rate, a.Rate))
	})
	var out []JournalLine
	left := map[int64]money.Cents{} // per deposit: TTC not yet spread
	for i, d := range deps {
		if _, ok := left[d.Number]; !ok {
			left[d.Number] = d.Amount
		}
		dep := numbering.Format(numbering.Invoice, d.Year, d.Number)
		ht, vat := d.Base, d.Rate.Of(d.Base)
		if d.Amount != d.DepositTTC && d.DepositTTC != 0 {
			ttc := money.Cents(money.DivHalfUp(int64(d.Amount)*int64(ht+vat), int64(d.DepositTTC)))
			if i == len(deps)-1 || deps[i+1].Number != d.Number || deps[i+1].Year != d.Year {
				ttc = left[d.Number]
			}
			ht = money.Cents(money.DivHalfUp(int64(ttc)*10000, int64(10000+d.Rate)))
			vat = ttc - ht
		}
		left[d.Number] -= ht + vat
		row := final
		row.Rate = d.Rate
		label := fmt.Sprintf("Déduction de l'acompte %s, TVA %s", dep, journalRate(d.Rate))
		out = append(out, acc.line(row, number, label, -ht, -vat))
	}
	return out
}

// journalLabel says what a line is, in French as the accountant reads it.
func journalLabel(kind, number string, rate money.Rate) string {
	name := map[string]string{
		string(db.InvoiceDeposit):  "Facture d'acompte",
		string(db.InvoiceProgress): "Facture de situation",
		string(db.InvoiceFinal):    "Facture de solde",
		string(db.InvoiceStandard): "Facture",
		creditNoteKind:             "Avoir",
	}[kind]
	return fmt.Sprintf("%s %s, TVA %s", name, number, journalRate(rate))
}

// journalRate is "20 %", "5,50 %" with an ordinary space: accounting
// imports read the label as plain text.
func journalRate(r money.Rate) string {
	return strings.ReplaceAll(documents.Percent(int64(r), documents.FR), "\u00a0", " ")
}

// journalChart is the organisation's three accounts.
type journalChart struct{ client, sales, vat string }

func (acc journalChart) line(r journalRow, number, label string, ht, vat money.Cents) JournalLine {
	return JournalLine{Date: r.Date, Number: number, AccountClient: acc.client, AccountSales: acc.sales, AccountVAT: acc.vat,
		Client: r.Client, Label: label, Rate: r.Rate, HT: ht, VAT: vat, TTC: ht + vat}
}

// journalDefaults are the accounts of the plan comptable général used until
// the organisation sets its own: clients, prestations de services, TVA
// collectée (the migration's column defaults).
var journalDefaults = journalChart{client: "411000", sales: "706000", vat: "445710"}

// journalAccounts reads the accounts of the caller's organisation, the
// defaults when it has no settings yet (or left one empty).
func journalAccounts(ctx context.Context, idb bun.IDB, p *auth.Principal) (journalChart, error) {
	var st db.InvoicingSettings
	err := idb.NewSelect().Model(&st).Column("account_client", "account_sales", "account_vat").
		Where("organisation_id = ?", p.OrganisationID).Scan(ctx)
	if err != nil && !apperr.NoRows(err) {
		return journalChart{}, err
	}
	pick := func(v, d string) string {
		if v == "" {
			return d
		}
		return v
	}
	return journalChart{client: pick(st.AccountClient, journalDefaults.client), sales: pick(st.AccountSales, journalDefaults.sales),
		vat: pick(st.AccountVat, journalDefaults.vat)}, nil
}
