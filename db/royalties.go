package db

// Royalties: rights holders, works with their shares, commissions and
// expenses, revenue, distribution runs and statements.

import (
	"io"
	"slices"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/internal/kernel/dates"
	"github.com/postprod/postprod/internal/kernel/money"
)

// Media is a mode of exploitation. ALL in a share or a commission means "any
// media"; in a receipt it means the payer did not break the amount down.
type Media string

const (
	MediaAll           Media = "ALL"
	MediaCinema        Media = "CINEMA"
	MediaTV            Media = "TV"
	MediaSVOD          Media = "SVOD"
	MediaAVOD          Media = "AVOD"
	MediaTVOD          Media = "TVOD"
	MediaVideo         Media = "VIDEO"
	MediaNonTheatrical Media = "NON_THEATRICAL"
)

var AllMedia = []Media{MediaAll, MediaCinema, MediaTV, MediaSVOD, MediaAVOD, MediaTVOD, MediaVideo, MediaNonTheatrical}

func (m Media) Valid() bool            { return slices.Contains(AllMedia, m) }
func (m Media) MarshalGQL(w io.Writer) { MarshalEnum(w, m) }
func (m *Media) UnmarshalGQL(v any) (err error) {
	*m, err = UnmarshalEnum(v, AllMedia, "Media")
	return
}

// HolderKind is what a rights holder is to the works.
type HolderKind string

const (
	HolderKindAuthor      HolderKind = "AUTHOR"
	HolderKindDirector    HolderKind = "DIRECTOR"
	HolderKindProducer    HolderKind = "PRODUCER"
	HolderKindCoProducer  HolderKind = "CO_PRODUCER"
	HolderKindComposer    HolderKind = "COMPOSER"
	HolderKindDistributor HolderKind = "DISTRIBUTOR"
	HolderKindPerformer   HolderKind = "PERFORMER"
	HolderKindOther       HolderKind = "OTHER"
)

var AllHolderKinds = []HolderKind{HolderKindAuthor, HolderKindDirector, HolderKindProducer, HolderKindCoProducer, HolderKindComposer, HolderKindDistributor, HolderKindPerformer, HolderKindOther}

func (k HolderKind) Valid() bool            { return slices.Contains(AllHolderKinds, k) }
func (k HolderKind) MarshalGQL(w io.Writer) { MarshalEnum(w, k) }
func (k *HolderKind) UnmarshalGQL(v any) (err error) {
	*k, err = UnmarshalEnum(v, AllHolderKinds, "HolderKind")
	return
}

// ExpenseKind is what a recoupable expense paid for.
type ExpenseKind string

const (
	ExpenseKindDubbing          ExpenseKind = "DUBBING"
	ExpenseKindDelivery         ExpenseKind = "DELIVERY"
	ExpenseKindMarketing        ExpenseKind = "MARKETING"
	ExpenseKindMinimumGuarantee ExpenseKind = "MINIMUM_GUARANTEE"
	ExpenseKindOther            ExpenseKind = "OTHER"
)

var AllExpenseKinds = []ExpenseKind{ExpenseKindDubbing, ExpenseKindDelivery, ExpenseKindMarketing, ExpenseKindMinimumGuarantee, ExpenseKindOther}

func (k ExpenseKind) Valid() bool            { return slices.Contains(AllExpenseKinds, k) }
func (k ExpenseKind) MarshalGQL(w io.Writer) { MarshalEnum(w, k) }
func (k *ExpenseKind) UnmarshalGQL(v any) (err error) {
	*k, err = UnmarshalEnum(v, AllExpenseKinds, "ExpenseKind")
	return
}

// DistributionRunStatus is where a run stands; an ISSUED run never changes.
type DistributionRunStatus string

const (
	DistributionRunStatusDraft    DistributionRunStatus = "DRAFT"
	DistributionRunStatusApproved DistributionRunStatus = "APPROVED"
	DistributionRunStatusIssued   DistributionRunStatus = "ISSUED"
)

var AllDistributionRunStatuses = []DistributionRunStatus{DistributionRunStatusDraft, DistributionRunStatusApproved, DistributionRunStatusIssued}

