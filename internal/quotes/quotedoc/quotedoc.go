// Package quotedoc sets a quote version or an amendment as the PDF the
// producer reads and accepts (French: the legal header, the lines by stage,
// the totals, the conditions and the signature block). It only lays out
// what it is given; the quotes service decides the figures.
package quotedoc

import (
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
	Reference          string // "D-2026-00012 v2", "D-2026-00012-A1"; "" before the first send
	Amends             string // the accepted version an amendment amends, "D-2026-00012 v2"; "" for a quote
	Draft              bool   // a preview of a draft (set by the document route): marked, never accepted
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
