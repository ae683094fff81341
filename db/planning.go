package db

// Planning: tasks, their dependencies and shifts, bookings and unavailabilities.

import (
	"io"
	"slices"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/internal/kernel/dates"
)

// TaskStatus is where a stage of the plan stands.
type TaskStatus string

const (
	TaskStatusPlanned    TaskStatus = "PLANNED"
	TaskStatusInProgress TaskStatus = "IN_PROGRESS"
	TaskStatusDone       TaskStatus = "DONE"
	TaskStatusBlocked    TaskStatus = "BLOCKED"
)

var AllTaskStatuses = []TaskStatus{TaskStatusPlanned, TaskStatusInProgress, TaskStatusDone, TaskStatusBlocked}

func (s TaskStatus) Valid() bool            { return slices.Contains(AllTaskStatuses, s) }
func (s TaskStatus) MarshalGQL(w io.Writer) { MarshalEnum(w, s) }
func (s *TaskStatus) UnmarshalGQL(v any) (err error) {
	*s, err = UnmarshalEnum(v, AllTaskStatuses, "TaskStatus")
	return
}

// BookingStatus says how firm a booking is.
type BookingStatus string

const (
	BookingStatusConfirmed BookingStatus = "CONFIRMED"
	BookingStatusPencilled BookingStatus = "PENCILLED" // an option: held, not yet firm
	BookingStatusCancelled BookingStatus = "CANCELLED"
)

var AllBookingStatuses = []BookingStatus{BookingStatusConfirmed, BookingStatusPencilled, BookingStatusCancelled}

func (s BookingStatus) Valid() bool            { return slices.Contains(AllBookingStatuses, s) }
func (s BookingStatus) MarshalGQL(w io.Writer) { MarshalEnum(w, s) }
func (s *BookingStatus) UnmarshalGQL(v any) (err error) {
	*s, err = UnmarshalEnum(v, AllBookingStatuses, "BookingStatus")
	return
}

// UnavailabilityKind is why a technician is away.
type UnavailabilityKind string

const (
	UnavailabilityKindDayOff   UnavailabilityKind = "DAY_OFF"
	UnavailabilityKindOtherJob UnavailabilityKind = "OTHER_JOB"
	UnavailabilityKindSick     UnavailabilityKind = "SICK"
	UnavailabilityKindOther    UnavailabilityKind = "OTHER"
)

var AllUnavailabilityKinds = []UnavailabilityKind{UnavailabilityKindDayOff, UnavailabilityKindOtherJob, UnavailabilityKindSick, UnavailabilityKindOther}

func (k UnavailabilityKind) Valid() bool            { return slices.Contains(AllUnavailabilityKinds, k) }
func (k UnavailabilityKind) MarshalGQL(w io.Writer) { MarshalEnum(w, k) }
func (k *UnavailabilityKind) UnmarshalGQL(v any) (err error) {
	*k, err = UnmarshalEnum(v, AllUnavailabilityKinds, "UnavailabilityKind")
	return
}

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
	// Revision counts the changes mailed to the technician: the SEQUENCE
	// of the booking's iCalendar invitations.
	Revision  int
	CreatedAt time.Time `bun:",nullzero,default:now()"`
	UpdatedAt time.Time `bun:",nullzero,default:now()"`
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
