// Package quotes holds quotes (devis), their versions, amendments
// (avenants), the sale price list and quote templates: DOMAIN.md, "Quotes
// and amendments". Who may do what is decided in this file alone.
package quotes

import (
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/auth"
	"github.com/postprod/postprod/internal/productions"
)

// CanManageQuotes: ADMIN and COORDINATOR make, edit and send quotes and
// amendments, and keep the sale price list and the templates.
func CanManageQuotes(p *auth.Principal) bool { return p.Manages() }

// CanReadQuotes: the staff read every quote of the organisation (the
// accountant bills from them, an integration reads them); a producer reads
// the sent quotes of their client's productions.
func CanReadQuotes(p *auth.Principal) bool {
	return p.SeesWholeOrganisation() || p.Is(db.RoleProducer)
}

// CanReadPrices: the sale price list and templates are the staff's; a
// producer sees prices only in the quotes sent to them.
func CanReadPrices(p *auth.Principal) bool { return p.SeesWholeOrganisation() }

// CanAnswerQuotes: the producer of the production's client accepts or
// refuses what was sent to them.
func CanAnswerQuotes(p *auth.Principal) bool { return p.Is(db.RoleProducer) && p.OwnClient() != nil }

// SeesDrafts: only the staff see a quote or amendment before it is sent.
func SeesDrafts(p *auth.Principal) bool { return p.SeesWholeOrganisation() }

// SeesAcceptanceAddress: the client address an acceptance came from is
// evidence kept for the staff.
func SeesAcceptanceAddress(p *auth.Principal) bool { return p.SeesWholeOrganisation() }

// SeesSoldAmounts: the amounts sold on a production's tracking are the
// staff's; a producer sees prices only in the quotes, amendments and
// invoices sent to them (DOMAIN.md, "Who uses it"), and follows the time
// sold on the tracking.
func SeesSoldAmounts(p *auth.Principal) bool { return p.SeesWholeOrganisation() }

// VisibleVersions restricts a query on quote_versions (aliased "qv") to the
// caller's: their organisation, the productions they may see, and no draft
// for a producer.
func VisibleVersions(q *bun.SelectQuery, p *auth.Principal) *bun.SelectQuery {
	return visible(q, p, "qv")
}

// VisibleAmendments is VisibleVersions for amendments (aliased "am").
func VisibleAmendments(q *bun.SelectQuery, p *auth.Principal) *bun.SelectQuery {
	return visible(q, p, "am")
}

func visible(q *bun.SelectQuery, p *auth.Principal, alias string) *bun.SelectQuery {
	q = q.Where("?.organisation_id = ?", bun.Ident(alias), p.OrganisationID)
	if !SeesDrafts(p) {
		q = q.Where("?.status <> ?", bun.Ident(alias), db.QuoteDraft)
	}
	return productions.Scope(q, p, alias+".production_id")
}

// Fields names the check behind each schema field that @hasRole guards.
var Fields = map[string]auth.Check{
	"Query.salePrices":             CanReadPrices,
	"Query.quoteTemplates":         CanReadPrices,
	"Mutation.createQuote":         CanManageQuotes,
	"Mutation.quoteFromPlan":       CanManageQuotes,
	"Mutation.updateQuote":         CanManageQuotes,
	"Mutation.discardQuote":        CanManageQuotes,
	"Mutation.sendQuote":           CanManageQuotes,
	"Mutation.reviseQuote":         CanManageQuotes,
	"Mutation.acceptQuote":         CanAnswerQuotes,
	"Mutation.refuseQuote":         CanAnswerQuotes,
	"Mutation.saveQuoteTemplate":   CanManageQuotes,
	"Mutation.deleteQuoteTemplate": CanManageQuotes,
	"Mutation.createSalePrice":     CanManageQuotes,
	"Mutation.updateSalePrice":     CanManageQuotes,
	"Mutation.deleteSalePrice":     CanManageQuotes,
	"Mutation.proposeAmendment":    CanManageQuotes,
	"Mutation.createAmendment":     CanManageQuotes,
	"Mutation.updateAmendment":     CanManageQuotes,
	"Mutation.discardAmendment":    CanManageQuotes,
	"Mutation.sendAmendment":       CanManageQuotes,
	"Mutation.acceptAmendment":     CanAnswerQuotes,
	"Mutation.refuseAmendment":     CanAnswerQuotes,
}
