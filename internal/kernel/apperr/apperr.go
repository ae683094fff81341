// Package apperr is the one kind of error allowed to reach a client: a code
// from the schema's ErrorCode enum, the offending field, and a message in
// French and English. Anything else is logged and shown as INTERNAL.
package apperr

import (
	"errors"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5/pgconn"
)

type Code string

const (
	Unauthenticated Code = "UNAUTHENTICATED"
	Forbidden       Code = "FORBIDDEN"
	NotFound        Code = "NOT_FOUND"
	Validation      Code = "VALIDATION"
	Conflict        Code = "CONFLICT"
	RateLimited     Code = "RATE_LIMITED"
	// QueryTooComplex: a GraphQL document over the limits on its size or
	// shape, refused before validation.
	QueryTooComplex Code = "QUERY_TOO_COMPLEX"
	Internal        Code = "INTERNAL"
	// Unavailable: the database cannot be reached; retry later. Never a
	// reason to drop the session (the credentials were not refused).
	Unavailable Code = "UNAVAILABLE"
	// Resync: a live subscription asked to resume from an event that is no
	// longer kept; the client reloads what it shows and subscribes afresh.
	Resync Code = "RESYNC"
)

// AllCodes lists the codes in the order of the schema's ErrorCode enum.
var AllCodes = []Code{Unauthenticated, Forbidden, NotFound, Validation, Conflict, RateLimited, QueryTooComplex, Internal, Unavailable, Resync}

// Error is safe to show: its messages were written for a person.
type Error struct {
	Code  Code
	Field string
	FR    string
	EN    string
}

func (e *Error) Error() string {
	if e.Field != "" {
		return fmt.Sprintf("%s: %s: %s", e.Code, e.Field, e.EN)
	}
	return fmt.Sprintf("%s: %s", e.Code, e.EN)
}

// Message picks the user's language; French is the default.
func (e *Error) Message(lang string) string {
	if strings.HasPrefix(lang, "en") && e.EN != "" {
		return e.EN
	}
	return e.FR
}

func New(code Code, field, fr, en string) *Error {
	return &Error{Code: code, Field: field, FR: fr, EN: en}
}

func Invalid(field, fr, en string) *Error { return New(Validation, field, fr, en) }

func NotFoundErr(what string) *Error {
	return New(NotFound, "id", "Introuvable : "+what+".", "Not found: "+what+".")
}

func ForbiddenErr() *Error {
	return New(Forbidden, "", "Vous n'avez pas le droit de faire cela.", "You are not allowed to do this.")
}

func UnauthenticatedErr() *Error {
	return New(Unauthenticated, "", "Connectez-vous pour continuer.", "Please log in to continue.")
}

// As extracts an *Error, translating PostgreSQL constraint violations that
// a client may legitimately cause (a duplicate name, a dangling reference).
func As(err error) (*Error, bool) {
	var e *Error
	if errors.As(err, &e) {
		return e, true
	}
	var pg *pgconn.PgError
	if errors.As(err, &pg) {
		switch pg.Code {
		case "23505":
			return New(Conflict, columnOf(pg), "Cette valeur existe déjà.", "This value already exists."), true
		case "23503":
			return New(Validation, columnOf(pg), "Référence inconnue.", "Unknown reference."), true
		case "23514", "23502", "22001", "22P02":
			return New(Validation, columnOf(pg), "Valeur refusée.", "Value refused."), true
		}
	}
	return nil, false
}

func columnOf(pg *pgconn.PgError) string {
	if pg.ColumnName != "" {
		return pg.ColumnName
	}
	return pg.ConstraintName
}

// Or returns err when there is one, else the client error to report
// (a failed existence check is a fault; a negative one is the client's).
func Or(err error, client *Error) error {
	if err != nil {
		return err
	}
	return client
}
