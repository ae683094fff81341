package apperr

import (
	"database/sql/driver"
	"errors"
	"io"
	"net"
	"strings"

	"github.com/jackc/pgx/v5/pgconn"
)

// UnavailableErr is what a client sees while the database cannot be
// reached: retry later; the session is still good.
func UnavailableErr() *Error {
	return New(Unavailable, "",
		"Service momentanément indisponible : vos données sont en sécurité, nouvel essai dans un instant.",
		"Service temporarily unavailable: your data is safe, trying again in a moment.")
}

// IsUnavailable reports whether err means the database could not be
// reached or dropped the connection (stopped, restarting, refusing
// connections), as opposed to a fault of the request or of our code. Such
// an error is answered UNAVAILABLE (HTTP 503), never UNAUTHENTICATED.
func IsUnavailable(err error) bool {
	if err == nil {
		return false
	}
	var ce *pgconn.ConnectError
	if errors.As(err, &ce) {
		return true
	}
	var pg *pgconn.PgError
	if errors.As(err, &pg) {
		switch {
		case strings.HasPrefix(pg.Code, "08"): // connection exception
			return true
		case pg.Code == "57P01", pg.Code == "57P02", pg.Code == "57P03": // shutdown, crash, starting up
			return true
		case pg.Code == "53300": // too many connections
			return true
		}
		return false
	}
	var ne net.Error
	if errors.As(err, &ne) {
		return true
	}
	return errors.Is(err, driver.ErrBadConn) || errors.Is(err, io.ErrUnexpectedEOF) ||
		errors.Is(err, pgconn.ErrConnClosed) || pgconn.SafeToRetry(err)
}