func (s DistributionRunStatus) Valid() bool            { return slices.Contains(AllDistributionRunStatuses, s) }
func (s DistributionRunStatus) MarshalGQL(w io.Writer) { MarshalEnum(w, s) }
func (s *DistributionRunStatus) UnmarshalGQL(v any) (err error) {
	*s, err = UnmarshalEnum(v, AllDistributionRunStatuses, "DistributionRunStatus")
	return
}

type RightsHolder struct {
	bun.BaseModel  `bun:"table:rights_holders"`
	ID             uuid.UUID `bun:",pk,type:uuid,default:gen_random_uuid()"`
	OrganisationID uuid.UUID `bun:"type:uuid"`
	Name           string
	Kind           HolderKind
	IsCompany      bool
	Email          string
	Address        string
	CreatedAt      time.Time `bun:",nullzero,default:now()"`
}

type HolderUser struct {
	bun.BaseModel  `bun:"table:holder_users"`
	OrganisationID uuid.UUID `bun:"type:uuid"`
	HolderID       uuid.UUID `bun:",pk,type:uuid"`
	UserID         uuid.UUID `bun:",pk,type:uuid"`
}

type Work struct {
	bun.BaseModel    `bun:"table:works"`
	ID               uuid.UUID `bun:",pk,type:uuid,default:gen_random_uuid()"`
	OrganisationID   uuid.UUID `bun:"type:uuid"`
	Title            string
	OriginalTitle    string
	Kind             ProductionKind
	Year             *int
	RuntimeMinutes   *int
	Episodes         *int
	Isan             string
	ProductionID     *uuid.UUID `bun:"type:uuid"`
	ResidualHolderID uuid.UUID  `bun:"type:uuid"`
	CreatedAt        time.Time  `bun:",nullzero,default:now()"`
	UpdatedAt        time.Time  `bun:",nullzero,default:now()"`
}

type WorkCommission struct {
	bun.BaseModel  `bun:"table:work_commissions"`
	OrganisationID uuid.UUID `bun:"type:uuid"`
	WorkID         uuid.UUID `bun:",pk,type:uuid"`
	Media          Media     `bun:",pk"`
	BasisPoints    int64
}

type RightsShare struct {
	bun.BaseModel  `bun:"table:rights_shares"`
	ID             uuid.UUID `bun:",pk,type:uuid,default:gen_random_uuid()"`
	OrganisationID uuid.UUID `bun:"type:uuid"`
	WorkID         uuid.UUID `bun:"type:uuid"`
	HolderID       uuid.UUID `bun:"type:uuid"`
	Media          Media
	Territory      string
	ValidFrom      *dates.Date `bun:"type:date"`
	ValidTo        *dates.Date `bun:"type:date"`
	BasisPoints    int64
	CreatedAt      time.Time `bun:",nullzero,default:now()"`
}

type RecoupableExpense struct {
	bun.BaseModel  `bun:"table:recoupable_expenses"`
	ID             uuid.UUID `bun:",pk,type:uuid,default:gen_random_uuid()"`
	OrganisationID uuid.UUID `bun:"type:uuid"`
	WorkID         uuid.UUID `bun:"type:uuid"`
	Kind           ExpenseKind
	Label          string
	Amount         money.Cents `bun:"amount_cents"`
	Recouped       money.Cents `bun:"recouped_cents"`
	IncurredOn     dates.Date  `bun:"type:date"`
	CreatedAt      time.Time   `bun:",nullzero,default:now()"`
}

type RevenueImport struct {
	bun.BaseModel  `bun:"table:revenue_imports"`
	ID             uuid.UUID `bun:",pk,type:uuid,default:gen_random_uuid()"`
	OrganisationID uuid.UUID `bun:"type:uuid"`
	Source         string
	FileName       string
	Rows           int
	Skipped        int
	CreatedBy      *uuid.UUID `bun:"type:uuid"`
	CreatedAt      time.Time  `bun:",nullzero,default:now()"`
}

