package server_test

import (
	"context"
	"testing"

	"github.com/postprod/postprod/db"
)

// The demo organisation has its invoicing settings (its invoices print its
// legal details from the start), and its accountant exports the journal.
func TestDemoInvoicingSettings(t *testing.T) {
	e := newEnv(t)
	var org db.Organisation
	if err := e.DB.NewSelect().Model(&org).Where("name = ?", "Studio Lumière Post").Scan(context.Background()); err != nil {
		t.Fatal(err)
	}
	var st db.InvoicingSettings
	if err := e.DB.NewSelect().Model(&st).Where("organisation_id = ?", org.ID).Scan(context.Background()); err != nil {
		t.Fatal(err)
	}
	if st.LegalForm != "SAS" || st.Siren != org.Siret[:9] || st.Iban == "" || st.Bic == "" || st.PaymentDays != 30 ||
		st.VatOnDebits || st.Footer == "" || st.ShareCapital <= 0 || st.RcsCity == "" {
		t.Errorf("demo settings %+v", st)
	}
	rows := downloadCSV(t, e, e.login("accountant@demo.test").Access, "/documents/sales-journal/2026-01-01_2026-12-31.csv")
	if len(rows) < 1 || rows[0][2] != "Pièce" {
		t.Errorf("demo journal: %q", rows)
	}
}
