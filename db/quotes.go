package db

// Quotes (devis), their versions, amendments (avenants), their lines, the
// sale price list and quote templates.

import (
	"io"
	"slices"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/internal/kernel/dates"
	"github.com/postprod/postprod/internal/kernel/money"
)

// QuoteStatus is where a quote version or an amendment stands. EXPIRED is
// never stored: a SENT one past its validity date reads as EXPIRED.
type QuoteStatus string

const (
	QuoteDraft      QuoteStatus = "DRAFT"
	QuoteSent       QuoteStatus = "SENT"
	QuoteAccepted   QuoteStatus = "ACCEPTED"
	QuoteRefused    QuoteStatus = "REFUSED"
	QuoteExpired    QuoteStatus = "EXPIRED"
	QuoteSuperseded QuoteStatus = "SUPERSEDED"
)

var AllQuoteStatuses = []QuoteStatus{QuoteDraft, QuoteSent, QuoteAccepted, QuoteRefused, QuoteExpired, QuoteSuperseded}

func (s QuoteStatus) Valid() bool            { return slices.Contains(AllQuoteStatuses, s) }
func (s QuoteStatus) MarshalGQL(w io.Writer) { MarshalEnum(w, s) }
func (s *QuoteStatus) UnmarshalGQL(v any) (err error) {
	*s, err = UnmarshalEnum(v, AllQuoteStatuses, "QuoteStatus")
	return
}

// QuoteLineKind is what a line sells.
type QuoteLineKind string

const (
	LineRoom             QuoteLineKind = "ROOM"
	LineTechnician       QuoteLineKind = "TECHNICIAN"
	LineRoomWithOperator QuoteLineKind = "ROOM_WITH_OPERATOR"
	LineEquipment        QuoteLineKind = "EQUIPMENT"
	LineStorage          QuoteLineKind = "STORAGE"
	LineFlat             QuoteLineKind = "FLAT"
	LineExpense          QuoteLineKind = "EXPENSE" // at cost
)

var AllQuoteLineKinds = []QuoteLineKind{LineRoom, LineTechnician, LineRoomWithOperator, LineEquipment, LineStorage, LineFlat, LineExpense}

func (k QuoteLineKind) Valid() bool            { return slices.Contains(AllQuoteLineKinds, k) }
func (k QuoteLineKind) MarshalGQL(w io.Writer) { MarshalEnum(w, k) }
func (k *QuoteLineKind) UnmarshalGQL(v any) (err error) {
	*k, err = UnmarshalEnum(v, AllQuoteLineKinds, "QuoteLineKind")
	return
}

// QuoteUnit is what a line's quantity counts: a DAY of HoursPerDay hours,
// half a day, an hour, a flat fee, terabytes (storage) or units.
type QuoteUnit string

const (
	QuoteUnitDay     QuoteUnit = "DAY"
	QuoteUnitHalfDay QuoteUnit = "HALF_DAY"
	QuoteUnitHour    QuoteUnit = "HOUR"
	QuoteUnitFlat    QuoteUnit = "FLAT"
	QuoteUnitTB      QuoteUnit = "TB"
	QuoteUnitUnit    QuoteUnit = "UNIT"
)

var AllQuoteUnits = []QuoteUnit{QuoteUnitDay, QuoteUnitHalfDay, QuoteUnitHour, QuoteUnitFlat, QuoteUnitTB, QuoteUnitUnit}

func (u QuoteUnit) Valid() bool            { return slices.Contains(AllQuoteUnits, u) }
func (u QuoteUnit) MarshalGQL(w io.Writer) { MarshalEnum(w, u) }
func (u *QuoteUnit) UnmarshalGQL(v any) (err error) {
	*u, err = UnmarshalEnum(v, AllQuoteUnits, "QuoteUnit")
	return
}

// Minutes is how many minutes of work one unit is: 0 for units that are
// not time (FLAT, TB, UNIT).
func (u QuoteUnit) Minutes(hoursPerDay int) int {
	switch u {
	case QuoteUnitDay:
		return hoursPerDay * 60
	case QuoteUnitHalfDay:
		return hoursPerDay * 30
	case QuoteUnitHour:
		return 60
	}
	return 0
}

// SalePriceTarget is what a sale price prices.
type SalePriceTarget string

