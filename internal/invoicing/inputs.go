package invoicing

import (
	"github.com/google/uuid"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/kernel/dates"
	"github.com/postprod/postprod/internal/kernel/money"
)

// The GraphQL inputs of invoicing are bound to these types (gqlgen.yml).

// LineInput is an invoice line as typed (InvoiceLineInput).
type LineInput struct {
	OperationID        *uuid.UUID
	Description        string
	Quantity           money.Quantity
	Unit               db.QuoteUnit
	HoursPerDay        *int
	UnitPrice          money.Cents
	DiscountPercent    *money.Rate
	DiscountAmount     *money.Cents
	VatRate            money.Rate
	VatExemptionCode   *string
	VatExemptionReason *string
}

// CreateInput starts a draft invoice (CreateInvoiceInput).
type CreateInput struct {
	Kind           db.InvoiceKind
	ClientID       *uuid.UUID
	ProductionID   *uuid.UUID
	QuoteID        *uuid.UUID
	DepositPercent *money.Rate
	ServiceFrom    *dates.Date
	ServiceTo      *dates.Date
	PurchaseOrder  *string
	Notes          *string
	Lines          []*LineInput
}

// Input changes a draft (InvoiceInput): nil keeps; Lines replaces.
type Input struct {
	ServiceFrom   *dates.Date
	ServiceTo     *dates.Date
	PurchaseOrder *string
	Notes         *string
	Lines         []*LineInput
}

// CreditNoteInput is a credit note as asked.
type CreditNoteInput struct {
	Full   bool
	Lines  []*CreditLineInput
	Reason string
}

// CreditLineInput credits an invoice line, wholly or for a quantity.
type CreditLineInput struct {
	InvoiceLineID uuid.UUID
	Quantity      *money.Quantity
}

// PaymentInput is a payment received.
type PaymentInput struct {
	PaidOn    dates.Date
	Amount    money.Cents
	Method    db.PaymentMethod
	Reference *string
}

// SettingsInput changes the invoicing settings: nil keeps.
type SettingsInput struct {
	LegalForm         *string
	ShareCapital      *money.Cents
	RcsCity           *string
	Siren             *string
	Iban              *string
	Bic               *string
	PaymentDays       *int
	PaymentEndOfMonth *bool
	LatePenaltyRate   *money.Rate
	RecoveryIndemnity *money.Cents
	EarlyPaymentTerms *string
	VatOnDebits       *bool
	Footer            *string
	AccountSales      *string
	AccountVat        *string
	AccountClient     *string
}

// Filter narrows the invoices list.
type Filter struct {
	ClientID     *uuid.UUID
	ProductionID *uuid.UUID
	Kind         *db.InvoiceKind
	Status       *db.InvoiceStatus
	Overdue      *bool
	From         *dates.Date
	To           *dates.Date
}
