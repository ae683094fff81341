package db_test

import (
	"context"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/db/testdb"
)

func TestMain(m *testing.M) { testdb.Main(m) }

func values[T ~string](all []T) []string {
	out := make([]string, len(all))
	for i, v := range all {
		out[i] = string(v)
	}
	return out
}

// memberRoles are the roles a membership or an invitation may hold:
// INTEGRATION belongs to API tokens only.
var memberRoles = slices.DeleteFunc(values(db.AllRoles), func(r string) bool { return r == string(db.RoleIntegration) })

// enumColumns maps each column whose CHECK constraint lists allowed values to
// the Go enum that types its model field.
var enumColumns = map[string][]string{
	"memberships.role":              memberRoles,
	"invitations.role":              memberRoles,
	"technicians.employment":        values(db.AllEmployments),
	"operations.department":         values(db.AllDepartments),
	"operations.default_unit":       values(db.AllUnits),
	"rooms.kind":                    values(db.AllRoomKinds),
	"productions.kind":              values(db.AllProductionKinds),
	"productions.status":            values(db.AllProductionStatuses),
	"tasks.status":                  values(db.AllTaskStatuses),
	"bookings.status":               values(db.AllBookingStatuses),
	"unavailabilities.kind":         values(db.AllUnavailabilityKinds),
	"slips.status":                  values(db.AllSlipStatuses),
	"slip_history.action":           values(db.AllSlipActions),
	"delivery_specs.recipient_kind": values(db.AllRecipientKinds),
	"deliveries.status":             values(db.AllDeliveryStatuses),
	"delivery_items.kind":           values(db.AllDeliveryItemKinds),
	"delivery_items.status":         values(db.AllDeliveryItemStatuses),
	"qc_findings.severity":          values(db.AllQcSeverities),
	"qc_findings.category":          values(db.AllQcCategories),
	"rights_holders.kind":           values(db.AllHolderKinds),
	"works.kind":                    values(db.AllProductionKinds),
	"work_commissions.media":        values(db.AllMedia),
	"rights_shares.media":           values(db.AllMedia),
	"recoupable_expenses.kind":      values(db.AllExpenseKinds),
	"distribution_runs.status":      values(db.AllDistributionRunStatuses),
	"revenue_lines.media":           values(db.AllMedia),
	"notifications.kind":            values(db.AllNotificationKinds),
	"mail_outbox.status":            values(db.AllMailStatuses),
	"sale_prices.target":            values(db.AllSalePriceTargets),
	"sale_prices.room_kind":         values(db.AllRoomKinds),
	"sale_prices.unit":              values(db.AllQuoteUnits),
	"quote_versions.status":         values(db.AllQuoteStatuses),
	"amendments.status":             values(db.AllQuoteStatuses),
	"quote_lines.kind":              values(db.AllQuoteLineKinds),
	"quote_lines.unit":              values(db.AllQuoteUnits),
	"invoices.kind":                 values(db.AllInvoiceKinds),
	"invoices.status":               values(db.AllInvoiceStatuses),
	"credit_notes.status":           values(db.AllCreditNoteStatuses),
	"invoice_lines.unit":            values(db.AllQuoteUnits),
	"payments.method":               values(db.AllPaymentMethods),
	// Typed in Go but without a CHECK (yet): listed so the absence is a
	// decision, and so adding one here is noticed.
	"statement_lines.media":            nil,
	"delivery_transitions.from_status": nil,
	"delivery_transitions.to_status":   nil,
}

// notEnums are value lists that are Strings in the schema, not enums.
var notEnums = []string{"users.locale", "invitations.locale", "delivery_specs.scan"}

var (
	checkIn = regexp.MustCompile(`\(\(?(\w+)\)? = ANY \(\(?ARRAY\[([^\]]*)\]`)
	quoted  = regexp.MustCompile(`'([^']*)'`)
)

// TestEnumsMatchCheckConstraints reads every CHECK (col IN (...)) from
// pg_constraint and compares it with the Go enum of the column, both ways:
// a value added on one side only fails here, not in production.
func TestEnumsMatchCheckConstraints(t *testing.T) {
	bdb, _ := testdb.New(t)
	var rows []struct {
		Table string
		Def   string
	}
	err := bdb.NewRaw(`SELECT conrelid::regclass::text AS "table", pg_get_constraintdef(oid) AS def
		FROM pg_constraint WHERE contype = 'c' AND connamespace = 'public'::regnamespace`).Scan(context.Background(), &rows)
	if err != nil {
		t.Fatal(err)
	}
	found := map[string][]string{}
	for _, r := range rows {
		for _, m := range checkIn.FindAllStringSubmatch(r.Def, -1) {
			var vals []string
			for _, q := range quoted.FindAllStringSubmatch(m[2], -1) {
				vals = append(vals, q[1])
			}
			found[r.Table+"."+m[1]] = vals
		}
	}
	if len(found) == 0 {
		t.Fatal("no CHECK (… IN …) constraint read: the pattern no longer matches pg_get_constraintdef")
	}
	for col, want := range enumColumns {
		got, ok := found[col]
		switch {
		case want == nil && ok:
			t.Errorf("%s now has a CHECK %v: map it to its Go enum", col, got)
		case want != nil && !ok:
			t.Errorf("%s: no CHECK constraint listing its values", col)
		case want != nil && !slices.Equal(sorted(got), sorted(want)):
			t.Errorf("%s: CHECK allows %v, Go enum has %v", col, got, want)
		}
	}
	for col, got := range found {
		if _, ok := enumColumns[col]; !ok && !slices.Contains(notEnums, col) {
			t.Errorf("%s has a CHECK listing %v but no Go enum is mapped to it here", col, got)
		}
	}
}

func sorted(s []string) []string {
	out := slices.Clone(s)
	slices.SortFunc(out, strings.Compare)
	return out
}
