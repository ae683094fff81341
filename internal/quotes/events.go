package quotes

import (
	"context"
	"strings"

	"github.com/google/uuid"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/auth"
	"github.com/postprod/postprod/internal/kernel/apperr"
	"github.com/postprod/postprod/internal/platform/live"
	"github.com/postprod/postprod/internal/productions"
)

// The live events of a production's quotes and amendments (quoteEvents).
// Every quote.* and amendment.* event carries the document's status in its
// payload ("status"); a producer never hears of a draft.

// EventKinds are the prefixes quoteEvents hears.
var EventKinds = []string{"quote.", "amendment."}

// answeredKinds are the events about a document that was sent: what a
// producer hears of an event that carries no status.
var answeredKinds = []string{".sent", ".accepted", ".refused"}

// producerHears: an event about a sent (or answered) document, never about
// a draft. The status in the payload decides; without one, the kind does.
func producerHears(ev *db.Event) bool {
	if st, ok := ev.Payload["status"].(string); ok {
		return db.QuoteStatus(st) != db.QuoteDraft
	}
	for _, k := range answeredKinds {
		if strings.HasSuffix(ev.Kind, k) {
			return true
		}
	}
	return false
}

// EventFilter is what a quoteEvents subscriber hears: the quote and
// amendment events of a production they may see (NOT_FOUND otherwise),
// without drafts for those who do not see drafts. Technicians and rights
// holders are FORBIDDEN, as for the quotes.
func (s *Service) EventFilter(ctx context.Context, productionID uuid.UUID) (live.Filter, error) {
	p, err := auth.Authorize(ctx, CanReadQuotes)
	if err != nil {
		return live.Filter{}, err
	}
	f, err := (&productions.Service{DB: s.DB}).EventFilter(ctx, &productionID, EventKinds...)
	if err != nil {
		return f, err
	}
	if !SeesDrafts(p) {
		f.Keep = producerHears
	}
	return f, nil
}

// SeenAmendment is VisibleAmendments applied to a row already read (a live
// event's, read once for all its subscribers): the amendment when the
// caller may see it, NOT_FOUND otherwise.
func SeenAmendment(ctx context.Context, am *db.Amendment) (*db.Amendment, error) {
	if !seen(ctx, am.OrganisationID, am.ClientID, am.Status) {
		return nil, apperr.NotFoundErr("avenant")
	}
	return am, nil
}

// SeenVersion is SeenAmendment for a quote version.
func SeenVersion(ctx context.Context, v *db.QuoteVersion) (*db.QuoteVersion, error) {
	if !seen(ctx, v.OrganisationID, v.ClientID, v.Status) {
		return nil, apperr.NotFoundErr("devis")
	}
	return v, nil
}

// seen: the staff see every document of their organisation, a producer
// the sent ones of their client (productions.Scope gives a producer exactly
// their client's productions).
func seen(ctx context.Context, org, client uuid.UUID, status db.QuoteStatus) bool {
	p := auth.FromContext(ctx)
	switch {
	case p == nil || p.OrganisationID != org || !CanReadQuotes(p):
		return false
	case SeesDrafts(p):
		return true
	}
	return status != db.QuoteDraft && p.OwnClient() != nil && *p.OwnClient() == client
}
