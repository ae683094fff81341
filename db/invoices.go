package db

// Invoicing: settings, invoices, credit notes, their lines, deductions of
// deposits, payments.

import (
	"encoding/json"
	"io"
	"slices"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/internal/kernel/dates"
	"github.com/postprod/postprod/internal/kernel/money"
)

// InvoiceKind is what an invoice bills.
type InvoiceKind string

const (
	InvoiceDeposit  InvoiceKind = "DEPOSIT"  // a percentage of the accepted quote (facture d'acompte, type 386)
	InvoiceProgress InvoiceKind = "PROGRESS" // the approved work of a period at the frozen prices
	InvoiceFinal    InvoiceKind = "FINAL"    // the quote and its amendments (or actuals), less the deposits
	InvoiceStandard InvoiceKind = "STANDARD" // free lines
)

var AllInvoiceKinds = []InvoiceKind{InvoiceDeposit, InvoiceProgress, InvoiceFinal, InvoiceStandard}

func (k InvoiceKind) Valid() bool            { return slices.Contains(AllInvoiceKinds, k) }
func (k InvoiceKind) MarshalGQL(w io.Writer) { MarshalEnum(w, k) }
func (k *InvoiceKind) UnmarshalGQL(v any) (err error) {
	*k, err = UnmarshalEnum(v, AllInvoiceKinds, "InvoiceKind")
	return
}

// InvoiceStatus is where an invoice stands: issued, it moves only with its
// payments and credit notes.
type InvoiceStatus string

const (
	InvoiceDraft         InvoiceStatus = "DRAFT"
	InvoiceIssued        InvoiceStatus = "ISSUED"
	InvoicePartiallyPaid InvoiceStatus = "PARTIALLY_PAID"
	InvoicePaid          InvoiceStatus = "PAID"
	InvoiceCancelled     InvoiceStatus = "CANCELLED" // wholly cancelled by credit notes
)

var AllInvoiceStatuses = []InvoiceStatus{InvoiceDraft, InvoiceIssued, InvoicePartiallyPaid, InvoicePaid, InvoiceCancelled}

func (s InvoiceStatus) Valid() bool            { return slices.Contains(AllInvoiceStatuses, s) }
func (s InvoiceStatus) MarshalGQL(w io.Writer) { MarshalEnum(w, s) }
func (s *InvoiceStatus) UnmarshalGQL(v any) (err error) {
	*s, err = UnmarshalEnum(v, AllInvoiceStatuses, "InvoiceStatus")
	return
}

// CreditNoteStatus: a credit note is drafted, then issued for good.
type CreditNoteStatus string

const (
	CreditNoteDraft  CreditNoteStatus = "DRAFT"
	CreditNoteIssued CreditNoteStatus = "ISSUED"
)

var AllCreditNoteStatuses = []CreditNoteStatus{CreditNoteDraft, CreditNoteIssued}

func (s CreditNoteStatus) Valid() bool            { return slices.Contains(AllCreditNoteStatuses, s) }
func (s CreditNoteStatus) MarshalGQL(w io.Writer) { MarshalEnum(w, s) }
func (s *CreditNoteStatus) UnmarshalGQL(v any) (err error) {
	*s, err = UnmarshalEnum(v, AllCreditNoteStatuses, "CreditNoteStatus")
	return
}

// PaymentMethod is how a payment was made.
type PaymentMethod string

const (
	PaymentTransfer    PaymentMethod = "TRANSFER"
	PaymentCheque      PaymentMethod = "CHEQUE"
	PaymentCard        PaymentMethod = "CARD"
	PaymentCash        PaymentMethod = "CASH"
	PaymentDirectDebit PaymentMethod = "DIRECT_DEBIT"
	PaymentOther       PaymentMethod = "OTHER"
)

var AllPaymentMethods = []PaymentMethod{PaymentTransfer, PaymentCheque, PaymentCard, PaymentCash, PaymentDirectDebit, PaymentOther}

func (m PaymentMethod) Valid() bool            { return slices.Contains(AllPaymentMethods, m) }
func (m PaymentMethod) MarshalGQL(w io.Writer) { MarshalEnum(w, m) }
func (m *PaymentMethod) UnmarshalGQL(v any) (err error) {
	*m, err = UnmarshalEnum(v, AllPaymentMethods, "PaymentMethod")
	return
}

type InvoicingSettings struct {
	bun.BaseModel     `bun:"table:invoicing_settings,alias:ist"`
	OrganisationID    uuid.UUID `bun:",pk,type:uuid"`
	LegalForm         string
	ShareCapital      money.Cents `bun:"share_capital_cents"`
	RcsCity           string
	Siren             string
	Iban              string
	Bic               string
	PaymentDays       int
	PaymentEndOfMonth bool
	LatePenaltyRate   money.Rate  `bun:"late_penalty_bp"`
	RecoveryIndemnity money.Cents `bun:"recovery_indemnity_cents"`
	EarlyPaymentTerms string
	VatOnDebits       bool
	Footer            string
	AccountSales      string
	AccountVat        string
	AccountClient     string
	UpdatedAt         time.Time `bun:",nullzero,default:now()"`
}