const (
	PriceOperation SalePriceTarget = "OPERATION"
	PriceRoomKind  SalePriceTarget = "ROOM_KIND"
	PriceFunction  SalePriceTarget = "FUNCTION"
)

var AllSalePriceTargets = []SalePriceTarget{PriceOperation, PriceRoomKind, PriceFunction}

func (t SalePriceTarget) Valid() bool            { return slices.Contains(AllSalePriceTargets, t) }
func (t SalePriceTarget) MarshalGQL(w io.Writer) { MarshalEnum(w, t) }
func (t *SalePriceTarget) UnmarshalGQL(v any) (err error) {
	*t, err = UnmarshalEnum(v, AllSalePriceTargets, "SalePriceTarget")
	return
}

type SalePrice struct {
	bun.BaseModel  `bun:"table:sale_prices,alias:sp"`
	ID             uuid.UUID `bun:",pk,type:uuid,default:gen_random_uuid()"`
	OrganisationID uuid.UUID `bun:"type:uuid"`
	Target         SalePriceTarget
	OperationID    *uuid.UUID `bun:"type:uuid"`
	RoomKind       *RoomKind
	Function       *string
	Unit           QuoteUnit
	HoursPerDay    int
	UnitPrice      money.Cents `bun:"unit_price_cents"`
	EffectiveFrom  dates.Date  `bun:"type:date"`
	EffectiveTo    *dates.Date `bun:"type:date"`
	CreatedAt      time.Time   `bun:",nullzero,default:now()"`
	UpdatedAt      time.Time   `bun:",nullzero,default:now()"`
}

// Quote is the number a quote's versions share.
type Quote struct {
	bun.BaseModel  `bun:"table:quotes,alias:q"`
	ID             uuid.UUID `bun:",pk,type:uuid,default:gen_random_uuid()"`
	OrganisationID uuid.UUID `bun:"type:uuid"`
	ProductionID   uuid.UUID `bun:"type:uuid"`
	Year           *int
	Number         *int64
	CreatedBy      *uuid.UUID `bun:"type:uuid"`
	CreatedAt      time.Time  `bun:",nullzero,default:now()"`
}

// AcceptanceRecord is who accepted a sent document, from where, and the hash of
// the PDF they accepted; Refusal who refused it and why.
type AcceptanceRecord struct {
	AcceptedAt      *time.Time
	AcceptedBy      *uuid.UUID `bun:"type:uuid"`
	AcceptedName    *string
	AcceptedMention *string
	AcceptedAddress *string
	AcceptedSHA256  *string `bun:"accepted_sha256"`
	RefusedAt       *time.Time
	RefusedBy       *uuid.UUID `bun:"type:uuid"`
	RefusalReason   *string
}

// QuoteVersion is one version of a quote: what the GraphQL type Quote is.
// Number and Year are read from its quote (scanonly).
type QuoteVersion struct {
	bun.BaseModel      `bun:"table:quote_versions,alias:qv"`
	ID                 uuid.UUID `bun:",pk,type:uuid,default:gen_random_uuid()"`
	OrganisationID     uuid.UUID `bun:"type:uuid"`
	QuoteID            uuid.UUID `bun:"type:uuid"`
	ProductionID       uuid.UUID `bun:"type:uuid"`
	ClientID           uuid.UUID `bun:"type:uuid"`
	Version            int
	Status             QuoteStatus
	Title              string
	IssueDate          *dates.Date `bun:"type:date"`
	ValidUntil         dates.Date  `bun:"type:date"`
	PurchaseOrder      string
	SpecRuntimeMinutes *int
	SpecEpisodes       *int
	SpecDeliverables   string
	Deposit            money.Rate `bun:"deposit_bp"`
	PaymentDays        int
	PaymentEndOfMonth  bool
	Overtime           money.Rate `bun:"overtime_bp"`
	Night              money.Rate `bun:"night_bp"`
	Weekend            money.Rate `bun:"weekend_bp"`
	Notes              string
	TotalHT            money.Cents `bun:"total_ht_cents"`
	TotalVAT           money.Cents `bun:"total_vat_cents"`
	TotalTTC           money.Cents `bun:"total_ttc_cents"`
	SentAt             *time.Time
	SentBy             *uuid.UUID `bun:"type:uuid"`
	// The frozen PDF is read only by the document route (ExcludeColumn it
	// in lists).
	Document       []byte  `bun:",nullzero"`
	DocumentSHA256 *string `bun:"document_sha256"`
	AcceptanceRecord
	SupersededAt *time.Time
	CreatedBy    *uuid.UUID `bun:"type:uuid"`
	CreatedAt    time.Time  `bun:",nullzero,default:now()"`
	UpdatedAt    time.Time  `bun:",nullzero,default:now()"`
}

