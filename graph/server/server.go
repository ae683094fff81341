// Package server assembles the whole HTTP surface of postprod: GraphQL over
// HTTP and websockets, the SPA, GraphiQL, health and metrics. The binary and
// the tests build it the same way.
package server

import (
	"context"
	"encoding/json"
	"log/slog"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strings"
	"time"

	"github.com/99designs/gqlgen/graphql/playground"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/rs/cors"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/dataloaders"
	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/graph"
	"github.com/postprod/postprod/internal/accounts"
	"github.com/postprod/postprod/internal/auth"
	"github.com/postprod/postprod/internal/config"
	"github.com/postprod/postprod/internal/deliveries"
	"github.com/postprod/postprod/internal/invoicing"
	"github.com/postprod/postprod/internal/kernel/apperr"
	"github.com/postprod/postprod/internal/notifications"
	"github.com/postprod/postprod/internal/planning"
	"github.com/postprod/postprod/internal/platform/live"
	"github.com/postprod/postprod/internal/platform/mail"
	"github.com/postprod/postprod/internal/productions"
	"github.com/postprod/postprod/internal/quotes"
	"github.com/postprod/postprod/internal/resources"
	"github.com/postprod/postprod/internal/royalties"
	"github.com/postprod/postprod/internal/slips"
	"github.com/postprod/postprod/resolvers"
)

// MaxBody bounds a GraphQL request body.
const MaxBody = 1 << 20

type Server struct {
	Handler  http.Handler
	DB       *bun.DB
	Broker   *live.Broker
	Accounts *accounts.Service
	Sockets  *graph.Sockets
	// Mail delivers the outbox; nil when no SMTP server is configured.
	Mail     *mail.Sender
	listener *live.Listener
	pruner   *live.Pruner
}

// New wires services, resolvers and routes over an open database.
func New(cfg *config.Config, bdb *bun.DB, dbURL string, spa http.Handler) (*Server, error) {
	signer, err := auth.NewSigner(cfg.JWTSecret)
	if err != nil {
		return nil, err
	}
	broker := live.NewBroker(bdb)
	liveLoaders := dataloaders.NewLive(bdb, broker.Generation)
	from, err := mail.ParseAddress(cfg.MailFrom)
	if err != nil {
		return nil, err
	}
	notify := &notifications.Notifier{Outbox: &mail.Outbox{From: from}, PublicURL: cfg.PublicURL}
	plan := &planning.Service{DB: bdb, Notify: notify}
	roy := &royalties.Service{DB: bdb, Notify: notify}
	acc := &accounts.Service{DB: bdb, Signer: signer, AllowSignUp: cfg.AllowSignUp, Notify: notify}
	quoteSvc := &quotes.Service{DB: bdb, Notify: notify}
	// Approving slips beyond what was sold proposes an amendment.
	slipSvc := &slips.Service{DB: bdb, Notify: notify, OnApproved: quoteSvc.ProposeOnApproval}
	r := &resolvers.Resolver{
		AccountSvc:    acc,
		ProductionSvc: &productions.Service{DB: bdb},
		ResourceSvc:   &resources.Service{DB: bdb},
		PlanningSvc:   plan,
		SlipSvc:       slipSvc,
		DeliverySvc:   &deliveries.Service{DB: bdb},
		RoyaltySvc:    roy,
		InboxSvc:      &notifications.Service{DB: bdb},
		QuoteSvc:      quoteSvc,
		InvoiceSvc:    &invoicing.Service{DB: bdb, Notify: notify},
		Broker:        broker,
		PublicURL:     cfg.PublicURL,
	}
	sockets := graph.NewSockets()
	origins := make([]string, 0, len(cfg.AllowedOrigins))
	for _, o := range cfg.AllowedOrigins {
		origins = append(origins, strings.TrimPrefix(strings.TrimPrefix(o, "https://"), "http://"))
	}
	gql := graph.NewHandler(r, graph.Options{
		Introspection:  cfg.Introspection,
		AllowedOrigins: origins,
		Authenticate:   acc.Authenticate,
		// A subscription holds no loaders while idle: it reads each event
		// through the set its organisation's subscribers share for that event.
		AroundOperation: func(ctx context.Context, subscription bool) context.Context {
			switch p := auth.FromContext(ctx); {
			case p == nil:
				return ctx
			case subscription:
				return dataloaders.WithLive(ctx, liveLoaders, p.OrganisationID)
			default:
				return dataloaders.With(ctx, dataloaders.New(bdb, p.OrganisationID, true))
			}
		},
		MaxDepth:      10,
		MaxComplexity: 5000,
		Sockets:       sockets,
	})

	s := &Server{DB: bdb, Broker: broker, Accounts: acc, Sockets: sockets,
		listener: &live.Listener{URL: dbURL, Broker: broker, Signals: []live.Signal{revocations(sockets, acc)}},
		pruner:   &live.Pruner{DB: bdb, Retention: cfg.EventsRetention}}
	if s.Mail, err = mailSender(cfg, bdb); err != nil {
		return nil, err
	}
	if s.Mail != nil {
		s.listener.Signals = append(s.listener.Signals, s.Mail.Signal())
	}
	mux := http.NewServeMux()
	api := withClientAddr(cfg.TrustedProxies, withAuth(acc, retryable(sockets.Wrap(gql))))
	if len(cfg.AllowedOrigins) > 0 {
		api = cors.New(cors.Options{
			AllowedOrigins:   cfg.AllowedOrigins,
			AllowedMethods:   []string{http.MethodGet, http.MethodPost, http.MethodOptions},
			AllowedHeaders:   []string{"Authorization", "Content-Type", "Accept-Language"},
			AllowCredentials: true,
			MaxAge:           600,
		}).Handler(api)
	}
	mux.Handle("/graphql", limitBody(checkText(api)))
	// GraphiQL is of no use without introspection: it follows the setting,
	// and answers 404 rather than falling through to the app.
	if cfg.Introspection {
		mux.Handle("/graphiql", playground.Handler("postprod GraphiQL", "/graphql"))
	} else {
		mux.Handle("/graphiql", http.NotFoundHandler())
	}
	serveDocuments(mux, acc, append(documentRoutes(roy, plan, r.QuoteSvc), invoiceDocumentRoutes(r.InvoiceSvc)...))
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, _ *http.Request) { _, _ = w.Write([]byte("ok\n")) })
	mux.HandleFunc("/readyz", s.ready)
	reg := prometheus.NewRegistry()
	reg.MustRegister(prometheus.NewGoCollector(), prometheus.NewProcessCollector(prometheus.ProcessCollectorOpts{}), requests, durations,
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "postprod_subscribers", Help: "Live subscriptions on this replica."}, func() float64 { return float64(broker.Subscribers()) }),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "postprod_events_dispatched", Help: "Highest outbox event id this replica has dispatched."}, func() float64 { return float64(broker.Seen()) }),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "postprod_listening", Help: "1 while this replica hears revocations (and so keeps memberships), 0 otherwise."}, func() float64 {
			if acc.Hears() {
				return 1
			}
			return 0
		}),
		mail.PendingGauge(bdb))
	mux.Handle("/metrics", guardMetrics(cfg, promhttp.HandlerFor(reg, promhttp.HandlerOpts{})))
	if spa != nil {
		mux.Handle("/", spa)
	}
	s.Handler = observe(securityHeaders(mux))
	return s, nil
}

