package db

// Deliveries: specs, deliveries with their items, QC findings and status history.

import (
	"io"
	"slices"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/internal/kernel/dates"
)

// DeliveryStatus is where a delivery stands; the moves between them are
// internal/deliveries' machine.
type DeliveryStatus string

const (
	DeliveryStatusPending    DeliveryStatus = "PENDING"
	DeliveryStatusInProgress DeliveryStatus = "IN_PROGRESS"
	DeliveryStatusQC         DeliveryStatus = "QC"
	DeliveryStatusQCFailed   DeliveryStatus = "QC_FAILED"
	DeliveryStatusReady      DeliveryStatus = "READY"
	DeliveryStatusSent       DeliveryStatus = "SENT"
	DeliveryStatusAccepted   DeliveryStatus = "ACCEPTED"
	DeliveryStatusRejected   DeliveryStatus = "REJECTED"
)

var AllDeliveryStatuses = []DeliveryStatus{DeliveryStatusPending, DeliveryStatusInProgress, DeliveryStatusQC, DeliveryStatusQCFailed, DeliveryStatusReady, DeliveryStatusSent, DeliveryStatusAccepted, DeliveryStatusRejected}

func (s DeliveryStatus) Valid() bool            { return slices.Contains(AllDeliveryStatuses, s) }
func (s DeliveryStatus) MarshalGQL(w io.Writer) { MarshalEnum(w, s) }
func (s *DeliveryStatus) UnmarshalGQL(v any) (err error) {
	*s, err = UnmarshalEnum(v, AllDeliveryStatuses, "DeliveryStatus")
	return
}

// RecipientKind is who a delivery spec is for.
type RecipientKind string

const (
	RecipientKindBroadcaster RecipientKind = "BROADCASTER"
	RecipientKindPlatform    RecipientKind = "PLATFORM"
	RecipientKindDistributor RecipientKind = "DISTRIBUTOR"
	RecipientKindFestival    RecipientKind = "FESTIVAL"
)

var AllRecipientKinds = []RecipientKind{RecipientKindBroadcaster, RecipientKindPlatform, RecipientKindDistributor, RecipientKindFestival}

func (k RecipientKind) Valid() bool            { return slices.Contains(AllRecipientKinds, k) }
func (k RecipientKind) MarshalGQL(w io.Writer) { MarshalEnum(w, k) }
func (k *RecipientKind) UnmarshalGQL(v any) (err error) {
	*k, err = UnmarshalEnum(v, AllRecipientKinds, "RecipientKind")
	return
}

// DeliveryItemKind is what a deliverable is.
type DeliveryItemKind string

const (
	DeliveryItemKindMaster    DeliveryItemKind = "MASTER"
	DeliveryItemKindPAD       DeliveryItemKind = "PAD"
	DeliveryItemKindMAndE     DeliveryItemKind = "M_AND_E"
	DeliveryItemKindStems     DeliveryItemKind = "STEMS"
	DeliveryItemKindSubtitles DeliveryItemKind = "SUBTITLES"
	DeliveryItemKindTrailer   DeliveryItemKind = "TRAILER"
	DeliveryItemKindArtwork   DeliveryItemKind = "ARTWORK"
	DeliveryItemKindDocument  DeliveryItemKind = "DOCUMENT"
)

var AllDeliveryItemKinds = []DeliveryItemKind{DeliveryItemKindMaster, DeliveryItemKindPAD, DeliveryItemKindMAndE, DeliveryItemKindStems, DeliveryItemKindSubtitles, DeliveryItemKindTrailer, DeliveryItemKindArtwork, DeliveryItemKindDocument}

func (k DeliveryItemKind) Valid() bool            { return slices.Contains(AllDeliveryItemKinds, k) }
func (k DeliveryItemKind) MarshalGQL(w io.Writer) { MarshalEnum(w, k) }
func (k *DeliveryItemKind) UnmarshalGQL(v any) (err error) {
	*k, err = UnmarshalEnum(v, AllDeliveryItemKinds, "DeliveryItemKind")
	return
}

