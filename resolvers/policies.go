package resolvers

import (
	"fmt"

	"github.com/postprod/postprod/internal/accounts"
	"github.com/postprod/postprod/internal/auth"
	"github.com/postprod/postprod/internal/deliveries"
	"github.com/postprod/postprod/internal/invoicing"
	"github.com/postprod/postprod/internal/notifications"
	"github.com/postprod/postprod/internal/planning"
	"github.com/postprod/postprod/internal/productions"
	"github.com/postprod/postprod/internal/quotes"
	"github.com/postprod/postprod/internal/resources"
	"github.com/postprod/postprod/internal/royalties"
	"github.com/postprod/postprod/internal/slips"
)

// domainFields lists every domain's Fields: which policy check guards each
// schema field carrying @hasRole ("Mutation.approveSlip": slips.CanApproveSlips).
// A new domain adds its map here; graph/server's policy_schema_test then
// holds @hasRole and the checks to the same roles.
var domainFields = []map[string]auth.Check{
	accounts.Fields,
	productions.Fields,
	resources.Fields,
	planning.Fields,
	slips.Fields,
	deliveries.Fields,
	royalties.Fields,
	notifications.Fields,
	quotes.Fields,
	invoicing.Fields,
}

// FieldPolicies collects the domains' Fields in one map; a field claimed by
// two domains is an error.
func FieldPolicies() (map[string]auth.Check, error) {
	out := map[string]auth.Check{}
	for _, m := range domainFields {
		for field, check := range m {
			if _, dup := out[field]; dup {
				return nil, fmt.Errorf("policy for %s declared twice", field)
			}
			out[field] = check
		}
	}
	return out, nil
}
