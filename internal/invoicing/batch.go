package invoicing

import (
	"context"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
)

// Batch reads for the dataloaders, by the id a parent row carries; the
// parent was authorised by its service, so these pin the organisation
// only (the resolvers drop drafts for a producer: SeenInvoice,
// VisibleCreditNotesOf). Documents are never read here.

// InvoicesByID: invoices without their PDF and XML.
func InvoicesByID(idb bun.IDB, orgID uuid.UUID) db.Batch[*db.Invoice] {
	return func(ctx context.Context, keys []uuid.UUID) ([]*db.Invoice, error) {
		var rows []*db.Invoice
		err := idb.NewSelect().Model(&rows).ExcludeColumn("document", "xml").
			Where("organisation_id = ? AND id IN (?)", orgID, bun.In(keys)).Scan(ctx)
		return rows, err
	}
}

// CreditNotesByID: credit notes without their documents.
func CreditNotesByID(idb bun.IDB, orgID uuid.UUID) db.Batch[*db.CreditNote] {
	return func(ctx context.Context, keys []uuid.UUID) ([]*db.CreditNote, error) {
		var rows []*db.CreditNote
		err := idb.NewSelect().Model(&rows).ExcludeColumn("document", "xml").
			Where("organisation_id = ? AND id IN (?)", orgID, bun.In(keys)).Scan(ctx)
		return rows, err
	}
}

// CreditNotesByInvoice: oldest first, without their documents.
func CreditNotesByInvoice(idb bun.IDB, orgID uuid.UUID) db.Batch[*db.CreditNote] {
	return func(ctx context.Context, keys []uuid.UUID) ([]*db.CreditNote, error) {
		var rows []*db.CreditNote
		err := idb.NewSelect().Model(&rows).ExcludeColumn("document", "xml").
			Where("organisation_id = ? AND invoice_id IN (?)", orgID, bun.In(keys)).Order("created_at", "id").Scan(ctx)
		return rows, err
	}
}

// LinesByInvoice: in position order.
func LinesByInvoice(idb bun.IDB, orgID uuid.UUID) db.Batch[*db.InvoiceLine] {
	return db.InOrg[*db.InvoiceLine](idb, orgID, "invoice_id", "position")
}

// LinesByCreditNote: in position order.
func LinesByCreditNote(idb bun.IDB, orgID uuid.UUID) db.Batch[*db.InvoiceLine] {
	return db.InOrg[*db.InvoiceLine](idb, orgID, "credit_note_id", "position")
}

// PaymentsByInvoice: by date received.
func PaymentsByInvoice(idb bun.IDB, orgID uuid.UUID) db.Batch[*db.Payment] {
	return db.InOrg[*db.Payment](idb, orgID, "invoice_id", "paid_on")
}

// DeductionsByInvoice: the deposits final invoices deduct (the final
// invoices are of the organisation: their ids were read scoped).
func DeductionsByInvoice(idb bun.IDB) db.Batch[*db.InvoiceDeduction] {
	return db.ByParent[*db.InvoiceDeduction](idb, "invoice_id", "")
}

// SettingsByOrganisation: the settings (defaults without a row) of the
// caller's organisation, the only key asked.
func SettingsByOrganisation(idb bun.IDB, orgID uuid.UUID) db.Batch[*db.InvoicingSettings] {
	return func(ctx context.Context, keys []uuid.UUID) ([]*db.InvoicingSettings, error) {
		for _, k := range keys {
			if k == orgID {
				s, err := LoadSettings(ctx, idb, orgID)
				return []*db.InvoicingSettings{s}, err
			}
		}
		return nil, nil
	}
}
