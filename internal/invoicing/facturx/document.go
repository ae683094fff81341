// Package facturx makes the documents of an issued invoice or credit note:
// the Cross Industry Invoice XML (UN/CEFACT CII D16B, profile EN 16931) and
// the French PDF/A-3 that carries it as factur-x.xml (Factur-X 1.0, profile
// EN 16931), plus the reminder letter of an overdue invoice. It computes no
// business figure of its own: the caller gives the lines and the totals
// (pricing.Sum) and Build refuses a document whose figures disagree, so the
// PDF, the XML and the API always show the same cents.
package facturx

import (
	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/kernel/dates"
	"github.com/postprod/postprod/internal/kernel/money"
	"github.com/postprod/postprod/internal/kernel/pricing"
)

// TypeCode is the UNTDID 1001 document type (BT-3).
type TypeCode string

const (
	TypeInvoice        TypeCode = "380" // commercial invoice (STANDARD, PROGRESS, FINAL)
	TypeDepositInvoice TypeCode = "386" // facture d'acompte (DEPOSIT)
	TypeCreditNote     TypeCode = "381" // avoir
)

// TypeOf is the type code of an invoice kind.
func TypeOf(k db.InvoiceKind) TypeCode {
	if k == db.InvoiceDeposit {
		return TypeDepositInvoice
	}
	return TypeInvoice
}

// VatCategory is the UNCL 5305 VAT category of a line (BT-151).
type VatCategory string

const (
	VatStandard      VatCategory = "S"  // a positive rate
	VatZero          VatCategory = "Z"  // zero-rated goods or services
	VatExempt        VatCategory = "E"  // exempt (reason required)
	VatReverseCharge VatCategory = "AE" // autoliquidation (both VAT numbers required)
	VatIntraEU       VatCategory = "K"  // intra-community supply
	VatExport        VatCategory = "G"  // export outside the EU
	VatOutOfScope    VatCategory = "O"  // outside the scope of VAT
)

// VATEX exemption codes (BT-121) the invoice editor offers.
const (
	ExemptionReverseCharge = "VATEX-EU-AE"
	ExemptionExport        = "VATEX-EU-G"
	ExemptionIntraEU       = "VATEX-EU-IC"
	ExemptionOutOfScope    = "VATEX-EU-O"
)

// CategoryOf is the VAT category a stored line means: S for a positive
// rate, otherwise the category its VATEX code names, and E (exempt, its
// reason given as text) for any other code or none. Z (zero-rated, which
// must carry no reason) is only ever set explicitly on a Line.
func CategoryOf(rate money.Rate, exemptionCode string) VatCategory {
	if rate > 0 {
		return VatStandard
	}
	switch exemptionCode {
	case ExemptionReverseCharge:
		return VatReverseCharge
	case ExemptionExport:
		return VatExport
	case ExemptionIntraEU:
		return VatIntraEU
	case ExemptionOutOfScope:
		return VatOutOfScope
	}
	return VatExempt
}

// Address is a postal address; Country is ISO 3166-1 alpha-2 ("FR").
type Address struct {
	Lines    []string // street lines, at most three are carried in the XML
	Postcode string
	City     string
	Country  string
}

// Party is the seller or the buyer as the invoice names them. Siren is
// the legal registration identifier (BT-30/BT-47, scheme 0002); Siret
// the establishment (shown on the PDF).
type Party struct {
	Name      string // trading name
	LegalName string // registered name; Name when empty
	Address   Address
	Siren     string
	Siret     string
	VatNumber string // intra-community VAT number, "FR..."
	Contact   Contact
}

// Contact is who to ask about the invoice.
type Contact struct {
	Name, Phone, Email string
}

// Seller is the issuing organisation with its legal mentions and bank.
type Seller struct {
	Party
	LegalForm    string      // "SAS", "SARL"...
	ShareCapital money.Cents // 0: not shown
	RcsCity      string      // "RCS Paris"
	IBAN, BIC    string
}

// Reference is an earlier invoice by number and issue date: the invoice a
// credit note corrects (BG-3, BT-25/26), or a deposit invoice a final
// invoice deducts.
type Reference struct {
	Number    string
	IssueDate dates.Date
}

// Deduction is a deposit invoice a final invoice deducts, for its TTC.
type Deduction struct {
	Reference
	Amount money.Cents
}

// Line is one invoice or credit-note line. Its figures are pricing's:
// Net() is what the XML and the PDF show as the line amount.
type Line struct {
	ID          string // BT-126, the line's position ("1", "2"...)
	Description string
	Unit        db.QuoteUnit
	HoursPerDay int // a DAY's hours, shown on the PDF when set
	pricing.Line
	Category        VatCategory // empty: CategoryOf(VatRate, ExemptionCode)
	ExemptionCode   string      // VATEX code for a 0 % line (BT-121)
	ExemptionReason string      // text for a 0 % line (BT-120), "Autoliquidation"
}

// Document is everything an issued invoice or credit note says.
type Document struct {
	TypeCode  TypeCode
	Number    string // "F-2026-00042", "AV-2026-00003"
	IssueDate dates.Date
	DueDate   *dates.Date // invoices; nil on a credit note
	// The service date or period (BG-14); both equal for a single day.
	ServiceFrom, ServiceTo *dates.Date
	Seller                 Seller
	Buyer                  Party
	Production             string // the production billed, shown on the PDF
	PurchaseOrder          string // the client's order number (BT-13)
	// Preceding: for a credit note, the invoice it corrects (required).
	// A final invoice may leave it empty: its Deductions' references are
	// used.
	Preceding  []Reference
	Deductions []Deduction // deposits deducted by a final invoice, TTC
	Lines      []Line
	Totals     pricing.Totals // pricing.Sum of the lines
	Prepaid    money.Cents    // TotalPrepaidAmount BT-113 = sum of Deductions
	DuePayable money.Cents    // BT-115 = Totals.TTC − Prepaid
	// PaymentTerms is the terms text (BT-20); the due date is added to it.
	PaymentTerms string
	// EarlyPayment is the early-payment discount terms; empty prints
	// "Pas d'escompte pour paiement anticipé".
	EarlyPayment      string
	LatePenaltyRate   money.Rate  // annual rate of the late-payment penalties
	RecoveryIndemnity money.Cents // 40 € for a business client; 0: not shown
	VatOnDebits       bool        // "Option pour le paiement de la taxe d'après les débits"
	Reason            string      // a credit note's reason
	Notes             string
	Footer            string
}
