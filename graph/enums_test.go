package graph

import (
	"slices"
	"testing"

	"github.com/vektah/gqlparser/v2/ast"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/kernel/apperr"
	"github.com/postprod/postprod/internal/planning"
	"github.com/postprod/postprod/internal/productions"
	"github.com/postprod/postprod/internal/slips"
)

func values[T ~string](all []T) []string {
	out := make([]string, len(all))
	for i, v := range all {
		out[i] = string(v)
	}
	return out
}

// goEnums is the Go constant set bound to each schema enum (gqlgen.yml and
// autobind). UnmarshalGQL refuses what its All list lacks, so a value added
// to the schema only would be refused, and one added in Go only would be
// sent to clients that do not know it.
var goEnums = map[string][]string{
	"Role":                  values(db.AllRoles),
	"ProductionKind":        values(db.AllProductionKinds),
	"ProductionStatus":      values(db.AllProductionStatuses),
	"Employment":            values(db.AllEmployments),
	"RoomKind":              values(db.AllRoomKinds),
	"Department":            values(db.AllDepartments),
	"Unit":                  values(db.AllUnits),
	"TaskStatus":            values(db.AllTaskStatuses),
	"BookingStatus":         values(db.AllBookingStatuses),
	"UnavailabilityKind":    values(db.AllUnavailabilityKinds),
	"ConflictKind":          values(planning.AllConflictKinds),
	"SlipStatus":            values(db.AllSlipStatuses),
	"TrackingLevel":         values(slips.AllLevels),
	"ProductionSort":        values(productions.AllSorts),
	"SlipWarningCode":       values(slips.AllWarningCodes),
	"DeliveryStatus":        values(db.AllDeliveryStatuses),
	"RecipientKind":         values(db.AllRecipientKinds),
	"DeliveryItemKind":      values(db.AllDeliveryItemKinds),
	"DeliveryItemStatus":    values(db.AllDeliveryItemStatuses),
	"QcSeverity":            values(db.AllQcSeverities),
	"QcCategory":            values(db.AllQcCategories),
	"Media":                 values(db.AllMedia),
	"HolderKind":            values(db.AllHolderKinds),
	"ExpenseKind":           values(db.AllExpenseKinds),
	"DistributionRunStatus": values(db.AllDistributionRunStatuses),
	"NotificationKind":      values(db.AllNotificationKinds),
	"QuoteStatus":           values(db.AllQuoteStatuses),
	"QuoteLineKind":         values(db.AllQuoteLineKinds),
	"QuoteUnit":             values(db.AllQuoteUnits),
	"SalePriceTarget":       values(db.AllSalePriceTargets),
	"InvoiceKind":           values(db.AllInvoiceKinds),
	"InvoiceStatus":         values(db.AllInvoiceStatuses),
	"CreditNoteStatus":      values(db.AllCreditNoteStatuses),
	"PaymentMethod":         values(db.AllPaymentMethods),
	"LineChangeKind":        nil, // computed by quotes.Changes, generated model
	"ErrorCode":             values(apperr.AllCodes),
}

// TestSchemaEnumsMatchGo: every enum of the schema has its Go constant set,
// with the same values in the same order.
func TestSchemaEnumsMatchGo(t *testing.T) {
	schema := NewExecutableSchema(Config{}).Schema()
	n := 0
	for name, def := range schema.Types {
		if def.Kind != ast.Enum || def.BuiltIn {
			continue
		}
		n++
		want, ok := goEnums[name]
		if !ok {
			t.Errorf("schema enum %s has no Go constant set listed here", name)
			continue
		}
		if want == nil {
			continue
		}
		var got []string
		for _, v := range def.EnumValues {
			got = append(got, v.Name)
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s: schema %v, Go %v", name, got, want)
		}
	}
	if n != len(goEnums) {
		t.Errorf("%d enums in the schema, %d listed here", n, len(goEnums))
	}
}
