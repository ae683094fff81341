package server

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strconv"
	"strings"

	"github.com/google/uuid"

	"github.com/postprod/postprod/internal/accounts"
	"github.com/postprod/postprod/internal/kernel/apperr"
	"github.com/postprod/postprod/internal/planning"
	"github.com/postprod/postprod/internal/platform/documents"
	"github.com/postprod/postprod/internal/quotes"
	"github.com/postprod/postprod/internal/royalties"
)

// documentRoutes is every downloadable document of the product, each
// declared once. A new document (a quote's PDF, an invoice, a payroll
// export) is one more entry here and a domain function that makes its
// bytes; serveDocuments does the rest.
func documentRoutes(roy *royalties.Service, plan *planning.Service, quo *quotes.Service) []documentRoute {
	statementName := func(ext string) func(documentParams) string {
		return func(p documentParams) string { return "releve-" + p.raw("id")[:8] + ext }
	}
	quoteName := func(prefix string) func(documentParams) string {
		return func(p documentParams) string { return prefix + p.raw("id")[:8] + ".pdf" }
	}
	return []documentRoute{
		{
			// A sent quote version as it was sent (its SHA-256 is the one an
			// acceptance records), or a draft's preview for the staff.
			method: http.MethodGet, path: "/documents/quotes/{id}.pdf", access: callerHeader, digest: true,
			contentType: documents.PDFType, cache: noStore, fileName: quoteName("devis-"),
			produce: func(ctx context.Context, p documentParams) ([]byte, error) {
				id, err := p.uuid("id")
				if err != nil {
					return nil, err
				}
				return quo.VersionPDF(ctx, id)
			},
		},
		{
			method: http.MethodGet, path: "/documents/amendments/{id}.pdf", access: callerHeader, digest: true,
			contentType: documents.PDFType, cache: noStore, fileName: quoteName("avenant-"),
			produce: func(ctx context.Context, p documentParams) ([]byte, error) {
				id, err := p.uuid("id")
				if err != nil {
					return nil, err
				}
				return quo.AmendmentPDF(ctx, id)
			},
		},
		{
			method: http.MethodGet, path: "/documents/statements/{id}.pdf", access: callerHeader,
			contentType: documents.PDFType, cache: noStore, fileName: statementName(".pdf"),
			produce: func(ctx context.Context, p documentParams) ([]byte, error) {
				id, err := p.uuid("id")
				if err != nil {
					return nil, err
				}
				return roy.StatementPDF(ctx, id)
			},
		},
		{
			method: http.MethodGet, path: "/documents/statements/{id}.csv", access: callerHeader,
			contentType: documents.CSVType, cache: noStore, fileName: statementName(".csv"),
			produce: func(ctx context.Context, p documentParams) ([]byte, error) {
				id, err := p.uuid("id")
				if err != nil {
					return nil, err
				}
				return roy.StatementCSV(ctx, id)
			},
		},
		{
			// Before the PDF: the PDF route also answers a path without
			// its extension, and would take "2025.csv" for a year.
			method: http.MethodGet, path: "/documents/holders/{id}/annual/{year}.csv", access: callerHeader,
			contentType: documents.CSVType, cache: noStore,
			fileName: func(p documentParams) string { return "compte-annuel-" + p.raw("year") + ".csv" },
			produce: func(ctx context.Context, p documentParams) ([]byte, error) {
				id, err := p.uuid("id")
				if err != nil {
					return nil, err
				}
				year, err := p.int("year")
				if err != nil {
					return nil, err
				}
				return roy.AnnualCSV(ctx, id, year)
			},
		},
		{
			// The extension has always been optional here: /annual/2025 answers too.
			method: http.MethodGet, path: "/documents/holders/{id}/annual/{year}.pdf", access: callerHeader, extOptional: true,
			contentType: documents.PDFType, cache: noStore,
			fileName: func(p documentParams) string { return "compte-annuel-" + p.raw("year") + ".pdf" },
			produce: func(ctx context.Context, p documentParams) ([]byte, error) {
				id, err := p.uuid("id")
				if err != nil {
					return nil, err
				}
				year, err := p.int("year")
				if err != nil {
					return nil, err
				}
				return roy.AnnualPDF(ctx, id, year)
			},
		},
		{
			// The example of a revenue statement to import, French headings.
			method: http.MethodGet, path: "/documents/examples/{name}.csv", access: callerHeader,
			contentType: documents.CSVType, cache: noStore,
			fileName: func(p documentParams) string { return "exemple-import-recettes.csv" },
			produce: func(ctx context.Context, p documentParams) ([]byte, error) {
				if p.raw("name") != "revenue-import" {
					return nil, errNoDocument
				}
				return roy.ImportExampleCSV(ctx)
			},
		},
		{
			// A technician's private iCalendar feed, served inline to calendar apps.
			method: http.MethodGet, path: "/calendar/{token}.ics", access: feedToken,
			contentType: "text/calendar; charset=utf-8", cache: "private, max-age=300",
			produce: func(ctx context.Context, p documentParams) ([]byte, error) {
				token := p.raw("token")
				if !strings.HasPrefix(token, "ppc_") {
					return nil, errNoDocument
				}
				body, err := plan.Feed(ctx, token)
				if errors.Is(err, planning.ErrUnknownFeed) {
					return nil, errNoDocument
				}
				return body, err
			},
		},
	}
}

