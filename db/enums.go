package db

import (
	"fmt"
	"io"
	"slices"
	"strconv"
)

// Enums are plain text columns in PostgreSQL (each with a CHECK constraint
// listing its values) and enums in the GraphQL schema. One typed string per
// enum carries both, so no layer converts between them: the bun models' fields
// are typed by it, gqlgen binds the schema enum to it (autobind on this
// package, or gqlgen.yml for the few that live in a domain), and services
// compare with its constants, never with a string literal.
//
// They live here, beside the models of their domain (accounts.go,
// productions.go, planning.go...), and not in internal/<domain>, because the
// models' fields are typed by them and internal/<domain> imports db: the other
// way round would be an import cycle. An enum whose values never reach a model
// (planning.ConflictKind, slips.Level) stays in its domain package and uses
// the same helpers.
//
// Each enum has its constants (<Type><Value>), an All<Types> list in schema
// order, which enums_test.go checks against the CHECK constraints, and
// Valid, MarshalGQL and UnmarshalGQL written with the helpers below.

// EnumError is a client's mistake (an unknown enum value), not a fault.
type EnumError struct {
	Type  string
	Value any
}

func (e *EnumError) Error() string { return fmt.Sprintf("%v is not a valid %s", e.Value, e.Type) }

// UnmarshalEnum reads a GraphQL enum value, refusing any value not in all.
func UnmarshalEnum[T ~string](v any, all []T, name string) (T, error) {
	s, ok := v.(string)
	if !ok || !slices.Contains(all, T(s)) {
		return "", &EnumError{Type: name, Value: v}
	}
	return T(s), nil
}

// MarshalEnum writes a GraphQL enum value.
func MarshalEnum[T ~string](w io.Writer, v T) { _, _ = io.WriteString(w, strconv.Quote(string(v))) }
