package server

import (
	"context"
	"net/http"
	"strings"

	"github.com/postprod/postprod/internal/invoicing"
	"github.com/postprod/postprod/internal/kernel/apperr"
	"github.com/postprod/postprod/internal/kernel/dates"
	"github.com/postprod/postprod/internal/platform/documents"
)

// XMLType is the media type of a Factur-X invoice's XML served alone.
const XMLType = "application/xml"

// invoiceDocumentRoutes are invoicing's documents: an issued invoice's and
// credit note's Factur-X PDF and XML (the bytes stored at issue, never made
// again), an overdue invoice's reminder letter (made at request time), and
// the sales journal of a period. invoicing decides who reads what: the
// staff every document of their organisation (a draft's is a 409: it has
// none yet), a producer their client's issued ones (a draft is a 404), the
// other roles 403, another organisation 404.
func invoiceDocumentRoutes(inv *invoicing.Service) []documentRoute {
	named := func(prefix, ext string) func(documentParams) string {
		return func(p documentParams) string { return prefix + p.raw("id")[:8] + ext }
	}
	stored := func(credit bool, format invoicing.DocumentFormat) func(context.Context, documentParams) ([]byte, error) {
		return func(ctx context.Context, p documentParams) ([]byte, error) {
			id, err := p.uuid("id")
			if err != nil {
				return nil, err
			}
			if credit {
				return inv.CreditNoteDocument(ctx, id, format)
			}
			return inv.InvoiceDocument(ctx, id, format)
		}
	}
	journal := func(write func([]invoicing.JournalLine) ([]byte, error)) func(context.Context, documentParams) ([]byte, error) {
		return func(ctx context.Context, p documentParams) ([]byte, error) {
			from, to, err := journalPeriod(p.raw("period"))
			if err != nil {
				return nil, err
			}
			lines, err := inv.SalesJournal(ctx, from, to)
			if err != nil {
				return nil, err
			}
			return write(lines)
		}
	}
	journalName := func(ext string) func(documentParams) string {
		return func(p documentParams) string { return "journal-ventes-" + p.raw("period") + ext }
	}
	return []documentRoute{
		{
			method: http.MethodGet, path: "/documents/invoices/{id}.pdf", access: callerHeader, digest: true,
			contentType: documents.PDFType, cache: noStore, fileName: named("facture-", ".pdf"),
			produce: stored(false, invoicing.FacturXPDF),
		},
		{
			method: http.MethodGet, path: "/documents/invoices/{id}.xml", access: callerHeader,
			contentType: XMLType, cache: noStore, fileName: named("facture-", ".xml"),
			produce: stored(false, invoicing.FacturXXML),
		},
		{
			method: http.MethodGet, path: "/documents/invoices/{id}/reminder.pdf", access: callerHeader,
			contentType: documents.PDFType, cache: noStore, fileName: named("relance-", ".pdf"),
			produce: func(ctx context.Context, p documentParams) ([]byte, error) {
				id, err := p.uuid("id")
				if err != nil {
					return nil, err
				}
				return inv.ReminderPDF(ctx, id)
			},
		},
		{
			method: http.MethodGet, path: "/documents/credit-notes/{id}.pdf", access: callerHeader, digest: true,
			contentType: documents.PDFType, cache: noStore, fileName: named("avoir-", ".pdf"),
			produce: stored(true, invoicing.FacturXPDF),
		},
		{
			method: http.MethodGet, path: "/documents/credit-notes/{id}.xml", access: callerHeader,
			contentType: XMLType, cache: noStore, fileName: named("avoir-", ".xml"),
			produce: stored(true, invoicing.FacturXXML),
		},
		{
			// {period} is "{from}_{to}", two days in ISO form, both
			// included: /documents/sales-journal/2026-11-01_2026-11-30.csv.
			// (A mux wildcard is a whole segment, so the two are one.)
			method: http.MethodGet, path: "/documents/sales-journal/{period}.csv", access: callerHeader,
			contentType: documents.CSVType, cache: noStore, fileName: journalName(".csv"),
			produce: journal(invoicing.SalesJournalCSV),
		},
		{
			method: http.MethodGet, path: "/documents/sales-journal/{period}.xlsx", access: callerHeader,
			contentType: documents.XLSXType, cache: noStore, fileName: journalName(".xlsx"),
			produce: journal(invoicing.SalesJournalXLSX),
		},
	}
}

// journalPeriod reads "2026-11-01_2026-11-30".
func journalPeriod(s string) (from, to dates.Date, err error) {
	bad := apperr.Invalid("period", "La période s'écrit AAAA-MM-JJ_AAAA-MM-JJ (début et fin incluses) : « "+s+" ».",
		"The period is written YYYY-MM-DD_YYYY-MM-DD (both days included): “"+s+"”.")
	a, b, ok := strings.Cut(s, "_")
	if !ok {
		return from, to, bad
	}
	if from, err = dates.Parse(a); err != nil {
		return from, to, bad
	}
	if to, err = dates.Parse(b); err != nil {
		return from, to, bad
	}
	return from, to, nil
}
