package db

import (
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/internal/kernel/dates"
	"github.com/postprod/postprod/internal/kernel/money"
)

type Organisation struct {
	bun.BaseModel `bun:"table:organisations"`
	ID            uuid.UUID `bun:",pk,type:uuid,default:gen_random_uuid()"`
	Name          string
	LegalName     string
	Siret         string
	VatNumber     string
	Address       string
	CreatedAt     time.Time `bun:",nullzero,default:now()"`
	UpdatedAt     time.Time `bun:",nullzero,default:now()"`
}

type User struct {
	bun.BaseModel `bun:"table:users"`
	ID            uuid.UUID `bun:",pk,type:uuid,default:gen_random_uuid()"`
	Email         string
	Name          string
	PasswordHash  string `json:"-"`
	Locale        string
	CreatedAt     time.Time `bun:",nullzero,default:now()"`
	UpdatedAt     time.Time `bun:",nullzero,default:now()"`
}

type Membership struct {
	bun.BaseModel  `bun:"table:memberships"`
	ID             uuid.UUID `bun:",pk,type:uuid,default:gen_random_uuid()"`
	OrganisationID uuid.UUID `bun:"type:uuid"`
	UserID         uuid.UUID `bun:"type:uuid"`
	Role           Role
	ClientID       *uuid.UUID `bun:"type:uuid"`
	TechnicianID   *uuid.UUID `bun:"type:uuid"`
	CreatedAt      time.Time  `bun:",nullzero,default:now()"`
}

type RefreshToken struct {
	bun.BaseModel `bun:"table:refresh_tokens"`
	ID            uuid.UUID `bun:",pk,type:uuid,default:gen_random_uuid()"`
	UserID        uuid.UUID `bun:"type:uuid"`
	FamilyID      uuid.UUID `bun:"type:uuid"`
	TokenHash     []byte
	ExpiresAt     time.Time
	UsedAt        *time.Time
	RevokedAt     *time.Time
	CreatedAt     time.Time `bun:",nullzero,default:now()"`
}

type APIToken struct {
	bun.BaseModel  `bun:"table:api_tokens"`
	ID             uuid.UUID `bun:",pk,type:uuid,default:gen_random_uuid()"`
	OrganisationID uuid.UUID `bun:"type:uuid"`
	Name           string
	TokenHash      []byte     `json:"-"`
	CreatedBy      *uuid.UUID `bun:"type:uuid"`
	CreatedAt      time.Time  `bun:",nullzero,default:now()"`
	LastUsedAt     *time.Time
	RevokedAt      *time.Time
}

