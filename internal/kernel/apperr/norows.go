package apperr

import (
	"database/sql"
	"errors"
)

// Missing turns "no row" into NOT_FOUND for what (in French, as shown to
// the user); any other error, or nil, passes unchanged. A row of another
// organisation, or one the caller may not see, is missing too: NOT_FOUND
// never confirms that it exists.
func Missing(err error, what string) error {
	if NoRows(err) {
		return NotFoundErr(what)
	}
	return err
}

// MissingAs turns "no row" into the client error e (a dangling reference in
// an input is a VALIDATION error of its field, not NOT_FOUND).
func MissingAs(err error, e *Error) error {
	if NoRows(err) {
		return e
	}
	return err
}

// NoRows reports whether err is "no row".
func NoRows(err error) bool { return errors.Is(err, sql.ErrNoRows) }
