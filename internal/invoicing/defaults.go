package invoicing

import (
	"github.com/google/uuid"

	"github.com/postprod/postprod/db"
)

// The chart of accounts of the French plan comptable général that the
// sales journal books to until the organisation sets its own.
const (
	DefaultAccountSales  = "706000" // prestations de services
	DefaultAccountVAT    = "445710" // TVA collectée
	DefaultAccountClient = "411000" // clients
)

// DefaultSettings are an organisation's invoicing settings before it saves
// any: the migration's column defaults, so a missing row reads exactly as a
// row inserted empty. 30 days' payment, late penalties at 12.15 % a year
// (three times the legal interest rate, rounded up), the 40 € recovery
// indemnity, no early-payment discount, no VAT on debits.
func DefaultSettings(orgID uuid.UUID) db.InvoicingSettings {
	return db.InvoicingSettings{
		OrganisationID:    orgID,
		PaymentDays:       30,
		LatePenaltyRate:   1215,
		RecoveryIndemnity: 4000,
		EarlyPaymentTerms: "Pas d'escompte pour paiement anticipé.",
		AccountSales:      DefaultAccountSales,
		AccountVat:        DefaultAccountVAT,
		AccountClient:     DefaultAccountClient,
	}
}
