package server

import (
	"log/slog"
	"net/http"

	"github.com/postprod/postprod/graph"
	"github.com/postprod/postprod/internal/kernel/apperr"
)

// retryAfter is the Retry-After (seconds) of a 503: a database restart or
// a failover takes seconds, not minutes.
const retryAfter = "5"

// retryable answers HTTP 503 with Retry-After when the error presenter
// answered UNAVAILABLE (the database could not be reached) during the
// request. Websocket upgrades pass untouched.
func retryable(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Upgrade") != "" {
			next.ServeHTTP(w, r)
			return
		}
		ctx, outage := graph.WatchOutage(r.Context())
		next.ServeHTTP(&outageWriter{ResponseWriter: w, outage: outage}, r.WithContext(ctx))
	})
}

type outageWriter struct {
	http.ResponseWriter
	outage      func() bool
	wroteHeader bool
}

func (w *outageWriter) WriteHeader(code int) {
	if w.wroteHeader {
		return
	}
	w.wroteHeader = true
	if code < 300 && w.outage() {
		w.Header().Set("Retry-After", retryAfter)
		code = http.StatusServiceUnavailable
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *outageWriter) Write(b []byte) (int, error) {
	if !w.wroteHeader {
		w.WriteHeader(http.StatusOK)
	}
	return w.ResponseWriter.Write(b)
}

func (w *outageWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// answerFault answers a request that failed through no fault of the
// client (its credentials could not be checked, a document could not be
// read): 503 UNAVAILABLE when the database is out of reach, so that the
// app keeps its session and retries; 500 INTERNAL otherwise. Never
// UNAUTHENTICATED: no token was refused.
func answerFault(w http.ResponseWriter, r *http.Request, err error) {
	if apperr.IsUnavailable(err) {
		slog.WarnContext(r.Context(), "auth: database unavailable", "err", err)
		ae := apperr.UnavailableErr()
		w.Header().Set("Retry-After", retryAfter)
		writeError(w, r, http.StatusServiceUnavailable, string(ae.Code), ae.Field, ae.FR, ae.EN)
		return
	}
	slog.ErrorContext(r.Context(), "auth: checking a token", "err", err)
	writeError(w, r, http.StatusInternalServerError, string(apperr.Internal), "",
		"Erreur interne, réessayez plus tard.", "Internal error, please try again later.")
}