type RevenueLine struct {
	bun.BaseModel     `bun:"table:revenue_lines"`
	ID                uuid.UUID `bun:",pk,type:uuid,default:gen_random_uuid()"`
	OrganisationID    uuid.UUID `bun:"type:uuid"`
	WorkID            uuid.UUID `bun:"type:uuid"`
	Source            string
	Media             Media
	Territory         string
	PeriodStart       dates.Date  `bun:"type:date"`
	PeriodEnd         dates.Date  `bun:"type:date"`
	Amount            money.Cents `bun:"amount_cents"`
	Currency          string
	RateMicros        int64
	AmountEUR         money.Cents `bun:"amount_eur_cents"`
	ExternalReference string
	ImportID          *uuid.UUID `bun:"type:uuid"`
	RunID             *uuid.UUID `bun:"type:uuid"`
	// Seq numbers lines in the order they were recorded (the database
	// gives it): a run claims the lines up to a number.
	Seq       int64     `bun:",scanonly"`
	CreatedAt time.Time `bun:",nullzero,default:now()"`
}

type DistributionRun struct {
	bun.BaseModel  `bun:"table:distribution_runs"`
	ID             uuid.UUID  `bun:",pk,type:uuid,default:gen_random_uuid()"`
	OrganisationID uuid.UUID  `bun:"type:uuid"`
	PeriodStart    dates.Date `bun:"type:date"`
	PeriodEnd      dates.Date `bun:"type:date"`
	Status         DistributionRunStatus
	CorrectsRunID  *uuid.UUID  `bun:"type:uuid"`
	Gross          money.Cents `bun:"gross_cents"`
	Commission     money.Cents `bun:"commission_cents"`
	Recouped       money.Cents `bun:"recouped_cents"`
	Net            money.Cents `bun:"net_cents"`
	Residual       money.Cents `bun:"residual_cents"`
	Holders        money.Cents `bun:"holders_cents"`
	// ClaimedThrough is the last revenue line number the run computed on,
	// ClaimedLines how many lines it took (see runclaim.go).
	ClaimedThrough int64
	ClaimedLines   int64
	ComputedAt     *time.Time
	ApprovedBy     *uuid.UUID `bun:"type:uuid"`
	ApprovedAt     *time.Time
	IssuedAt       *time.Time
	CreatedAt      time.Time `bun:",nullzero,default:now()"`
}

type RunWork struct {
	bun.BaseModel `bun:"table:run_works"`
	RunID         uuid.UUID      `bun:",pk,type:uuid"`
	WorkID        uuid.UUID      `bun:",pk,type:uuid"`
	Gross         money.Cents    `bun:"gross_cents"`
	Commission    money.Cents    `bun:"commission_cents"`
	Recouped      money.Cents    `bun:"recouped_cents"`
	Net           money.Cents    `bun:"net_cents"`
	Residual      money.Cents    `bun:"residual_cents"`
	Detail        map[string]any `bun:"type:jsonb"`
}

type RunRecovery struct {
	bun.BaseModel `bun:"table:run_recoveries"`
	RunID         uuid.UUID   `bun:",pk,type:uuid"`
	ExpenseID     uuid.UUID   `bun:",pk,type:uuid"`
	Recovered     money.Cents `bun:"recovered_cents"`
	Remaining     money.Cents `bun:"remaining_cents"`
}

type Statement struct {
	bun.BaseModel  `bun:"table:statements"`
	ID             uuid.UUID    `bun:",pk,type:uuid,default:gen_random_uuid()"`
	OrganisationID uuid.UUID    `bun:"type:uuid"`
	RunID          uuid.UUID    `bun:"type:uuid"`
	HolderID       uuid.UUID    `bun:"type:uuid"`
	Amount         money.Cents  `bun:"amount_cents"`
	Previous       *money.Cents `bun:"previous_cents"`
	IssuedAt       *time.Time
}

type StatementLine struct {
	bun.BaseModel `bun:"table:statement_lines"`
	ID            int64     `bun:",pk,autoincrement"`
	StatementID   uuid.UUID `bun:"type:uuid"`
	WorkID        uuid.UUID `bun:"type:uuid"`
	Media         Media
	Territory     string
	BasisPoints   int64
	Gross         money.Cents `bun:"gross_cents"`
	Net           money.Cents `bun:"net_cents"`
	Amount        money.Cents `bun:"amount_cents"`
	Residual      bool
}
