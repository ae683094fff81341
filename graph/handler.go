package graph

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"slices"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/coder/websocket"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/graph/wstransport"
	"github.com/postprod/postprod/internal/auth"
	"github.com/postprod/postprod/internal/kernel/apperr"
)

// Options configure the GraphQL endpoint.
type Options struct {
	// Introspection allows __schema and __type, and the "Did you mean …?"
	// suggestions of validation errors, which reveal the schema as much.
	Introspection  bool
	AllowedOrigins []string // websocket Origin check; empty: same origin only
	// Authenticate turns a bearer token into a principal (for websockets,
	// from the connection_init payload).
	Authenticate func(ctx context.Context, token string) (*auth.Principal, error)
	// AroundOperation decorates each operation's context (dataloaders).
	AroundOperation func(ctx context.Context, subscription bool) context.Context
	MaxDepth        int
	MaxComplexity   int
	// Sockets registers authenticated websockets so a revocation closes
	// them (optional).
	Sockets *Sockets
	// Limits bound a new document before validation; zero: DefaultLimits.
	Limits DocumentLimits
	// AnonymousSlots bounds the anonymous HTTP requests served at once;
	// zero: half the cores (see anonymousGate).
	AnonymousSlots int
}

// NewHandler builds the /graphql handler: transports, limits, persisted
// queries, the error presenter and the @hasRole gate. It expects the
// caller's principal in the request context (anonymous requests take turns).
func NewHandler(r ResolverRoot, o Options) http.Handler {
	cfg := Config{Resolvers: r}
	cfg.Directives.HasRole = hasRole
	srv := handler.New(NewExecutableSchema(cfg))
	// The loaders' waves count every field: outermost, first registered.
	ws := newWaves()
	srv.AroundFields(ws.aroundField)

	// graphql-transport-ws (the app's protocol) by our transport, which
	// holds idle subscribers cheaply and resolves an event once for the
	// subscribers that see it alike (wsshare.go); the older graphql-ws
	// protocol by gqlgen's.
	srv.AddTransport(wstransport.New(wstransport.Transport{
		Accept:       websocket.AcceptOptions{OriginPatterns: o.AllowedOrigins},
		Init:         socketInit(o.Authenticate, o.Sockets),
		InitTimeout:  wsInitTimeout,
		PingInterval: wsPingInterval,
		ReadLimit:    wsReadLimit,
		Share:        shareResults,
	}))
	readLimit := int64(wsReadLimit)
	srv.AddTransport(transport.Websocket{
		Implementation: revocableImpl{inner: transport.CoderWebsocketImplementation{AcceptOptions: websocket.AcceptOptions{
			OriginPatterns: o.AllowedOrigins,
		}}},
		InitFunc:              wsInit(o.Authenticate, o.Sockets),
		InitTimeout:           wsInitTimeout,
		KeepAlivePingInterval: 15 * time.Second,
		PingPongInterval:      wsPingInterval,
		PayloadReadLimit:      &readLimit,
	})
	srv.AddTransport(transport.Options{})
	srv.AddTransport(transport.GET{})
	srv.AddTransport(transport.POST{})

	docs := newDocCache(1000, 100)
	srv.SetQueryCache(docs)
	rules := validationRules(o.Introspection)
	srv.SetValidationRulesFn(rules)
	srv.SetDisableSuggestion(!o.Introspection)
	if o.Introspection {
		srv.Use(extension.Introspection{})
	} else {
		srv.AroundFields(hideTypes)
	}
	srv.AroundFields(countOnlyAsked)
	limits := o.Limits
	if limits == (DocumentLimits{}) {
		limits = DefaultLimits
	}
	// The guard holds the persisted-query extension, so that a document is
	// measured before it is persisted.
	srv.Use(newDocumentGuard(limits, rules, docs, lru.New[string](1000), o.Introspection))
	srv.Use(extension.FixedComplexityLimit(o.MaxComplexity))
	srv.Use(depthLimit{max: o.MaxDepth})

	srv.AroundOperations(func(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
		oc := graphql.GetOperationContext(ctx)
		ctx = ws.start(ctx, oc)
		if o.AroundOperation != nil && oc.Operation != nil {
			ctx = o.AroundOperation(ctx, oc.Operation.Operation == ast.Subscription)
		}
		return next(ctx)
	})
	srv.SetErrorPresenter(presentError)
	srv.SetRecoverFunc(func(ctx context.Context, err any) error {
		slog.ErrorContext(ctx, "panic in resolver", "panic", err)
		return errors.New("internal panic")
	})
	return newAnonymousGate(srv, o.AnonymousSlots, anonymousWait)
}

