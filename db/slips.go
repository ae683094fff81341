package db

// Slips (bons de séance) and their history.

import (
	"io"
	"slices"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/internal/kernel/dates"
)

// SlipStatus is where a slip stands in its review.
type SlipStatus string

const (
	SlipStatusSubmitted SlipStatus = "SUBMITTED"
	SlipStatusApproved  SlipStatus = "APPROVED"
	SlipStatusRejected  SlipStatus = "REJECTED"
)

var AllSlipStatuses = []SlipStatus{SlipStatusSubmitted, SlipStatusApproved, SlipStatusRejected}

func (s SlipStatus) Valid() bool            { return slices.Contains(AllSlipStatuses, s) }
func (s SlipStatus) MarshalGQL(w io.Writer) { MarshalEnum(w, s) }
func (s *SlipStatus) UnmarshalGQL(v any) (err error) {
	*s, err = UnmarshalEnum(v, AllSlipStatuses, "SlipStatus")
	return
}

// SlipAction is one step of a slip's history (a String in the schema).
type SlipAction string

const (
	SlipActionSubmitted   SlipAction = "SUBMITTED"
	SlipActionResubmitted SlipAction = "RESUBMITTED"
	SlipActionApproved    SlipAction = "APPROVED"
	SlipActionRejected    SlipAction = "REJECTED"
	SlipActionCorrected   SlipAction = "CORRECTED"
)

var AllSlipActions = []SlipAction{SlipActionSubmitted, SlipActionResubmitted, SlipActionApproved, SlipActionRejected, SlipActionCorrected}

func (a SlipAction) Valid() bool            { return slices.Contains(AllSlipActions, a) }
func (a SlipAction) MarshalGQL(w io.Writer) { MarshalEnum(w, a) }
func (a *SlipAction) UnmarshalGQL(v any) (err error) {
	*a, err = UnmarshalEnum(v, AllSlipActions, "SlipAction")
	return
}

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
	Action        SlipAction
	ActorID       *uuid.UUID `bun:"type:uuid"`
	Reason        string
	At            time.Time `bun:",nullzero,default:now()"`
}