type Invitation struct {
	bun.BaseModel  `bun:"table:invitations"`
	ID             uuid.UUID `bun:",pk,type:uuid,default:gen_random_uuid()"`
	OrganisationID uuid.UUID `bun:"type:uuid"`
	Email          string
	Role           Role
	ClientID       *uuid.UUID `bun:"type:uuid"`
	TechnicianID   *uuid.UUID `bun:"type:uuid"`
	TokenHash      []byte     `json:"-"`
	InvitedBy      *uuid.UUID `bun:"type:uuid"`
	ExpiresAt      time.Time
	AcceptedAt     *time.Time
	CreatedAt      time.Time `bun:",nullzero,default:now()"`
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

type Technician struct {
	bun.BaseModel  `bun:"table:technicians"`
	ID             uuid.UUID `bun:",pk,type:uuid,default:gen_random_uuid()"`
	OrganisationID uuid.UUID `bun:"type:uuid"`
	Name           string
	Functions      []string `bun:",array"`
	Skills         []string `bun:",array"`
	Employment     Employment
	HourlyRate     money.Cents `bun:"hourly_rate_cents"`
	DailyRate      money.Cents `bun:"daily_rate_cents"`
	Email          string
	Phone          string
	CreatedAt      time.Time `bun:",nullzero,default:now()"`
	UpdatedAt      time.Time `bun:",nullzero,default:now()"`
	// Written only by the calendar feed reset, never by a technician update.
	CalendarTokenHash []byte `bun:",scanonly" json:"-"`
}

type Room struct {
	bun.BaseModel  `bun:"table:rooms"`
	ID             uuid.UUID `bun:",pk,type:uuid,default:gen_random_uuid()"`
	OrganisationID uuid.UUID `bun:"type:uuid"`
	Name           string
	Kind           RoomKind
	DailyRate      money.Cents `bun:"daily_rate_cents"`
	CreatedAt      time.Time   `bun:",nullzero,default:now()"`
	UpdatedAt      time.Time   `bun:",nullzero,default:now()"`
}

type Operation struct {
	bun.BaseModel  `bun:"table:operations"`
	ID             uuid.UUID  `bun:",pk,type:uuid,default:gen_random_uuid()"`
	OrganisationID *uuid.UUID `bun:"type:uuid"` // nil: the shared catalogue
	Code           string
	LabelFr        string
	LabelEn        string
	Department     Department
	DefaultUnit    Unit
	Position       int
	CreatedAt      time.Time `bun:",nullzero,default:now()"`
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

type Event struct {
	bun.BaseModel  `bun:"table:events"`
	ID             int64      `bun:",pk,autoincrement"`
	OrganisationID uuid.UUID  `bun:"type:uuid"`
	ProductionID   *uuid.UUID `bun:"type:uuid"`
	Kind           string
	EntityID       *uuid.UUID     `bun:"type:uuid"`
	ActorID        *uuid.UUID     `bun:"type:uuid"`
	Payload        map[string]any `bun:"type:jsonb"`
	CreatedAt      time.Time      `bun:",nullzero,default:now()"`
}

type TaskStatus string

type BookingStatus string

type UnavailabilityKind string

type Task struct {
	bun.BaseModel   `bun:"table:tasks"`
	ID              uuid.UUID  `bun:",pk,type:uuid,default:gen_random_uuid()"`
	OrganisationID  uuid.UUID  `bun:"type:uuid"`
	ProductionID    uuid.UUID  `bun:"type:uuid"`
	EpisodeID       *uuid.UUID `bun:"type:uuid"`
	OperationID     uuid.UUID  `bun:"type:uuid"`
	Title           string
	PlannedMinutes  int
	StartDate       dates.Date `bun:"type:date"`
	EndDate         dates.Date `bun:"type:date"`
	Status          TaskStatus
	AllowNonWorking bool
	Notes           string
	CreatedAt       time.Time `bun:",nullzero,default:now()"`
	UpdatedAt       time.Time `bun:",nullzero,default:now()"`
}

type TaskDependency struct {
	bun.BaseModel  `bun:"table:task_dependencies"`
	OrganisationID uuid.UUID `bun:"type:uuid"`
	TaskID         uuid.UUID `bun:",pk,type:uuid"`
	DependsOnID    uuid.UUID `bun:",pk,type:uuid"`
	LagDays        int
}

type Booking struct {
	bun.BaseModel  `bun:"table:bookings"`
	ID             uuid.UUID  `bun:",pk,type:uuid,default:gen_random_uuid()"`
	OrganisationID uuid.UUID  `bun:"type:uuid"`
	ProductionID   uuid.UUID  `bun:"type:uuid"`
	TaskID         uuid.UUID  `bun:"type:uuid"`
	TechnicianID   *uuid.UUID `bun:"type:uuid"`
	RoomID         *uuid.UUID `bun:"type:uuid"`
	StartDate      dates.Date `bun:"type:date"`
	EndDate        dates.Date `bun:"type:date"`
	FromMinute     int
	ToMinute       int
	Status         BookingStatus
	Note           string
	CreatedAt      time.Time `bun:",nullzero,default:now()"`
	UpdatedAt      time.Time `bun:",nullzero,default:now()"`
}

type Unavailability struct {
	bun.BaseModel  `bun:"table:unavailabilities"`
	ID             uuid.UUID  `bun:",pk,type:uuid,default:gen_random_uuid()"`
	OrganisationID uuid.UUID  `bun:"type:uuid"`
	TechnicianID   uuid.UUID  `bun:"type:uuid"`
	StartDate      dates.Date `bun:"type:date"`
	EndDate        dates.Date `bun:"type:date"`
	Kind           UnavailabilityKind
	Reason         string
	CreatedAt      time.Time `bun:",nullzero,default:now()"`
}

type TaskShift struct {
	bun.BaseModel  `bun:"table:task_shifts"`
	ID             uuid.UUID `bun:",pk,type:uuid,default:gen_random_uuid()"`
	OrganisationID uuid.UUID `bun:"type:uuid"`
	TaskID         uuid.UUID `bun:"type:uuid"`
	WorkingDays    int
	Cascade        bool
	Reason         string
	LateRushes     bool
	MovedTaskIDs   []uuid.UUID `bun:"moved_task_ids,array,type:uuid[]"`
	ActorID        *uuid.UUID  `bun:"type:uuid"`
	CreatedAt      time.Time   `bun:",nullzero,default:now()"`
}

type SlipStatus string

// Slip is one work session of a technician (bon de séance).
type Slip struct {
	bun.BaseModel   `bun:"table:slips"`
	ID              uuid.UUID `bun:",pk,type:uuid,default:gen_random_uuid()"`
	OrganisationID  uuid.UUID `bun:"type:uuid"`
	ClientID        string
	ContentHash     []byte     `json:"-"`
	TechnicianID    uuid.UUID  `bun:"type:uuid"`
	ProductionID    uuid.UUID  `bun:"type:uuid"`
	EpisodeID       *uuid.UUID `bun:"type:uuid"`
	TaskID          *uuid.UUID `bun:"type:uuid"`
	OperationID     uuid.UUID  `bun:"type:uuid"`
	RoomID          *uuid.UUID `bun:"type:uuid"`
	WorkDate        dates.Date `bun:"type:date"`
	StartAt         time.Time
	EndAt           time.Time
	BreakMinutes    int
	WorkedMinutes   int
	NightMinutes    int
	SundayOrHoliday bool
	Notes           string
	Status          SlipStatus
	RejectionReason string
	Revision        int
	SupersedesID    *uuid.UUID `bun:"type:uuid"`
	Current         bool
	SubmittedBy     *uuid.UUID `bun:"type:uuid"`
	SubmittedAt     time.Time  `bun:",nullzero,default:now()"`
	ReviewedBy      *uuid.UUID `bun:"type:uuid"`
	ReviewedAt      *time.Time
	CreatedAt       time.Time `bun:",nullzero,default:now()"`
	UpdatedAt       time.Time `bun:",nullzero,default:now()"`
}

type SlipHistory struct {
	bun.BaseModel `bun:"table:slip_history"`
	ID            int64     `bun:",pk,autoincrement"`
	SlipID        uuid.UUID `bun:"type:uuid"`
	Action        string
	ActorID       *uuid.UUID `bun:"type:uuid"`
	Reason        string
	At            time.Time `bun:",nullzero,default:now()"`
}

type DeliverySpec struct {
	bun.BaseModel     `bun:"table:delivery_specs"`
	ID                uuid.UUID `bun:",pk,type:uuid,default:gen_random_uuid()"`
	OrganisationID    uuid.UUID `bun:"type:uuid"`
	TemplateKey       string
	Name              string
	Recipient         string
	RecipientKind     string
	Container         string
	VideoCodec        string
	Width             int
	Height            int
	FrameRates        []string `bun:",array,nullzero"`
	Scan              string
	ColourSpace       string
	HDR               string   `bun:"hdr"`
	AudioLayouts      []string `bun:",array,nullzero"`
	LoudnessTarget    float64
	LoudnessTolerance float64
	TruePeakMax       float64
	SubtitleFormats   []string `bun:",array,nullzero"`
	SubtitleLanguages []string `bun:",array,nullzero"`
	RequiredDocuments []string `bun:",array,nullzero"`
	NamingRule        string
	Notes             string
	CreatedAt         time.Time `bun:",nullzero,default:now()"`
	UpdatedAt         time.Time `bun:",nullzero,default:now()"`
}

type Delivery struct {
	bun.BaseModel    `bun:"table:deliveries"`
	ID               uuid.UUID  `bun:",pk,type:uuid,default:gen_random_uuid()"`
	OrganisationID   uuid.UUID  `bun:"type:uuid"`
	ProductionID     uuid.UUID  `bun:"type:uuid"`
	EpisodeID        *uuid.UUID `bun:"type:uuid"`
	SpecID           uuid.UUID  `bun:"type:uuid"`
	DueDate          dates.Date `bun:"type:date"`
	Status           string
	SentMethod       string
	SentReference    string
	RejectionReasons string
	Notes            string
	CreatedAt        time.Time `bun:",nullzero,default:now()"`
	UpdatedAt        time.Time `bun:",nullzero,default:now()"`
}

type DeliveryItem struct {
	bun.BaseModel  `bun:"table:delivery_items"`
	ID             uuid.UUID `bun:",pk,type:uuid,default:gen_random_uuid()"`
	OrganisationID uuid.UUID `bun:"type:uuid"`
	DeliveryID     uuid.UUID `bun:"type:uuid"`
	Position       int
	Kind           string
	Language       string
	Label          string
	Status         string
	FileName       string
	Checksum       string
	SizeBytes      *int64
	CreatedAt      time.Time `bun:",nullzero,default:now()"`
	UpdatedAt      time.Time `bun:",nullzero,default:now()"`
}

type QcFinding struct {
	bun.BaseModel  `bun:"table:qc_findings"`
	ID             uuid.UUID  `bun:",pk,type:uuid,default:gen_random_uuid()"`
	OrganisationID uuid.UUID  `bun:"type:uuid"`
	DeliveryID     uuid.UUID  `bun:"type:uuid"`
	ItemID         *uuid.UUID `bun:"type:uuid"`
	TimecodeIn     string
	TimecodeOut    string
	FrameIn        int64
	FrameOut       int64
	Severity       string
	Category       string
	Description    string
	Fixed          bool
	FixedAt        *time.Time
	FixedBy        *uuid.UUID `bun:"type:uuid"`
	CreatedBy      *uuid.UUID `bun:"type:uuid"`
	CreatedAt      time.Time  `bun:",nullzero,default:now()"`
}

type DeliveryTransition struct {
	bun.BaseModel `bun:"table:delivery_transitions"`
	ID            int64     `bun:",pk,autoincrement"`
	DeliveryID    uuid.UUID `bun:"type:uuid"`
	FromStatus    string
	ToStatus      string
	Method        string
	Reference     string
	Reasons       string
	ActorID       *uuid.UUID `bun:"type:uuid"`
	At            time.Time  `bun:",nullzero,default:now()"`
}

type RightsHolder struct {
	bun.BaseModel  `bun:"table:rights_holders"`
	ID             uuid.UUID `bun:",pk,type:uuid,default:gen_random_uuid()"`
	OrganisationID uuid.UUID `bun:"type:uuid"`
	Name           string
	Kind           string
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
	Media          string    `bun:",pk"`
	BasisPoints    int64
}

type RightsShare struct {
	bun.BaseModel  `bun:"table:rights_shares"`
	ID             uuid.UUID `bun:",pk,type:uuid,default:gen_random_uuid()"`
	OrganisationID uuid.UUID `bun:"type:uuid"`
	WorkID         uuid.UUID `bun:"type:uuid"`
	HolderID       uuid.UUID `bun:"type:uuid"`
	Media          string
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
	Kind           string
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
	Media             string
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
	CreatedAt         time.Time  `bun:",nullzero,default:now()"`
}

type DistributionRun struct {
	bun.BaseModel  `bun:"table:distribution_runs"`
	ID             uuid.UUID  `bun:",pk,type:uuid,default:gen_random_uuid()"`
	OrganisationID uuid.UUID  `bun:"type:uuid"`
	PeriodStart    dates.Date `bun:"type:date"`
	PeriodEnd      dates.Date `bun:"type:date"`
	Status         string
	CorrectsRunID  *uuid.UUID  `bun:"type:uuid"`
	Gross          money.Cents `bun:"gross_cents"`
	Commission     money.Cents `bun:"commission_cents"`
	Recouped       money.Cents `bun:"recouped_cents"`
	Net            money.Cents `bun:"net_cents"`
	Residual       money.Cents `bun:"residual_cents"`
	Holders        money.Cents `bun:"holders_cents"`
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
	Media         string
	Territory     string
	BasisPoints   int64
	Gross         money.Cents `bun:"gross_cents"`
	Net           money.Cents `bun:"net_cents"`
	Amount        money.Cents `bun:"amount_cents"`
	Residual      bool
}