// mailSender delivers the mail outbox to POSTPROD_SMTP_URL; without it,
// mail waits in the outbox.
func mailSender(cfg *config.Config, bdb *bun.DB) (*mail.Sender, error) {
	if cfg.SMTPURL == "" {
		return nil, nil
	}
	smtp, err := mail.ParseSMTPURL(cfg.SMTPURL)
	if err != nil {
		return nil, err
	}
	// EHLO names this server as users know it (some relays refuse "localhost").
	hello := "localhost"
	if u, err := url.Parse(cfg.PublicURL); err == nil && u.Hostname() != "" && net.ParseIP(u.Hostname()) == nil {
		hello = u.Hostname()
	}
	return &mail.Sender{DB: bdb, SMTP: &mail.Dialer{Server: smtp, HelloName: hello}}, nil
}

// revocations makes this replica forget the memberships it kept for the
// callers whose access another replica (or this one) withdrew, and closes
// their websockets; after the listener reconnects, it forgets every kept
// membership and re-checks every websocket, since announcements made
// meanwhile were lost. While the listener is disconnected, no membership
// is kept (accounts.Service.Listening).
func revocations(sockets *graph.Sockets, acc *accounts.Service) live.Signal {
	return live.Signal{
		Channel: auth.RevocationChannel,
		Handle: func(payload string) {
			r, err := auth.ParseRevocation(payload)
			if err != nil {
				slog.Warn("revocation: unreadable notification", "payload", payload, "err", err)
				acc.Listening(true) // forget everything: which callers it named is unknown
				return
			}
			acc.Forget(r)
			sockets.Revoke(r)
		},
		Lost: func() { acc.Listening(false) },
		Resync: func() {
			acc.Listening(true)
			go func() {
				ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
				defer cancel()
				sockets.Recheck(ctx, acc.StillValid)
			}()
		},
	}
}

