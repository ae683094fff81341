// Package resolvers adapts GraphQL to the domain services: each method
// converts its input, calls one service or loader, and returns.
package resolvers

import (
	"github.com/postprod/postprod/internal/accounts"
	"github.com/postprod/postprod/internal/deliveries"
	"github.com/postprod/postprod/internal/invoicing"
	"github.com/postprod/postprod/internal/notifications"
	"github.com/postprod/postprod/internal/planning"
	"github.com/postprod/postprod/internal/platform/live"
	"github.com/postprod/postprod/internal/productions"
	"github.com/postprod/postprod/internal/quotes"
	"github.com/postprod/postprod/internal/resources"
	"github.com/postprod/postprod/internal/royalties"
	"github.com/postprod/postprod/internal/slips"
)

// Resolver holds the services; field names end in Svc so they never clash
// with root fields of the same name (Query.productions).
type Resolver struct {
	AccountSvc    *accounts.Service
	ProductionSvc *productions.Service
	ResourceSvc   *resources.Service
	PlanningSvc   *planning.Service
	SlipSvc       *slips.Service
	DeliverySvc   *deliveries.Service
	RoyaltySvc    *royalties.Service
	InboxSvc      *notifications.Service
	QuoteSvc      *quotes.Service
	InvoiceSvc    *invoicing.Service
	Broker        *live.Broker
	// PublicURL prefixes links handed out (calendar feeds), e.g. http://127.0.0.1:8080.
	PublicURL string
}
