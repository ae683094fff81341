// Package scalars maps GraphQL scalars that need our own errors.
package scalars

import (
	"fmt"
	"io"
	"strconv"

	"github.com/99designs/gqlgen/graphql"
	"github.com/google/uuid"

	"github.com/postprod/postprod/internal/kernel/apperr"
)

// MarshalUUID writes an identifier as a string.
func MarshalUUID(id uuid.UUID) graphql.Marshaler {
	return graphql.WriterFunc(func(w io.Writer) { io.WriteString(w, strconv.Quote(id.String())) })
}

// UnmarshalUUID refuses anything but a canonical UUID with a VALIDATION
// error, so a malformed id never reaches SQL.
func UnmarshalUUID(v any) (uuid.UUID, error) {
	s, ok := v.(string)
	if ok {
		if id, err := uuid.Parse(s); err == nil && len(s) == 36 {
			return id, nil
		}
	}
	return uuid.Nil, apperr.Invalid("id", fmt.Sprintf("Identifiant invalide : %v.", v), fmt.Sprintf("Invalid identifier: %v.", v))
}