// anonymousWait is how long an anonymous request may wait for its turn.
const anonymousWait = 10 * time.Second

// Websocket settings shared by both protocols' transports.
const (
	wsInitTimeout  = 10 * time.Second
	wsPingInterval = 20 * time.Second
	wsReadLimit    = 1 << 20 // bytes per message, as gqlgen's default
)

// socketInit authenticates a websocket from connection_init; a refused
// connection is closed with 4403 (1013 when the database is out of reach).
// The connection ends when the token expires, and is closed with 4403 when
// its access is withdrawn (Sockets).
func socketInit(authenticate func(context.Context, string) (*auth.Principal, error), sockets *Sockets) wstransport.InitFunc {
	accept := func(ctx context.Context, p *auth.Principal) context.Context {
		if sockets != nil {
			ctx = sockets.register(ctx, p)
		}
		return ctx
	}
	return func(ctx context.Context, payload transport.InitPayload) (context.Context, error) {
		token := bearer(payload.Authorization())
		if token == "" {
			token = payload.GetString("token")
		}
		if l := payload.GetString("lang"); l == "en" || l == "fr" {
			ctx = auth.WithLang(ctx, l)
		}
		if token == "" {
			if p := auth.FromContext(ctx); p != nil { // authenticated by header
				return accept(ctx, p), nil
			}
			return nil, &wstransport.CloseError{Code: CloseForbidden, Reason: "forbidden", Err: apperr.UnauthenticatedErr()}
		}
		p, err := authenticate(ctx, token)
		if err != nil && apperr.IsUnavailable(err) {
			return nil, &wstransport.CloseError{Code: CloseTryAgainLater, Reason: "unavailable", Err: apperr.UnavailableErr()}
		}
		if err != nil {
			return nil, &wstransport.CloseError{Code: CloseForbidden, Reason: "forbidden", Err: err}
		}
		ctx = auth.WithPrincipal(ctx, p)
		if !p.ExpiresAt.IsZero() {
			var cancel context.CancelFunc
			ctx, cancel = context.WithDeadline(ctx, p.ExpiresAt)
			context.AfterFunc(ctx, cancel) // released when the connection ends
		}
		return accept(ctx, p), nil
	}
}

// wsInit is socketInit for gqlgen's transport (the graphql-ws protocol),
// which reads the close code from the context.
func wsInit(authenticate func(context.Context, string) (*auth.Principal, error), sockets *Sockets) transport.WebsocketInitFunc {
	init := socketInit(authenticate, sockets)
	return func(ctx context.Context, payload transport.InitPayload) (context.Context, *transport.InitPayload, error) {
		accepted, err := init(ctx, payload)
		var ce *wstransport.CloseError
		if errors.As(err, &ce) {
			ctx = transport.WithWebsocketCloseCode(ctx, ce.Code)
			return transport.AppendCloseReason(ctx, ce.Reason), nil, ce.Err
		}
		if err != nil {
			return ctx, nil, err
		}
		return accepted, nil, nil
	}
}

func bearer(h string) string {
	const prefix = "Bearer "
	if len(h) > len(prefix) && (h[:len(prefix)] == prefix || h[:len(prefix)] == "bearer ") {
		return h[len(prefix):]
	}
	return h
}

// Bearer extracts the token of an Authorization header.
func Bearer(h string) string {
	if h == "" {
		return ""
	}
	return bearer(h)
}

func hasRole(ctx context.Context, _ any, next graphql.Resolver, roles []db.Role) (any, error) {
	p := auth.FromContext(ctx)
	if p == nil {
		return nil, apperr.UnauthenticatedErr()
	}
	if !slices.Contains(roles, p.Role) {
		return nil, apperr.ForbiddenErr()
	}
	return next(ctx)
}