// access is who may fetch a document.
type access int

const (
	// callerHeader: the Authorization header authenticates, as for
	// /graphql; the domain function decides what the caller may read.
	callerHeader access = iota
	// feedToken: the secret token in the URL is the only credential
	// (calendar apps send no headers); no header is read.
	feedToken
)

const noStore = "private, no-store"

// DigestHeader carries the SHA-256 of a served document (quotes,
// amendments): for a sent one, the hash its acceptance records.
const DigestHeader = "X-Document-SHA256"

// documentRoute declares one document: where it is (its path's last
// segment is a wildcard and the file's extension), who may fetch it, what
// it is, what it is called, and the domain function making its bytes.
type documentRoute struct {
	method      string
	path        string
	access      access
	extOptional bool // also answer the path without its extension
	// digest adds DigestHeader: the hex SHA-256 of the bytes served, so a
	// client can hold a frozen document to the hash it accepted.
	digest      bool
	contentType string
	cache       string                        // Cache-Control
	fileName    func(p documentParams) string // nil: served inline, without a file name
	produce     func(ctx context.Context, p documentParams) ([]byte, error)
}

// errNoDocument answers 404, for a malformed path or an unknown token.
var errNoDocument = errors.New("no such document")

// documentParams are the path's wildcards, the extension taken off.
type documentParams map[string]string

func (p documentParams) raw(name string) string { return p[name] }

func (p documentParams) uuid(name string) (uuid.UUID, error) {
	id, err := uuid.Parse(p[name])
	if err != nil {
		return uuid.Nil, errNoDocument
	}
	return id, nil
}

func (p documentParams) int(name string) (int, error) {
	n, err := strconv.Atoi(p[name])
	if err != nil {
		return 0, errNoDocument
	}
	return n, nil
}