type Invoice struct {
	bun.BaseModel  `bun:"table:invoices,alias:inv"`
	ID             uuid.UUID `bun:",pk,type:uuid,default:gen_random_uuid()"`
	OrganisationID uuid.UUID `bun:"type:uuid"`
	Kind           InvoiceKind
	Status         InvoiceStatus
	ClientID       uuid.UUID   `bun:"type:uuid"`
	ProductionID   *uuid.UUID  `bun:"type:uuid"`
	QuoteVersionID *uuid.UUID  `bun:"type:uuid"`
	Deposit        *money.Rate `bun:"deposit_bp"`
	ServiceFrom    *dates.Date `bun:"type:date"`
	ServiceTo      *dates.Date `bun:"type:date"`
	Year           *int
	Number         *int64
	IssueDate      *dates.Date `bun:"type:date"`
	DueDate        *dates.Date `bun:"type:date"`
	PurchaseOrder  string
	Notes          string
	TotalHT        money.Cents     `bun:"total_ht_cents"`
	TotalVAT       money.Cents     `bun:"total_vat_cents"`
	TotalTTC       money.Cents     `bun:"total_ttc_cents"`
	Prepaid        money.Cents     `bun:"prepaid_cents"`
	Due            money.Cents     `bun:"due_cents"`
	Seller         json.RawMessage `bun:"type:jsonb,nullzero"`
	Buyer          json.RawMessage `bun:"type:jsonb,nullzero"`
	// The documents are read only by their routes (ExcludeColumn them).
	Document       []byte  `bun:",nullzero"`
	XML            []byte  `bun:"xml,nullzero"`
	DocumentSHA256 *string `bun:"document_sha256"`
	IssuedAt       *time.Time
	IssuedBy       *uuid.UUID `bun:"type:uuid"`
	CreatedBy      *uuid.UUID `bun:"type:uuid"`
	CreatedAt      time.Time  `bun:",nullzero,default:now()"`
	UpdatedAt      time.Time  `bun:",nullzero,default:now()"`
}

type CreditNote struct {
	bun.BaseModel  `bun:"table:credit_notes,alias:cn"`
	ID             uuid.UUID `bun:",pk,type:uuid,default:gen_random_uuid()"`
	OrganisationID uuid.UUID `bun:"type:uuid"`
	InvoiceID      uuid.UUID `bun:"type:uuid"`
	Status         CreditNoteStatus
	FullCredit     bool
	Reason         string
	Year           *int
	Number         *int64
	IssueDate      *dates.Date     `bun:"type:date"`
	TotalHT        money.Cents     `bun:"total_ht_cents"`
	TotalVAT       money.Cents     `bun:"total_vat_cents"`
	TotalTTC       money.Cents     `bun:"total_ttc_cents"`
	Seller         json.RawMessage `bun:"type:jsonb,nullzero"`
	Buyer          json.RawMessage `bun:"type:jsonb,nullzero"`
	Document       []byte          `bun:",nullzero"`
	XML            []byte          `bun:"xml,nullzero"`
	DocumentSHA256 *string         `bun:"document_sha256"`
	IssuedAt       *time.Time
	IssuedBy       *uuid.UUID `bun:"type:uuid"`
	CreatedBy      *uuid.UUID `bun:"type:uuid"`
	CreatedAt      time.Time  `bun:",nullzero,default:now()"`
	UpdatedAt      time.Time  `bun:",nullzero,default:now()"`
}

type InvoiceLine struct {
	bun.BaseModel      `bun:"table:invoice_lines,alias:il"`
	ID                 uuid.UUID  `bun:",pk,type:uuid,default:gen_random_uuid()"`
	OrganisationID     uuid.UUID  `bun:"type:uuid"`
	InvoiceID          *uuid.UUID `bun:"type:uuid"`
	CreditNoteID       *uuid.UUID `bun:"type:uuid"`
	Position           int
	OperationID        *uuid.UUID `bun:"type:uuid"`
	QuoteLineID        *uuid.UUID `bun:"type:uuid"`
	InvoiceLineID      *uuid.UUID `bun:"type:uuid"`
	Description        string
	Quantity           money.Quantity `bun:"quantity_milli"`
	Unit               QuoteUnit
	HoursPerDay        int
	UnitPrice          money.Cents  `bun:"unit_price_cents"`
	DiscountRate       *money.Rate  `bun:"discount_bp"`
	DiscountAmount     *money.Cents `bun:"discount_cents"`
	VatRate            money.Rate   `bun:"vat_bp"`
	VatExemptionCode   *string
	VatExemptionReason *string
	Net                money.Cents `bun:"net_cents"`
}

type InvoiceDeduction struct {
	bun.BaseModel    `bun:"table:invoice_deductions,alias:ded"`
	InvoiceID        uuid.UUID   `bun:",pk,type:uuid"`
	DepositInvoiceID uuid.UUID   `bun:",pk,type:uuid"`
	Amount           money.Cents `bun:"amount_cents"`
}

type Payment struct {
	bun.BaseModel  `bun:"table:payments,alias:pay"`
	ID             uuid.UUID   `bun:",pk,type:uuid,default:gen_random_uuid()"`
	OrganisationID uuid.UUID   `bun:"type:uuid"`
	InvoiceID      uuid.UUID   `bun:"type:uuid"`
	PaidOn         dates.Date  `bun:"type:date"`
	Amount         money.Cents `bun:"amount_cents"`
	Method         PaymentMethod
	Reference      string
	CreatedBy      *uuid.UUID `bun:"type:uuid"`
	CreatedAt      time.Time  `bun:",nullzero,default:now()"`
}
