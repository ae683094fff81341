package demo

import (
	"context"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/kernel/money"
)

// invoicingSettings are the demo house's legal and accounting details, as
// its invoices print them: a SAS registered at the greffe of its seat
// (Montreuil, Seine-Saint-Denis: the RCS of Bobigny), the SIREN of its
// SIRET, a bank account whose IBAN passes its mod-97 check and whose RIB
// key is right, 30 days' payment, penalties at three times the legal
// interest rate rounded up, VAT on receipt (services, no option for debits).
var invoicingSettings = struct {
	LegalForm, RcsCity, Iban, Bic, Footer string
	ShareCapital                          money.Cents
	PaymentDays                           int
	LatePenaltyRate                       money.Rate
}{
	LegalForm:       "SAS",
	ShareCapital:    5_000_000, // 50 000 €
	RcsCity:         "Bobigny",
	Iban:            "FR7630004008230001234567819",
	Bic:             "BNPAFRPPXXX",
	PaymentDays:     30,
	LatePenaltyRate: 1215,
	Footer: "Studio Lumière Post SAS — 42 rue de Paris, 93100 Montreuil — " +
		"Règlement par virement au compte indiqué, en rappelant le numéro de facture.",
}

// seedInvoicing writes the organisation's invoicing settings.
// TODO(issue 15): a deposit invoice issued and partly paid on the demo's
// accepted quote, through invoicing's issue (numbering and the Factur-X
// documents) once invoices-core and facturx are merged.
func seedInvoicing(ctx context.Context, idb bun.IDB, orgID uuid.UUID) error {
	s := invoicingSettings
	_, err := idb.NewInsert().Model(&db.InvoicingSettings{
		OrganisationID: orgID, LegalForm: s.LegalForm, ShareCapital: s.ShareCapital, RcsCity: s.RcsCity,
		Siren: organisation.Siret[:9], Iban: s.Iban, Bic: s.Bic, PaymentDays: s.PaymentDays,
		LatePenaltyRate: s.LatePenaltyRate, RecoveryIndemnity: 4000, EarlyPaymentTerms: "Pas d'escompte pour paiement anticipé.",
		VatOnDebits: false, Footer: s.Footer, AccountSales: "706000", AccountVat: "445710", AccountClient: "411000",
	}).Exec(ctx)
	return err
}
