package db

import (
	"fmt"
	"io"
	"slices"
	"strconv"
)

// Enums are plain strings in PostgreSQL (with CHECK constraints) and GraphQL
// enums in the API; these types are both, so no layer converts between them.

// EnumError is a client's mistake (an unknown enum value), not a fault.
type EnumError struct {
	Type  string
	Value any
}

func (e *EnumError) Error() string { return fmt.Sprintf("%v is not a valid %s", e.Value, e.Type) }

func unmarshalEnum[T ~string](v any, allowed []T, name string) (T, error) {
	s, ok := v.(string)
	if !ok || !slices.Contains(allowed, T(s)) {
		return "", &EnumError{Type: name, Value: v}
	}
	return T(s), nil
}

func marshalEnum[T ~string](w io.Writer, v T) { io.WriteString(w, strconv.Quote(string(v))) }

type Role string

const (
	RoleAdmin        Role = "ADMIN"
	RoleCoordinator  Role = "COORDINATOR"
	RoleProducer     Role = "PRODUCER"
	RoleTechnician   Role = "TECHNICIAN"
	RoleRightsHolder Role = "RIGHTS_HOLDER"
	RoleAccountant   Role = "ACCOUNTANT"
	RoleIntegration  Role = "INTEGRATION" // API tokens only, never a membership
)

var AllRoles = []Role{RoleAdmin, RoleCoordinator, RoleProducer, RoleTechnician, RoleRightsHolder, RoleAccountant, RoleIntegration}

func (r *Role) UnmarshalGQL(v any) (err error) { *r, err = unmarshalEnum(v, AllRoles, "Role"); return }
func (r Role) MarshalGQL(w io.Writer)          { marshalEnum(w, r) }

type ProductionKind string

var AllProductionKinds = []ProductionKind{"FEATURE_FILM", "TV_FICTION", "TV_SERIES", "DOCUMENTARY", "MAGAZINE", "ANIMATION", "GAME", "OTHER"}

func (k *ProductionKind) UnmarshalGQL(v any) (err error) {
	*k, err = unmarshalEnum(v, AllProductionKinds, "ProductionKind")
	return
}
func (k ProductionKind) MarshalGQL(w io.Writer) { marshalEnum(w, k) }

type ProductionStatus string

var AllProductionStatuses = []ProductionStatus{"PREPARATION", "IN_POST", "DELIVERED", "CLOSED"}

func (s *ProductionStatus) UnmarshalGQL(v any) (err error) {
	*s, err = unmarshalEnum(v, AllProductionStatuses, "ProductionStatus")
	return
}
func (s ProductionStatus) MarshalGQL(w io.Writer) { marshalEnum(w, s) }

type Employment string

var AllEmployments = []Employment{"INTERMITTENT", "PERMANENT"}

func (e *Employment) UnmarshalGQL(v any) (err error) {
	*e, err = unmarshalEnum(v, AllEmployments, "Employment")
	return
}
func (e Employment) MarshalGQL(w io.Writer) { marshalEnum(w, e) }

type RoomKind string

var AllRoomKinds = []RoomKind{"EDIT_SUITE", "GRADING", "MIX_STAGE", "FOLEY_STAGE", "SOUND_EDIT", "VFX", "SCREENING", "OTHER"}

func (k *RoomKind) UnmarshalGQL(v any) (err error) {
	*k, err = unmarshalEnum(v, AllRoomKinds, "RoomKind")
	return
}
func (k RoomKind) MarshalGQL(w io.Writer) { marshalEnum(w, k) }

type Department string

var AllDepartments = []Department{"IMAGE", "SOUND", "OTHER"}

func (d *Department) UnmarshalGQL(v any) (err error) {
	*d, err = unmarshalEnum(v, AllDepartments, "Department")
	return
}
func (d Department) MarshalGQL(w io.Writer) { marshalEnum(w, d) }

type Unit string

var AllUnits = []Unit{"DAY", "HOUR", "UNIT"}

func (u *Unit) UnmarshalGQL(v any) (err error) { *u, err = unmarshalEnum(v, AllUnits, "Unit"); return }
func (u Unit) MarshalGQL(w io.Writer)          { marshalEnum(w, u) }

var AllTaskStatuses = []TaskStatus{"PLANNED", "IN_PROGRESS", "DONE", "BLOCKED"}

func (s *TaskStatus) UnmarshalGQL(v any) (err error) {
	*s, err = unmarshalEnum(v, AllTaskStatuses, "TaskStatus")
	return
}
func (s TaskStatus) MarshalGQL(w io.Writer) { marshalEnum(w, s) }

var AllBookingStatuses = []BookingStatus{"CONFIRMED", "PENCILLED", "CANCELLED"}

func (s *BookingStatus) UnmarshalGQL(v any) (err error) {
	*s, err = unmarshalEnum(v, AllBookingStatuses, "BookingStatus")
	return
}
func (s BookingStatus) MarshalGQL(w io.Writer) { marshalEnum(w, s) }

var AllUnavailabilityKinds = []UnavailabilityKind{"DAY_OFF", "OTHER_JOB", "SICK", "OTHER"}

func (k *UnavailabilityKind) UnmarshalGQL(v any) (err error) {
	*k, err = unmarshalEnum(v, AllUnavailabilityKinds, "UnavailabilityKind")
	return
}
func (k UnavailabilityKind) MarshalGQL(w io.Writer) { marshalEnum(w, k) }

var AllSlipStatuses = []SlipStatus{"SUBMITTED", "APPROVED", "REJECTED"}

func (s *SlipStatus) UnmarshalGQL(v any) (err error) {
	*s, err = unmarshalEnum(v, AllSlipStatuses, "SlipStatus")
	return
}
func (s SlipStatus) MarshalGQL(w io.Writer) { marshalEnum(w, s) }
