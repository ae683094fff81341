// Package quotedoc sets a quote version or an amendment as the PDF the
// producer reads and accepts (French: the legal header, the lines by stage,
// the totals, the conditions and the signature block). It only lays out
// what it is given; the quotes service decides the figures.
package quotedoc

import (
	"bytes"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/kernel/dates"
	"github.com/postprod/postprod/internal/kernel/money"
	"github.com/postprod/postprod/internal/kernel/pricing"
	"github.com/postprod/postprod/internal/platform/documents"
)

// Party is the client the document is addressed to.
type Party struct {
	Name, LegalName, Address, Siret, VatNumber string
}

// Line is a line as printed.
type Line struct {
	Stage           string // the operation's department label ("Image", "Son"…), grouping lines
	Operation       string // the operation's French label, "" without one
	Episode         string // "Épisode 3 — titre", "" without one
	Description     string
	Kind            db.QuoteLineKind
	Quantity        money.Quantity
	Unit            db.QuoteUnit
	HoursPerDay     int
	UnitPrice       money.Cents
	DiscountPercent *money.Rate
	DiscountAmount  *money.Cents
	VatRate         money.Rate
	Net             money.Cents
}

// Document is a quote version (Amends empty) or an amendment.
type Document struct {
	Reference          string // "D-2026-00012 v2", "D-2026-00012-A1"; "" for a draft preview
	Amends             string // the accepted version an amendment amends, "D-2026-00012 v2"
	Draft              bool   // a preview of a draft: marked as such, never accepted
	Title              string
	Production         string
	IssueDate          dates.Date
	ValidUntil         dates.Date
	Seller             documents.Organisation
	Client             Party
	PurchaseOrder      string
	SpecRuntimeMinutes *int
	SpecEpisodes       *int
	SpecDeliverables   string
	Lines              []Line
	Totals             pricing.Totals
	DepositPercent     money.Rate
	DepositAmount      money.Cents
	PaymentDays        int
	PaymentEndOfMonth  bool
	Overtime           money.Rate
	Night              money.Rate
	Weekend            money.Rate
	Notes              string
}

// Render sets the document as a PDF.
//
// A first layout: issue 14's document engineer replaces it with the full
// one (lines by stage, conditions, signature block).
func Render(d Document) ([]byte, error) {
	pdf := documents.NewPDF()
	title := "Devis"
	if d.Amends != "" {
		title = "Avenant"
	}
	if d.Reference != "" {
		title += " " + d.Reference
	}
	pdf.Header(d.Seller, title)
	for _, l := range d.Lines {
		pdf.MultiCell(0, 5, l.Description+" — "+l.Net.String()+" €", "", "L", false)
	}
	pdf.MultiCell(0, 5, "Total HT "+d.Totals.HT.String()+" € — TVA "+d.Totals.VAT.String()+" € — TTC "+d.Totals.TTC.String()+" €", "", "L", false)
	var buf bytes.Buffer
	if err := pdf.Output(&buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