// serveDocuments mounts the routes. Routes whose paths differ only by
// their extension share one pattern of the mux, which picks the route by
// the extension of the file asked for.
func serveDocuments(mux *http.ServeMux, acc *accounts.Service, routes []documentRoute) {
	type group struct {
		last   string // the last wildcard's name
		access access
		routes []parsedRoute
	}
	var order []string
	groups := map[string]*group{}
	for _, rt := range routes {
		dir, file, _ := strings.Cut(rt.path[1:], "}.") // "documents/statements/{id" and "pdf"
		i := strings.LastIndex(dir, "{")
		pattern, last := rt.method+" /"+dir+"}", ""
		switch {
		case fixedFile(rt.path):
			// "/documents/invoices/{id}/reminder.pdf": one file under a
			// wildcard directory, matched as it is.
			pattern, file = rt.method+" "+rt.path, rt.path[strings.LastIndex(rt.path, ".")+1:]
		case i < 0 || file == "" || strings.ContainsAny(file, "/{}"):
			panic("document route " + rt.path + ": the last segment must be {name}.ext")
		default:
			last = dir[i+1:]
		}
		g := groups[pattern]
		if g == nil {
			g = &group{last: last, access: rt.access}
			groups[pattern] = g
			order = append(order, pattern)
		}
		if g.access != rt.access {
			panic("document route " + rt.path + ": one path, two ways to fetch it")
		}
		g.routes = append(g.routes, parsedRoute{documentRoute: rt, ext: "." + file, names: wildcards(rt.path)})
	}
	for _, pattern := range order {
		g := groups[pattern]
		var h http.Handler = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			file := r.PathValue(g.last)
			if g.last == "" { // a fixed file name: the pattern matched it whole
				rt := g.routes[0]
				p := documentParams{}
				for _, n := range rt.names {
					p[n] = r.PathValue(n)
				}
				rt.serve(w, r, p)
				return
			}
			for _, rt := range g.routes {
				base, ok := strings.CutSuffix(file, rt.ext)
				if !ok && rt.extOptional {
					base, ok = file, true
				}
				if ok {
					p := documentParams{}
					for _, n := range rt.names {
						p[n] = r.PathValue(n)
					}
					p[g.last] = base
					rt.serve(w, r, p)
					return
				}
			}
			http.NotFound(w, r)
		})
		if g.access == callerHeader {
			h = withAuth(acc, h)
		}
		mux.Handle(pattern, h)
	}
}

type parsedRoute struct {
	documentRoute
	ext   string
	names []string
}

// fixedFile reports a path whose last segment is a plain file name
// ("reminder.pdf") under at least one wildcard directory.
func fixedFile(path string) bool {
	file := path[strings.LastIndex(path, "/")+1:]
	return !strings.ContainsAny(file, "{}") && strings.Contains(file, ".") && strings.Contains(path, "}/")
}

// wildcards lists the names of a path's {wildcards}.
func wildcards(path string) []string {
	var names []string
	for _, seg := range strings.Split(path, "/") {
		if strings.HasPrefix(seg, "{") {
			name, _, _ := strings.Cut(seg[1:], "}")
			names = append(names, name)
		}
	}
	return names
}

func (rt *parsedRoute) serve(w http.ResponseWriter, r *http.Request, p documentParams) {
	body, err := rt.produce(r.Context(), p)
	if err != nil {
		documentError(w, r, rt.path, err)
		return
	}
	w.Header().Set("Content-Type", rt.contentType)
	if rt.fileName != nil {
		w.Header().Set("Content-Disposition", fmt.Sprintf(`attachment; filename="%s"`, rt.fileName(p)))
	}
	w.Header().Set("Cache-Control", rt.cache)
	if rt.digest {
		sum := sha256.Sum256(body)
		w.Header().Set(DigestHeader, hex.EncodeToString(sum[:]))
	}
	_, _ = w.Write(body)
}

// documentError answers a download with the typed error's status.
func documentError(w http.ResponseWriter, r *http.Request, path string, err error) {
	if errors.Is(err, errNoDocument) {
		http.NotFound(w, r)
		return
	}
	if ae, ok := apperr.As(err); ok {
		status := map[apperr.Code]int{apperr.Unauthenticated: 401, apperr.Forbidden: 403, apperr.NotFound: 404, apperr.Validation: 400, apperr.Unavailable: 503}[ae.Code]
		if status == 0 {
			status = 409
		}
		writeError(w, r, status, string(ae.Code), ae.Field, ae.FR, ae.EN)
		return
	}
	if apperr.IsUnavailable(err) {
		answerFault(w, r, err)
		return
	}
	slog.ErrorContext(r.Context(), "document", "route", path, "err", err)
	http.Error(w, "internal error", http.StatusInternalServerError)
}
