package invoicing

// The live events of invoicing (invoiceEvents). Every event carries the
// document's status and client in its payload: a producer hears only their
// client's issued documents, never a draft.

import (
	"context"

	"github.com/google/uuid"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/auth"
	"github.com/postprod/postprod/internal/kernel/apperr"
	"github.com/postprod/postprod/internal/platform/live"
	"github.com/postprod/postprod/internal/platform/service"
	"github.com/postprod/postprod/internal/productions"
)

// Event kinds.
const (
	EventCreated           = "invoice.created"
	EventUpdated           = "invoice.updated"
	EventIssued            = "invoice.issued"
	EventPaid              = "invoice.paid"
	EventDiscarded         = "invoice.discarded"
	EventPaymentRecorded   = "payment.recorded"
	EventCreditNoteCreated = "credit_note.created"
	EventCreditNoteIssued  = "credit_note.issued"
)

// EventKinds are the prefixes invoiceEvents hears.
var EventKinds = []string{"invoice.", "payment.", "credit_note."}

// Payload keys.
const (
	payloadStatus    = "status"
	payloadClient    = "clientId"
	payloadInvoiceID = "invoiceId"
)

func emit(c *service.Call, inv *db.Invoice, kind string) error {
	return c.Emit(inv.ProductionID, kind, &inv.ID, map[string]any{payloadStatus: string(inv.Status), payloadClient: inv.ClientID.String()})
}

// emitCreditNote: the credit note's own status (a draft is staff only).
func emitCreditNote(c *service.Call, inv *db.Invoice, cn *db.CreditNote, kind string) error {
	return c.Emit(inv.ProductionID, kind, &cn.ID, map[string]any{payloadStatus: string(cn.Status), payloadClient: inv.ClientID.String(),
		payloadInvoiceID: inv.ID.String()})
}

// producerHears keeps, for a producer, the events of their client's
// documents that are not drafts.
func producerHears(client uuid.UUID) func(*db.Event) bool {
	want := client.String()
	return func(ev *db.Event) bool {
		st, _ := ev.Payload[payloadStatus].(string)
		cl, _ := ev.Payload[payloadClient].(string)
		return cl == want && st != "" && st != string(db.InvoiceDraft)
	}
}

// EventFilter is what an invoiceEvents subscriber hears: of one production
// they may see (NOT_FOUND otherwise), or of all they may read; a producer
// only their client's issued documents. Technicians and holders are
// FORBIDDEN.
func (s *Service) EventFilter(ctx context.Context, productionID *uuid.UUID) (live.Filter, error) {
	p, err := auth.Authorize(ctx, CanReadInvoices)
	if err != nil {
		return live.Filter{}, err
	}
	f := live.Filter{OrganisationID: p.OrganisationID, Kinds: EventKinds}
	if productionID != nil {
		if f, err = (&productions.Service{DB: s.DB}).EventFilter(ctx, productionID, EventKinds...); err != nil {
			return f, err
		}
	}
	if !SeesDrafts(p) {
		f.Keep = producerHears(*p.OwnClient())
	}
	return f, nil
}

// SeenInvoice is VisibleInvoices applied to a row already read (a live
// event's, a loader's): the invoice when the caller may see it, NOT_FOUND
// otherwise.
func SeenInvoice(ctx context.Context, inv *db.Invoice) (*db.Invoice, error) {
	if !seen(ctx, inv.OrganisationID, inv.ClientID, inv.Status == db.InvoiceDraft) {
		return nil, apperr.NotFoundErr("facture")
	}
	return inv, nil
}

// SeenCreditNote is SeenInvoice for a credit note of inv.
func SeenCreditNote(ctx context.Context, cn *db.CreditNote, inv *db.Invoice) (*db.CreditNote, error) {
	if !seen(ctx, cn.OrganisationID, inv.ClientID, cn.Status == db.CreditNoteDraft) {
		return nil, apperr.NotFoundErr("avoir")
	}
	return cn, nil
}

func seen(ctx context.Context, org, client uuid.UUID, draft bool) bool {
	p := auth.FromContext(ctx)
	switch {
	case p == nil || p.OrganisationID != org || !CanReadInvoices(p):
		return false
	case SeesDrafts(p):
		return true
	}
	return !draft && p.OwnClient() != nil && *p.OwnClient() == client
}

// VisibleCreditNotesOf keeps, of credit notes already read, those the
// caller sees (no draft for a producer).
func VisibleCreditNotesOf(p *auth.Principal, cns []*db.CreditNote) []*db.CreditNote {
	out := []*db.CreditNote{}
	for _, cn := range cns {
		if CanReadInvoices(p) && (SeesDrafts(p) || cn.Status != db.CreditNoteDraft) {
			out = append(out, cn)
		}
	}
	return out
}
