package invoicing

// Payments received: never above the balance, never changed (a mistake is
// corrected by a credit note or a refund); they move the invoice to
// PARTIALLY_PAID, then PAID.

import (
	"context"

	"github.com/google/uuid"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/kernel/apperr"
	"github.com/postprod/postprod/internal/kernel/dates"
	"github.com/postprod/postprod/internal/kernel/validate"
	"github.com/postprod/postprod/internal/platform/service"
)

// RecordPayment records a payment of an issued invoice, at most its
// balance (VALIDATION on "amount").
func (s *Service) RecordPayment(ctx context.Context, invoiceID uuid.UUID, in PaymentInput) (*db.Payment, error) {
	return service.Do(ctx, s.DB, CanInvoice, func(c *service.Call) (*db.Payment, error) {
		if !in.Method.Valid() {
			return nil, apperr.Invalid("method", "Moyen de paiement inconnu.", "Unknown payment method.")
		}
		if in.Amount <= 0 {
			return nil, apperr.Invalid("amount", "Le montant doit être supérieur à zéro.", "The amount must be greater than zero.")
		}
		if dates.Today().Before(in.PaidOn) {
			return nil, apperr.Invalid("paidOn", "Un paiement reçu n'est pas daté dans le futur.", "A payment received is not dated in the future.")
		}
		ref, err := validate.Optional("reference", validate.Str(in.Reference), 200)
		if err != nil {
			return nil, err
		}
		inv, err := invoice(c.Ctx, c.Tx, c.P, invoiceID, true)
		if err != nil {
			return nil, err
		}
		switch inv.Status {
		case db.InvoiceDraft:
			return nil, apperr.Invalid("invoiceId", "Émettez la facture avant d'enregistrer un paiement.", "Issue the invoice before recording a payment.")
		case db.InvoiceCancelled:
			return nil, apperr.New(apperr.Conflict, "invoiceId", "Cette facture est annulée par un avoir.", "This invoice is cancelled by a credit note.")
		}
		if inv.IssueDate != nil && in.PaidOn.Before(*inv.IssueDate) {
			return nil, apperr.Invalid("paidOn", "Le paiement précède l'émission de la facture.", "The payment precedes the invoice's issue.")
		}
		f, err := figuresOf(c.Ctx, c.Tx, []uuid.UUID{inv.ID})
		if err != nil {
			return nil, err
		}
		if bal := f[inv.ID].Balance(inv); in.Amount > bal {
			return nil, apperr.Invalid("amount", "Le paiement dépasse le solde de la facture ("+bal.String()+" €).",
				"The payment exceeds the invoice's balance (€"+bal.String()+").")
		}
		pay := &db.Payment{ID: uuid.New(), OrganisationID: c.P.OrganisationID, InvoiceID: inv.ID, PaidOn: in.PaidOn, Amount: in.Amount, Method: in.Method,
			Reference: ref, CreatedBy: c.P.ActorID()}
		if _, err := c.Tx.NewInsert().Model(pay).Returning("created_at").Exec(c.Ctx); err != nil {
			return nil, err
		}
		if err := c.Emit(inv.ProductionID, EventPaymentRecorded, &inv.ID, map[string]any{payloadStatus: string(inv.Status),
			payloadClient: inv.ClientID.String(), "paymentId": pay.ID.String()}); err != nil {
			return nil, err
		}
		return pay, s.settle(c, inv)
	})
}