type Amendment struct {
	bun.BaseModel  `bun:"table:amendments,alias:am"`
	ID             uuid.UUID `bun:",pk,type:uuid,default:gen_random_uuid()"`
	OrganisationID uuid.UUID `bun:"type:uuid"`
	QuoteID        uuid.UUID `bun:"type:uuid"`
	QuoteVersionID uuid.UUID `bun:"type:uuid"`
	ProductionID   uuid.UUID `bun:"type:uuid"`
	ClientID       uuid.UUID `bun:"type:uuid"`
	Number         *int
	Status         QuoteStatus
	Proposed       bool
	Title          string
	IssueDate      *dates.Date `bun:"type:date"`
	ValidUntil     dates.Date  `bun:"type:date"`
	Notes          string
	TotalHT        money.Cents `bun:"total_ht_cents"`
	TotalVAT       money.Cents `bun:"total_vat_cents"`
	TotalTTC       money.Cents `bun:"total_ttc_cents"`
	SentAt         *time.Time
	SentBy         *uuid.UUID `bun:"type:uuid"`
	Document       []byte     `bun:",nullzero"`
	DocumentSHA256 *string    `bun:"document_sha256"`
	AcceptanceRecord
	CreatedBy *uuid.UUID `bun:"type:uuid"`
	CreatedAt time.Time  `bun:",nullzero,default:now()"`
	UpdatedAt time.Time  `bun:",nullzero,default:now()"`
}

type QuoteLine struct {
	bun.BaseModel  `bun:"table:quote_lines,alias:ql"`
	ID             uuid.UUID  `bun:",pk,type:uuid,default:gen_random_uuid()"`
	OrganisationID uuid.UUID  `bun:"type:uuid"`
	VersionID      *uuid.UUID `bun:"type:uuid"`
	AmendmentID    *uuid.UUID `bun:"type:uuid"`
	Position       int
	LineKey        uuid.UUID  `bun:"type:uuid,default:gen_random_uuid()"`
	OperationID    *uuid.UUID `bun:"type:uuid"`
	EpisodeID      *uuid.UUID `bun:"type:uuid"`
	TaskID         *uuid.UUID `bun:"type:uuid"`
	Kind           QuoteLineKind
	Description    string
	Quantity       money.Quantity `bun:"quantity_milli"`
	Unit           QuoteUnit
	HoursPerDay    int
	UnitPrice      money.Cents  `bun:"unit_price_cents"`
	DiscountRate   *money.Rate  `bun:"discount_bp"`
	DiscountAmount *money.Cents `bun:"discount_cents"`
	VatRate        money.Rate   `bun:"vat_bp"`
	Net            money.Cents  `bun:"net_cents"`
}

type QuoteTemplate struct {
	bun.BaseModel  `bun:"table:quote_templates,alias:qt"`
	ID             uuid.UUID `bun:",pk,type:uuid,default:gen_random_uuid()"`
	OrganisationID uuid.UUID `bun:"type:uuid"`
	Name           string
	Lines          []TemplateLine `bun:",type:jsonb"`
	CreatedAt      time.Time      `bun:",nullzero,default:now()"`
}

// TemplateLine is a template's line as stored (jsonb).
type TemplateLine struct {
	Kind           QuoteLineKind  `json:"kind"`
	OperationID    *uuid.UUID     `json:"operationId,omitempty"`
	Description    string         `json:"description"`
	Quantity       money.Quantity `json:"quantity"`
	Unit           QuoteUnit      `json:"unit"`
	HoursPerDay    int            `json:"hoursPerDay"`
	UnitPrice      money.Cents    `json:"unitPrice"`
	DiscountRate   *money.Rate    `json:"discountBp,omitempty"`
	DiscountAmount *money.Cents   `json:"discountCents,omitempty"`
	VatRate        money.Rate     `json:"vatBp"`
}
