package db

// Productions: clients, productions with their episodes and team.

import (
	"io"
	"slices"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/internal/kernel/dates"
	"github.com/postprod/postprod/internal/kernel/money"
)

// ProductionKind is the kind of a production, and of a catalogue work.
type ProductionKind string

const (
	ProductionKindFeatureFilm ProductionKind = "FEATURE_FILM"
	ProductionKindTVFiction   ProductionKind = "TV_FICTION"
	ProductionKindTVSeries    ProductionKind = "TV_SERIES"
	ProductionKindDocumentary ProductionKind = "DOCUMENTARY"
	ProductionKindMagazine    ProductionKind = "MAGAZINE"
	ProductionKindAnimation   ProductionKind = "ANIMATION"
	ProductionKindGame        ProductionKind = "GAME"
	ProductionKindOther       ProductionKind = "OTHER"
)

var AllProductionKinds = []ProductionKind{ProductionKindFeatureFilm, ProductionKindTVFiction, ProductionKindTVSeries, ProductionKindDocumentary, ProductionKindMagazine, ProductionKindAnimation, ProductionKindGame, ProductionKindOther}

func (k ProductionKind) Valid() bool            { return slices.Contains(AllProductionKinds, k) }
func (k ProductionKind) MarshalGQL(w io.Writer) { MarshalEnum(w, k) }
func (k *ProductionKind) UnmarshalGQL(v any) (err error) {
	*k, err = UnmarshalEnum(v, AllProductionKinds, "ProductionKind")
	return
}

// ProductionStatus is where a production stands; a CLOSED one takes no more slips.
type ProductionStatus string

const (
	ProductionStatusPreparation ProductionStatus = "PREPARATION"
	ProductionStatusInPost      ProductionStatus = "IN_POST"
	ProductionStatusDelivered   ProductionStatus = "DELIVERED"
	ProductionStatusClosed      ProductionStatus = "CLOSED"
)

var AllProductionStatuses = []ProductionStatus{ProductionStatusPreparation, ProductionStatusInPost, ProductionStatusDelivered, ProductionStatusClosed}

func (s ProductionStatus) Valid() bool            { return slices.Contains(AllProductionStatuses, s) }
func (s ProductionStatus) MarshalGQL(w io.Writer) { MarshalEnum(w, s) }
func (s *ProductionStatus) UnmarshalGQL(v any) (err error) {
	*s, err = UnmarshalEnum(v, AllProductionStatuses, "ProductionStatus")
	return
}

type Client struct {
	bun.BaseModel  `bun:"table:clients"`
	ID             uuid.UUID `bun:",pk,type:uuid,default:gen_random_uuid()"`
	OrganisationID uuid.UUID `bun:"type:uuid"`
	Name           string
	LegalName      string
	Siret          string
	VatNumber      string
	Address        string
	ContactEmail   string
	CreatedAt      time.Time `bun:",nullzero,default:now()"`
	UpdatedAt      time.Time `bun:",nullzero,default:now()"`
}

type Production struct {
	bun.BaseModel    `bun:"table:productions"`
	ID               uuid.UUID `bun:",pk,type:uuid,default:gen_random_uuid()"`
	OrganisationID   uuid.UUID `bun:"type:uuid"`
	ClientID         uuid.UUID `bun:"type:uuid"`
	Title            string
	Kind             ProductionKind
	Status           ProductionStatus
	Director         string
	RuntimeMinutes   *int
	FrameRate        string
	Resolution       string
	ColourSpace      string
	AudioLayout      string
	DeliveryDeadline *dates.Date `bun:"type:date"`
	Isan             string
	Notes            string
	// For the delivery compatibility check.
	LoudnessLufs      *float64
	SubtitleLanguages []string  `bun:",array,nullzero"`
	Documents         []string  `bun:",array,nullzero"`
	CreatedAt         time.Time `bun:",nullzero,default:now()"`
	UpdatedAt         time.Time `bun:",nullzero,default:now()"`
}

type Episode struct {
	bun.BaseModel  `bun:"table:episodes"`
	ID             uuid.UUID `bun:",pk,type:uuid,default:gen_random_uuid()"`
	OrganisationID uuid.UUID `bun:"type:uuid"`
	ProductionID   uuid.UUID `bun:"type:uuid"`
	Number         int
	Title          string
	RuntimeMinutes *int
	CreatedAt      time.Time `bun:",nullzero,default:now()"`
}

type TeamMember struct {
	bun.BaseModel  `bun:"table:team_members"`
	ID             uuid.UUID `bun:",pk,type:uuid,default:gen_random_uuid()"`
	OrganisationID uuid.UUID `bun:"type:uuid"`
	ProductionID   uuid.UUID `bun:"type:uuid"`
	TechnicianID   uuid.UUID `bun:"type:uuid"`
	Function       string
	DailyRate      money.Cents `bun:"daily_rate_cents"`
	Note           string
	CreatedAt      time.Time `bun:",nullzero,default:now()"`
}
