package deliveries

import (
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/internal/auth"
	"github.com/postprod/postprod/internal/productions"
)

// Who may change deliveries and specs, and which deliveries each role sees.

// CanManage: ADMIN and COORDINATOR keep the delivery specs, create
// deliveries, move them along and record QC findings.
func CanManage(p *auth.Principal) bool { return p.Manages() }

// Visible restricts a query on deliveries (aliased "delivery") to those of
// productions the caller may see.
func Visible(q *bun.SelectQuery, p *auth.Principal) *bun.SelectQuery {
	return productions.Scope(q.Where("delivery.organisation_id = ?", p.OrganisationID), p, "delivery.production_id")
}

// Fields names the check behind each schema field that @hasRole guards.
var Fields = map[string]auth.Check{
	"Mutation.cloneDeliverySpec":  CanManage,
	"Mutation.createDeliverySpec": CanManage,
	"Mutation.updateDeliverySpec": CanManage,
	"Mutation.createDelivery":     CanManage,
	"Mutation.updateDeliveryItem": CanManage,
	"Mutation.transitionDelivery": CanManage,
	"Mutation.addQcFinding":       CanManage,
	"Mutation.setQcFindingFixed":  CanManage,
}