// presentError lets through only errors written for clients; the rest is
// logged and replaced by INTERNAL, so no SQL or stack detail leaks.
func presentError(ctx context.Context, err error) *gqlerror.Error {
	gerr := graphql.DefaultErrorPresenter(ctx, err)
	lang := auth.Lang(ctx)
	if ae, ok := apperr.As(err); ok {
		reason, limit := gerr.Extensions["reason"], gerr.Extensions["limit"] // a refused document's (guard.go)
		gerr = presentClientError(ctx, gerr, ae, err)
		if reason != nil {
			gerr.Extensions["reason"] = reason
		}
		if limit != nil {
			gerr.Extensions["limit"] = limit
		}
		return gerr
	}
	var enumErr *db.EnumError
	if errors.As(err, &enumErr) {
		gerr.Message = enumErr.Error()
		gerr.Extensions = map[string]any{"code": string(apperr.Validation), "field": fieldOf(gerr)}
		return gerr
	}
	var ge *gqlerror.Error
	if errors.As(err, &ge) && ge.Unwrap() == nil {
		// Parse, validation and coercion errors of the request itself.
		gerr.Extensions = map[string]any{"code": string(apperr.Validation), "reason": ge.Extensions["code"]}
		return gerr
	}
	if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
		gerr.Message = "délai dépassé / request timed out"
		gerr.Extensions = map[string]any{"code": string(apperr.Internal)}
		return gerr
	}
	if apperr.IsUnavailable(err) {
		slog.WarnContext(ctx, "database unavailable", "err", err, "path", gerr.Path.String())
		return presentClientError(ctx, gerr, apperr.UnavailableErr(), err)
	}
	slog.ErrorContext(ctx, "internal error", "err", err, "path", gerr.Path.String())
	gerr.Message = apperr.New(apperr.Internal, "", "Erreur interne, réessayez plus tard.", "Internal error, please try again later.").Message(lang)
	gerr.Extensions = map[string]any{"code": string(apperr.Internal)}
	return gerr
}

func presentClientError(ctx context.Context, gerr *gqlerror.Error, ae *apperr.Error, err error) *gqlerror.Error {
	if ae.Code == apperr.Unavailable {
		noteOutage(ctx)
	}
	gerr.Message = ae.Message(auth.Lang(ctx))
	gerr.Extensions = map[string]any{"code": string(ae.Code)}
	if ae.Field != "" {
		gerr.Extensions["field"] = ae.Field
	}
	var retry interface{ RetryAfterSeconds() int }
	if errors.As(err, &retry) {
		gerr.Extensions["retryAfter"] = retry.RetryAfterSeconds()
	}
	return gerr
}

func fieldOf(e *gqlerror.Error) string {
	if len(e.Path) == 0 {
		return ""
	}
	return fmt.Sprint(e.Path[len(e.Path)-1])
}

// depthLimit refuses queries nested deeper than max, before execution.
type depthLimit struct{ max int }

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = depthLimit{}

func (depthLimit) ExtensionName() string                   { return "DepthLimit" }
func (depthLimit) Validate(graphql.ExecutableSchema) error { return nil }

func (d depthLimit) MutateOperationContext(_ context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if d.max <= 0 || oc.Operation == nil {
		return nil
	}
	if depth(oc.Operation.SelectionSet, 0) > d.max {
		return &gqlerror.Error{Message: "query too deep", Extensions: map[string]any{"code": string(apperr.Validation), "field": "query"}}
	}
	return nil
}

func depth(set ast.SelectionSet, n int) int {
	best := n
	for _, s := range set {
		var d int
		switch s := s.(type) {
		case *ast.Field:
			d = depth(s.SelectionSet, n+1)
		case *ast.InlineFragment:
			d = depth(s.SelectionSet, n)
		case *ast.FragmentSpread:
			if s.Definition != nil {
				d = depth(s.Definition.SelectionSet, n)
			}
		}
		best = max(best, d)
	}
	return best
}
