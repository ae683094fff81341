package server

import (
	"crypto/subtle"
	"net/http"

	"github.com/postprod/postprod/graph"
	"github.com/postprod/postprod/internal/config"
)

// guardMetrics decides who may read /metrics. With POSTPROD_METRICS_TOKEN
// set, only a request bearing that token; without it, anyone in
// development and no one in production (404). Loopback is not trusted:
// behind a reverse proxy on the same host every request comes from
// loopback.
func guardMetrics(cfg *config.Config, next http.Handler) http.Handler {
	switch {
	case cfg.MetricsToken != "":
		want := []byte(cfg.MetricsToken)
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			got := []byte(graph.Bearer(r.Header.Get("Authorization")))
			if subtle.ConstantTimeCompare(got, want) != 1 {
				w.Header().Set("WWW-Authenticate", `Bearer realm="metrics"`)
				http.Error(w, "unauthorized", http.StatusUnauthorized)
				return
			}
			next.ServeHTTP(w, r)
		})
	case cfg.Production():
		return http.NotFoundHandler()
	default:
		return next
	}
}