// Listen feeds live events to this replica's subscribers, prunes the
// outbox in turn with the other replicas, and sends the mail outbox, until
// ctx ends.
func (s *Server) Listen(ctx context.Context) {
	go s.pruner.Run(ctx)
	if s.Mail != nil {
		go s.Mail.Run(ctx)
	}
	s.listener.Run(ctx)
}

func (s *Server) ready(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 3*time.Second)
	defer cancel()
	pending, err := db.Pending(ctx, s.DB)
	switch {
	case err != nil:
		http.Error(w, "database unreachable", http.StatusServiceUnavailable)
	case pending > 0:
		http.Error(w, "migrations pending", http.StatusServiceUnavailable)
	default:
		_, _ = w.Write([]byte("ready\n"))
	}
}

var (
	requests  = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "postprod_http_requests_total", Help: "HTTP requests by route and status class."}, []string{"route", "code"})
	durations = prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "postprod_http_request_seconds", Help: "HTTP request durations.", Buckets: prometheus.DefBuckets}, []string{"route"})
)

type statusWriter struct {
	http.ResponseWriter
	code int
}

func (w *statusWriter) WriteHeader(c int)           { w.code = c; w.ResponseWriter.WriteHeader(c) }
func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

func route(p string) string {
	switch {
	case p == "/graphql", p == "/healthz", p == "/readyz", p == "/metrics", p == "/graphiql":
		return p
	case strings.HasPrefix(p, "/assets/"):
		return "/assets"
	default:
		return "/app"
	}
}

// observe logs and measures every request; websockets are left unwrapped
// (the hijacked connection must reach the upgrader as is).
func observe(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Upgrade") != "" {
			next.ServeHTTP(w, r)
			return
		}
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w, code: 200}
		next.ServeHTTP(sw, r)
		rt := route(r.URL.Path)
		requests.WithLabelValues(rt, http.StatusText(sw.code)).Inc()
		durations.WithLabelValues(rt).Observe(time.Since(start).Seconds())
		if sw.code >= 500 {
			slog.Warn("http", "method", r.Method, "path", r.URL.Path, "status", sw.code, "ms", time.Since(start).Milliseconds())
		}
	})
}

// limitBody refuses oversized requests with a typed GraphQL error before
// anything is parsed, and gives plain HTTP requests a deadline.
func limitBody(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.ContentLength > MaxBody {
			writeError(w, r, http.StatusRequestEntityTooLarge, "VALIDATION", "body",
				"Requête trop volumineuse (1 Mo au plus).", "Request body too large (1 MB at most).")
			return
		}
		r.Body = http.MaxBytesReader(w, r.Body, MaxBody)
		if r.Header.Get("Upgrade") == "" {
			ctx, cancel := context.WithTimeout(r.Context(), 30*time.Second)
			defer cancel()
			r = r.WithContext(ctx)
		}
		next.ServeHTTP(w, r)
	})
}

// withAuth reads the language and the bearer token. A bad token does not
// fail the request here: the caller is anonymous, and what needs a caller
// answers UNAUTHENTICATED (login itself must work with a stale header).
// The token is checked against the database on every request
// (Authenticate): a logout or a revocation applies to the next request.
// A token that could not be checked (the database is out of reach) is not
// a bad token: the request is answered UNAVAILABLE, never anonymously.
func withAuth(acc *accounts.Service, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := auth.WithLang(r.Context(), language(r.Header.Get("Accept-Language")))
		if tok := graph.Bearer(r.Header.Get("Authorization")); tok != "" {
			p, err := acc.Authenticate(ctx, tok)
			if _, refused := apperr.As(err); err != nil && !refused {
				answerFault(w, r, err)
				return
			}
			if err == nil {
				ctx = auth.WithPrincipal(ctx, p)
			}
		}
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// withClientAddr records the client's address (clientaddr.go) for the login limits.
func withClientAddr(trustedProxies []netip.Prefix, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		next.ServeHTTP(w, r.WithContext(auth.WithClientAddr(r.Context(), clientAddr(r, trustedProxies))))
	})
}

func language(h string) string {
	if strings.HasPrefix(strings.ToLower(strings.TrimSpace(h)), "en") {
		return "en"
	}
	return "fr"
}

func writeError(w http.ResponseWriter, r *http.Request, status int, code, field, fr, en string) {
	msg := fr
	if language(r.Header.Get("Accept-Language")) == "en" {
		msg = en
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]any{"errors": []any{map[string]any{
		"message": msg, "extensions": map[string]any{"code": code, "field": field},
	}}})
}
