package dataloaders

import (
	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/invoicing"
)

// InvoiceLoaders are the relations of invoicing: invoices and credit notes
// by id (events, deductions, payments), their lines, an invoice's
// deductions, payments, credit notes and figures (paid, credited), and the
// organisation's settings (late penalties).
type InvoiceLoaders struct {
	InvoiceByID          *Loader[*db.Invoice]
	CreditNoteByID       *Loader[*db.CreditNote]
	LinesByInvoice       *Loader[[]*db.InvoiceLine]
	LinesByCreditNote    *Loader[[]*db.InvoiceLine]
	DeductionsByInvoice  *Loader[[]*db.InvoiceDeduction]
	PaymentsByInvoice    *Loader[[]*db.Payment]
	CreditNotesByInvoice *Loader[[]*db.CreditNote]
	FiguresByInvoice     *Loader[*invoicing.Figures]
	Settings             *Loader[*db.InvoicingSettings]
}

func newInvoiceLoaders(idb bun.IDB, orgID uuid.UUID, cached bool) *InvoiceLoaders {
	return &InvoiceLoaders{
		InvoiceByID:          byID(cached, invoicing.InvoicesByID(idb, orgID), func(i *db.Invoice) uuid.UUID { return i.ID }),
		CreditNoteByID:       byID(cached, invoicing.CreditNotesByID(idb, orgID), func(c *db.CreditNote) uuid.UUID { return c.ID }),
		LinesByInvoice:       grouped(cached, invoicing.LinesByInvoice(idb, orgID), func(l *db.InvoiceLine) uuid.UUID { return *l.InvoiceID }),
		LinesByCreditNote:    grouped(cached, invoicing.LinesByCreditNote(idb, orgID), func(l *db.InvoiceLine) uuid.UUID { return *l.CreditNoteID }),
		DeductionsByInvoice:  grouped(cached, invoicing.DeductionsByInvoice(idb), func(d *db.InvoiceDeduction) uuid.UUID { return d.InvoiceID }),
		PaymentsByInvoice:    grouped(cached, invoicing.PaymentsByInvoice(idb, orgID), func(p *db.Payment) uuid.UUID { return p.InvoiceID }),
		CreditNotesByInvoice: grouped(cached, invoicing.CreditNotesByInvoice(idb, orgID), func(c *db.CreditNote) uuid.UUID { return c.InvoiceID }),
		FiguresByInvoice:     byID(cached, invoicing.FiguresByInvoice(idb), func(f *invoicing.Figures) uuid.UUID { return f.InvoiceID }),
		Settings:             byID(cached, invoicing.SettingsByOrganisation(idb, orgID), func(s *db.InvoicingSettings) uuid.UUID { return s.OrganisationID }),
	}
}