// DeliveryItemStatus is where a deliverable stands.
type DeliveryItemStatus string

const (
	DeliveryItemStatusPending    DeliveryItemStatus = "PENDING"
	DeliveryItemStatusInProgress DeliveryItemStatus = "IN_PROGRESS"
	DeliveryItemStatusReady      DeliveryItemStatus = "READY"
	DeliveryItemStatusDelivered  DeliveryItemStatus = "DELIVERED"
)

var AllDeliveryItemStatuses = []DeliveryItemStatus{DeliveryItemStatusPending, DeliveryItemStatusInProgress, DeliveryItemStatusReady, DeliveryItemStatusDelivered}

func (s DeliveryItemStatus) Valid() bool            { return slices.Contains(AllDeliveryItemStatuses, s) }
func (s DeliveryItemStatus) MarshalGQL(w io.Writer) { MarshalEnum(w, s) }
func (s *DeliveryItemStatus) UnmarshalGQL(v any) (err error) {
	*s, err = UnmarshalEnum(v, AllDeliveryItemStatuses, "DeliveryItemStatus")
	return
}

// QcSeverity grades a QC finding; an open BLOCKING one keeps a delivery from READY.
type QcSeverity string

const (
	QcSeverityBlocking QcSeverity = "BLOCKING"
	QcSeverityMajor    QcSeverity = "MAJOR"
	QcSeverityMinor    QcSeverity = "MINOR"
	QcSeverityInfo     QcSeverity = "INFO"
)

var AllQcSeverities = []QcSeverity{QcSeverityBlocking, QcSeverityMajor, QcSeverityMinor, QcSeverityInfo}

func (s QcSeverity) Valid() bool            { return slices.Contains(AllQcSeverities, s) }
func (s QcSeverity) MarshalGQL(w io.Writer) { MarshalEnum(w, s) }
func (s *QcSeverity) UnmarshalGQL(v any) (err error) {
	*s, err = UnmarshalEnum(v, AllQcSeverities, "QcSeverity")
	return
}

// QcCategory is what a QC finding is about.
type QcCategory string

const (
	QcCategoryVideo     QcCategory = "VIDEO"
	QcCategoryAudio     QcCategory = "AUDIO"
	QcCategorySubtitles QcCategory = "SUBTITLES"
	QcCategoryMetadata  QcCategory = "METADATA"
)

var AllQcCategories = []QcCategory{QcCategoryVideo, QcCategoryAudio, QcCategorySubtitles, QcCategoryMetadata}

func (c QcCategory) Valid() bool            { return slices.Contains(AllQcCategories, c) }
func (c QcCategory) MarshalGQL(w io.Writer) { MarshalEnum(w, c) }
func (c *QcCategory) UnmarshalGQL(v any) (err error) {
	*c, err = UnmarshalEnum(v, AllQcCategories, "QcCategory")
	return
}

type DeliverySpec struct {
	bun.BaseModel     `bun:"table:delivery_specs"`
	ID                uuid.UUID `bun:",pk,type:uuid,default:gen_random_uuid()"`
	OrganisationID    uuid.UUID `bun:"type:uuid"`
	TemplateKey       string
	Name              string
	Recipient         string
	RecipientKind     RecipientKind
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
	Status           DeliveryStatus
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
	Kind           DeliveryItemKind
	Language       string
	Label          string
	Status         DeliveryItemStatus
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
	Severity       QcSeverity
	Category       QcCategory
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
	FromStatus    DeliveryStatus
	ToStatus      DeliveryStatus
	Method        string
	Reference     string
	Reasons       string
	ActorID       *uuid.UUID `bun:"type:uuid"`
	At            time.Time  `bun:",nullzero,default:now()"`
}
