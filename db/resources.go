package db

// Resources: technicians, rooms and the operations catalogue.

import (
	"io"
	"slices"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/internal/kernel/money"
)

// Employment is how a technician is hired.
type Employment string

const (
	EmploymentIntermittent Employment = "INTERMITTENT"
	EmploymentPermanent    Employment = "PERMANENT"
)

var AllEmployments = []Employment{EmploymentIntermittent, EmploymentPermanent}

func (e Employment) Valid() bool            { return slices.Contains(AllEmployments, e) }
func (e Employment) MarshalGQL(w io.Writer) { MarshalEnum(w, e) }
func (e *Employment) UnmarshalGQL(v any) (err error) {
	*e, err = UnmarshalEnum(v, AllEmployments, "Employment")
	return
}

// RoomKind is what a room is equipped for.
type RoomKind string

const (
	RoomKindEditSuite  RoomKind = "EDIT_SUITE"
	RoomKindGrading    RoomKind = "GRADING"
	RoomKindMixStage   RoomKind = "MIX_STAGE"
	RoomKindFoleyStage RoomKind = "FOLEY_STAGE"
	RoomKindSoundEdit  RoomKind = "SOUND_EDIT"
	RoomKindVFX        RoomKind = "VFX"
	RoomKindScreening  RoomKind = "SCREENING"
	RoomKindOther      RoomKind = "OTHER"
)

var AllRoomKinds = []RoomKind{RoomKindEditSuite, RoomKindGrading, RoomKindMixStage, RoomKindFoleyStage, RoomKindSoundEdit, RoomKindVFX, RoomKindScreening, RoomKindOther}

func (k RoomKind) Valid() bool            { return slices.Contains(AllRoomKinds, k) }
func (k RoomKind) MarshalGQL(w io.Writer) { MarshalEnum(w, k) }
func (k *RoomKind) UnmarshalGQL(v any) (err error) {
	*k, err = UnmarshalEnum(v, AllRoomKinds, "RoomKind")
	return
}

// Department groups the operations.
type Department string

const (
	DepartmentImage Department = "IMAGE"
	DepartmentSound Department = "SOUND"
	DepartmentOther Department = "OTHER"
)

var AllDepartments = []Department{DepartmentImage, DepartmentSound, DepartmentOther}

func (d Department) Valid() bool            { return slices.Contains(AllDepartments, d) }
func (d Department) MarshalGQL(w io.Writer) { MarshalEnum(w, d) }
func (d *Department) UnmarshalGQL(v any) (err error) {
	*d, err = UnmarshalEnum(v, AllDepartments, "Department")
	return
}

// Unit is the default unit an operation is counted in.
type Unit string

const (
	UnitDay  Unit = "DAY"
	UnitHour Unit = "HOUR"
	UnitUnit Unit = "UNIT"
)

var AllUnits = []Unit{UnitDay, UnitHour, UnitUnit}

func (u Unit) Valid() bool            { return slices.Contains(AllUnits, u) }
func (u Unit) MarshalGQL(w io.Writer) { MarshalEnum(w, u) }
func (u *Unit) UnmarshalGQL(v any) (err error) {
	*u, err = UnmarshalEnum(v, AllUnits, "Unit")
	return
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
