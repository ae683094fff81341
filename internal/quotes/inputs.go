package quotes

import (
	"github.com/google/uuid"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/kernel/dates"
	"github.com/postprod/postprod/internal/kernel/money"
)

// The GraphQL inputs of quotes and amendments are bound to these types
// (gqlgen.yml): the service reads what the client typed, nothing converted.

// LineInput is a line as typed (QuoteLineInput).
type LineInput struct {
	Key             *uuid.UUID
	OperationID     *uuid.UUID
	EpisodeID       *uuid.UUID
	Kind            db.QuoteLineKind
	Description     *string
	Quantity        money.Quantity
	Unit            db.QuoteUnit
	HoursPerDay     *int
	UnitPrice       money.Cents
	DiscountPercent *money.Rate
	DiscountAmount  *money.Cents
	VatRate         money.Rate
}

// CreateInput starts a quote (CreateQuoteInput).
type CreateInput struct {
	ProductionID uuid.UUID
	TemplateID   *uuid.UUID
	Title        *string
	ValidUntil   *dates.Date
}

// Input changes a draft version (QuoteInput): nil keeps the value; Lines,
// when not nil, replaces every line.
type Input struct {
	Title              *string
	ValidUntil         *dates.Date
	PurchaseOrder      *string
	SpecRuntimeMinutes *int
	SpecEpisodes       *int
	SpecDeliverables   *string
	DepositPercent     *money.Rate
	PaymentDays        *int
	PaymentEndOfMonth  *bool
	OvertimePercent    *money.Rate
	NightPercent       *money.Rate
	WeekendPercent     *money.Rate
	Notes              *string
	Lines              []*LineInput
}

// AmendmentInput changes a draft amendment.
type AmendmentInput struct {
	Title      *string
	ValidUntil *dates.Date
	Notes      *string
	Lines      []*LineInput
}

// AcceptInput is the producer's "bon pour accord".
type AcceptInput struct {
	Name    string
	Mention string
}

// SalePriceInput is a price of the list as typed.
type SalePriceInput struct {
	Target        db.SalePriceTarget
	OperationID   *uuid.UUID
	RoomKind      *db.RoomKind
	Function      *string
	Unit          db.QuoteUnit
	HoursPerDay   *int
	UnitPrice     money.Cents
	EffectiveFrom dates.Date
	EffectiveTo   *dates.Date
}

// Filter narrows the quotes list (QuoteFilter).
type Filter struct {
	ProductionID       *uuid.UUID
	Status             *db.QuoteStatus
	ExpiringWithinDays *int
	AllVersions        *bool
}

// AmendmentFilter narrows the amendments list.
type AmendmentFilter struct {
	ProductionID *uuid.UUID
	Status       *db.QuoteStatus
}

// SalePriceFilter narrows the sale price list.
type SalePriceFilter struct {
	Target   *db.SalePriceTarget
	ActiveOn *dates.Date
}
