package graph

import (
	"context"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/google/uuid"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/postprod/postprod/internal/auth"
)

// sharedAcrossUsers are the subscriptions whose events carry an entity as
// the caller's role lets them see it: for the roles that see the whole
// organisation, the policies decide on the organisation and the role alone
// (never on who the user is), so the same event resolves to the same bytes
// for every such caller of one organisation, role and language.
// notificationEvents is not among them: it carries the caller's own inbox.
var sharedAcrossUsers = map[string]bool{
	"productionEvents": true,
	"deliveryEvents":   true,
	"scheduleEvents":   true,
	"slipEvents":       true,
	"statementEvents":  true,
}

// shareResults is the websocket transport's Share key: the subscriptions
// of one document and variables with the same key receive the same bytes
// for an event, resolved once. The key holds everything of the caller
// that results may depend on:
//   - always the organisation, the role (cost fields, @hasRole), the
//     language (error messages) and the caller's own records (a producer's
//     client, a technician's record);
//   - the user (or API token) too, unless the role sees the whole
//     organisation and the subscription is one of sharedAcrossUsers: a
//     technician, a producer or a rights holder shares only with their own
//     other connections.
func shareResults(ctx context.Context, oc *graphql.OperationContext) (string, bool) {
	p := auth.FromContext(ctx)
	if p == nil || oc.Operation == nil {
		return "", false
	}
	parts := []string{p.OrganisationID.String(), string(p.Role), auth.Lang(ctx), idOf(p.ClientID), idOf(p.TechnicianID)}
	if !p.SeesWholeOrganisation() || !onlyFields(oc.Operation.SelectionSet, sharedAcrossUsers) {
		parts = append(parts, p.UserID.String(), p.TokenID.String())
	}
	return strings.Join(parts, "|"), true
}

// onlyFields reports whether every root field of set is one of names.
func onlyFields(set ast.SelectionSet, names map[string]bool) bool {
	if len(set) == 0 {
		return false
	}
	for _, sel := range set {
		f, ok := sel.(*ast.Field)
		if !ok || !names[f.Name] {
			return false
		}
	}
	return true
}

func idOf(id *uuid.UUID) string {
	if id == nil {
		return "-"
	}
	return id.String()
}
