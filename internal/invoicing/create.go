package invoicing

// Drafts: an invoice made from what exists (a deposit of the accepted
// quote, the approved work of a period, the final invoice less the
// deposits) or from free lines; edited and discarded while a DRAFT.

import (
	"context"
	"fmt"
	"sort"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/auth"
	"github.com/postprod/postprod/internal/kernel/apperr"
	"github.com/postprod/postprod/internal/kernel/dates"
	"github.com/postprod/postprod/internal/kernel/money"
	"github.com/postprod/postprod/internal/kernel/validate"
	"github.com/postprod/postprod/internal/platform/documents"
	"github.com/postprod/postprod/internal/platform/service"
	"github.com/postprod/postprod/internal/quotes"
)

// draft is what Create prepares before writing: the row, its lines and the
// deposits it deducts.
type draft struct {
	inv        *db.Invoice
	lines      []*db.InvoiceLine
	deductions []*db.InvoiceDeduction
}

// Create makes a DRAFT invoice (CanInvoice).
func (s *Service) Create(ctx context.Context, in CreateInput) (*db.Invoice, error) {
	return service.Do(ctx, s.DB, CanInvoice, func(c *service.Call) (*db.Invoice, error) {
		if !in.Kind.Valid() {
			return nil, apperr.Invalid("kind", "Type de facture inconnu.", "Unknown invoice kind.")
		}
		inv := &db.Invoice{ID: uuid.New(), OrganisationID: c.P.OrganisationID, Kind: in.Kind, Status: db.InvoiceDraft, CreatedBy: c.P.ActorID()}
		d := &draft{inv: inv}
		var err error
		switch in.Kind {
		case db.InvoiceDeposit:
			err = depositDraft(c, d, in)
		case db.InvoiceFinal:
			err = finalDraft(c, d, in)
		case db.InvoiceProgress:
			err = progressDraft(c, d, in)
		default:
			err = standardDraft(c, d, in)
		}
		if err != nil {
			return nil, err
		}
		if in.PurchaseOrder != nil {
			if inv.PurchaseOrder, err = validate.Optional("purchaseOrder", *in.PurchaseOrder, 100); err != nil {
				return nil, err
			}
		}
		if in.Notes != nil {
			if inv.Notes, err = validate.Optional("notes", *in.Notes, 5000); err != nil {
				return nil, err
			}
		}
		if in.Kind != db.InvoiceProgress && (in.ServiceFrom != nil || in.ServiceTo != nil) {
			if err := setPeriod(inv, in.ServiceFrom, in.ServiceTo); err != nil {
				return nil, err
			}
		}
		if _, err := c.Tx.NewInsert().Model(inv).ExcludeColumn("document", "xml").Exec(c.Ctx); err != nil {
			return nil, err
		}
		var prepaid money.Cents
		for _, ded := range d.deductions {
			ded.InvoiceID = inv.ID
			prepaid += ded.Amount
		}
		if len(d.deductions) > 0 {
			if _, err := c.Tx.NewInsert().Model(&d.deductions).Exec(c.Ctx); err != nil {
				return nil, apperr.Or(err, apperr.New(apperr.Conflict, "quoteId", "Un acompte est déjà déduit par une autre facture.",
					"A deposit is already deducted by another invoice."))
			}
		}
		t, err := writeLines(c.Ctx, c.Tx, Parent{InvoiceID: &inv.ID}, d.lines, prepaid)
		if err != nil {
			return nil, err
		}
		inv.TotalHT, inv.TotalVAT, inv.TotalTTC, inv.Prepaid, inv.Due = t.HT, t.VAT, t.TTC, prepaid, t.TTC-prepaid
		return inv, emit(c, inv, EventCreated)
	})
}

func setPeriod(inv *db.Invoice, from, to *dates.Date) error {
	if from != nil && to != nil && to.Before(*from) {
		return apperr.Invalid("serviceTo", "La fin de la période précède son début.", "The period ends before it starts.")
	}
	inv.ServiceFrom, inv.ServiceTo = from, to
	return nil
}

// clientOf checks a client of the caller's organisation.
func clientOf(c *service.Call, id uuid.UUID, field string) (*db.Client, error) {
	cl := new(db.Client)
	err := c.Tx.NewSelect().Model(cl).Where("id = ? AND organisation_id = ?", id, c.P.OrganisationID).Scan(c.Ctx)
	return cl, apperr.MissingAs(err, apperr.New(apperr.NotFound, field, "Client introuvable.", "Client not found."))
}

// productionOf checks a production of the caller's organisation.
func productionOf(c *service.Call, id uuid.UUID) (*db.Production, error) {
	p := new(db.Production)
	err := c.Tx.NewSelect().Model(p).Where("id = ? AND organisation_id = ?", id, c.P.OrganisationID).Scan(c.Ctx)
	return p, apperr.MissingAs(err, apperr.New(apperr.NotFound, "productionId", "Production introuvable.", "Production not found."))
}

// acceptedVersion is the ACCEPTED version named by id: a version's id (the
// API's Quote) or its quote's.
func acceptedVersion(c *service.Call, id *uuid.UUID) (*db.QuoteVersion, *db.Quote, error) {
	if id == nil {
		return nil, nil, apperr.Invalid("quoteId", "Choisissez le devis accepté.", "Choose the accepted quote.")
	}
	v := new(db.QuoteVersion)
	err := c.Tx.NewSelect().Model(v).ExcludeColumn("document").Where("qv.organisation_id = ?", c.P.OrganisationID).
		Where("qv.id = ? OR (qv.quote_id = ? AND qv.status = ?)", *id, *id, db.QuoteAccepted).
		OrderExpr("qv.status = ? DESC", db.QuoteAccepted).Limit(1).Scan(c.Ctx)
	if err != nil {
		return nil, nil, apperr.MissingAs(err, apperr.New(apperr.NotFound, "quoteId", "Devis introuvable.", "Quote not found."))
	}
	if v.Status != db.QuoteAccepted {
		return nil, nil, apperr.Invalid("quoteId", "Seul un devis accepté se facture.", "Only an accepted quote is invoiced.")
	}
	q := new(db.Quote)
	if err := c.Tx.NewSelect().Model(q).Where("id = ?", v.QuoteID).Scan(c.Ctx); err != nil {
		return nil, nil, err
	}
	return v, q, nil
}

func fromVersion(inv *db.Invoice, v *db.QuoteVersion) {
	inv.ClientID, inv.ProductionID, inv.QuoteVersionID, inv.PurchaseOrder = v.ClientID, &v.ProductionID, &v.ID, v.PurchaseOrder
}

// depositDraft: one line per VAT rate of the accepted version, at the
// deposit percentage of that rate's HT.
func depositDraft(c *service.Call, d *draft, in CreateInput) error {
	v, q, err := acceptedVersion(c, in.QuoteID)
	if err != nil {
		return err
	}
	pct := v.Deposit
	if in.DepositPercent != nil {
		pct = *in.DepositPercent
	}
	if pct <= 0 || pct > 10000 {
		return apperr.Invalid("depositPercent", "Le pourcentage d'acompte est compris entre 0 et 100 %.", "The deposit percentage is between 0 and 100%.")
	}
	var taken int64
	if err := c.Tx.NewSelect().Model((*db.Invoice)(nil)).ColumnExpr("coalesce(sum(deposit_bp), 0)").
		Where("quote_version_id = ? AND kind = ? AND status <> ?", v.ID, db.InvoiceDeposit, db.InvoiceCancelled).Scan(c.Ctx, &taken); err != nil {
		return err
	}
	if taken+int64(pct) > 10000 {
		return apperr.Invalid("depositPercent", fmt.Sprintf("Les acomptes dépasseraient le devis (%s %% déjà facturés).", money.Rate(taken)),
			fmt.Sprintf("The deposits would exceed the quote (%s%% already invoiced).", money.Rate(taken)))
	}
	fromVersion(d.inv, v)
	d.inv.Deposit = &pct
	lines, err := quotes.LinesOf(c.Ctx, c.Tx, c.P.OrganisationID, quotes.VersionParent(v.ID))
	if err != nil {
		return err
	}
	ref := validate.Str(quotes.Reference(q.Year, q.Number, v.Version))
	desc := fmt.Sprintf("Acompte de %s sur le devis %s", documents.Percent(int64(pct), documents.FR), ref)
	for _, rt := range quotes.Totals(lines).ByRate {
		if rt.Base <= 0 {
			continue
		}
		d.lines = append(d.lines, &db.InvoiceLine{OrganisationID: c.P.OrganisationID, Description: desc, Quantity: 1000, Unit: db.QuoteUnitFlat,
			HoursPerDay: 8, UnitPrice: pct.Of(rt.Base), VatRate: rt.Rate})
	}
	return nil
}

// finalDraft: the accepted version's lines and its accepted amendments'
// (or the lines typed: the actuals), less every issued deposit of the
// version not yet deducted.
func finalDraft(c *service.Call, d *draft, in CreateInput) error {
	v, _, err := acceptedVersion(c, in.QuoteID)
	if err != nil {
		return err
	}
	fromVersion(d.inv, v)
	if in.Lines != nil {
		if d.lines, err = buildLines(c.Ctx, c.Tx, c.P.OrganisationID, in.Lines); err != nil {
			return err
		}
	} else {
		var lines []*db.QuoteLine
		if err := c.Tx.NewSelect().Model(&lines).
			Join("LEFT JOIN amendments AS am ON am.id = ql.amendment_id").
			Where("ql.organisation_id = ?", c.P.OrganisationID).
			Where("ql.version_id = ? OR (am.quote_version_id = ? AND am.status = ?)", v.ID, v.ID, db.QuoteAccepted).
			OrderExpr("ql.amendment_id IS NOT NULL, am.accepted_at, ql.position").Scan(c.Ctx); err != nil {
			return err
		}
		for _, l := range lines {
			d.lines = append(d.lines, fromQuoteLine(l, v.Title))
		}
	}
	var deposits []struct {
		ID       uuid.UUID
		TTC      money.Cents `bun:"ttc"`
		Credited money.Cents
	}
	if err := c.Tx.NewRaw(`SELECT i.id, i.total_ttc_cents AS ttc,
			coalesce((SELECT sum(cn.total_ttc_cents) FROM credit_notes cn WHERE cn.invoice_id = i.id AND cn.status = ?), 0) AS credited
		FROM invoices i WHERE i.organisation_id = ? AND i.quote_version_id = ? AND i.kind = ? AND i.status IN (?)
			AND NOT EXISTS (SELECT 1 FROM invoice_deductions dd WHERE dd.deposit_invoice_id = i.id)
		ORDER BY i.year, i.number FOR UPDATE OF i`,
		db.CreditNoteIssued, c.P.OrganisationID, v.ID, db.InvoiceDeposit,
		bun.In([]db.InvoiceStatus{db.InvoiceIssued, db.InvoicePartiallyPaid, db.InvoicePaid})).Scan(c.Ctx, &deposits); err != nil {
		return err
	}
	for _, dep := range deposits {
		if amt := dep.TTC - dep.Credited; amt > 0 {
			d.deductions = append(d.deductions, &db.InvoiceDeduction{DepositInvoiceID: dep.ID, Amount: amt})
		}
	}
	return nil
}

// progressDraft: the approved slips of the period, per operation, valued
// at the frozen prices of the production's accepted quotes.
func progressDraft(c *service.Call, d *draft, in CreateInput) error {
	if in.ProductionID == nil {
		return apperr.Invalid("productionId", "Choisissez la production.", "Choose the production.")
	}
	if in.ServiceFrom == nil || in.ServiceTo == nil {
		return apperr.Invalid("serviceFrom", "Précisez la période facturée.", "Give the period invoiced.")
	}
	prod, err := productionOf(c, *in.ProductionID)
	if err != nil {
		return err
	}
	if err := setPeriod(d.inv, in.ServiceFrom, in.ServiceTo); err != nil {
		return err
	}
	d.inv.ClientID, d.inv.ProductionID = prod.ClientID, &prod.ID
	overlap, err := c.Tx.NewSelect().Model((*db.Invoice)(nil)).
		Where("production_id = ? AND kind = ? AND status <> ? AND service_from <= ? AND service_to >= ?",
			prod.ID, db.InvoiceProgress, db.InvoiceCancelled, *in.ServiceTo, *in.ServiceFrom).Exists(c.Ctx)
	if err != nil {
		return err
	}
	if overlap {
		return apperr.Invalid("serviceFrom", "Une autre facture de situation couvre déjà une partie de cette période.",
			"Another progress invoice already covers part of this period.")
	}
	sold, err := quotes.SoldByProduction(c.Tx, c.P.OrganisationID)(c.Ctx, []uuid.UUID{prod.ID})
	if err != nil {
		return err
	}
	var worked []struct {
		OperationID uuid.UUID
		Minutes     int64
		LabelFr     string
		Position    int
		Code        string
	}
	if err := c.Tx.NewRaw(`SELECT s.operation_id, sum(s.worked_minutes) AS minutes, o.label_fr, o.position, o.code
		FROM slips s JOIN operations o ON o.id = s.operation_id
		WHERE s.organisation_id = ? AND s.production_id = ? AND s.status = ? AND s.current AND s.work_date BETWEEN ? AND ?
		GROUP BY s.operation_id, o.label_fr, o.position, o.code ORDER BY o.position, o.code`,
		c.P.OrganisationID, prod.ID, db.SlipStatusApproved, *in.ServiceFrom, *in.ServiceTo).Scan(c.Ctx, &worked); err != nil {
		return err
	}
	sort.SliceStable(worked, func(i, j int) bool { return worked[i].Position < worked[j].Position })
	for _, w := range worked {
		op := sold[0].Operations[w.OperationID]
		if op == nil || op.Frozen == nil || w.Minutes <= 0 {
			continue
		}
		f := op.Frozen
		opID := w.OperationID
		d.lines = append(d.lines, &db.InvoiceLine{OrganisationID: c.P.OrganisationID, OperationID: &opID,
			Description: fmt.Sprintf("%s du %s au %s", w.LabelFr, documents.DateShort(*in.ServiceFrom, documents.FR), documents.DateShort(*in.ServiceTo, documents.FR)),
			Quantity:    money.Quantity(money.DivHalfUp(w.Minutes*1000, int64(f.UnitMinutes()))), Unit: f.Unit, HoursPerDay: f.HoursPerDay,
			UnitPrice: f.UnitPrice, VatRate: f.VatRate})
	}
	if len(d.lines) == 0 {
		return apperr.Invalid("serviceFrom", "Aucun travail approuvé à un prix figé sur cette période.",
			"No approved work at a frozen price in this period.")
	}
	return nil
}

// standardDraft: free lines for a client (or a production's client).
func standardDraft(c *service.Call, d *draft, in CreateInput) error {
	switch {
	case in.ProductionID != nil:
		prod, err := productionOf(c, *in.ProductionID)
		if err != nil {
			return err
		}
		if in.ClientID != nil && *in.ClientID != prod.ClientID {
			return apperr.Invalid("clientId", "Ce client n'est pas celui de la production.", "This client is not the production's.")
		}
		d.inv.ClientID, d.inv.ProductionID = prod.ClientID, &prod.ID
	case in.ClientID != nil:
		cl, err := clientOf(c, *in.ClientID, "clientId")
		if err != nil {
			return err
		}
		d.inv.ClientID = cl.ID
	default:
		return apperr.Invalid("clientId", "Choisissez le client.", "Choose the client.")
	}
	var err error
	d.lines, err = buildLines(c.Ctx, c.Tx, c.P.OrganisationID, in.Lines)
	return err
}

// Update changes a DRAFT: omitted fields keep; lines replace every line.
func (s *Service) Update(ctx context.Context, id uuid.UUID, in Input) (*db.Invoice, error) {
	return service.Do(ctx, s.DB, CanInvoice, func(c *service.Call) (*db.Invoice, error) {
		inv, err := lockDraft(c, id)
		if err != nil {
			return nil, err
		}
		from, to := inv.ServiceFrom, inv.ServiceTo
		if in.ServiceFrom != nil {
			from = in.ServiceFrom
		}
		if in.ServiceTo != nil {
			to = in.ServiceTo
		}
		if err := setPeriod(inv, from, to); err != nil {
			return nil, err
		}
		if in.PurchaseOrder != nil {
			if inv.PurchaseOrder, err = validate.Optional("purchaseOrder", *in.PurchaseOrder, 100); err != nil {
				return nil, err
			}
		}
		if in.Notes != nil {
			if inv.Notes, err = validate.Optional("notes", *in.Notes, 5000); err != nil {
				return nil, err
			}
		}
		if _, err := c.Tx.NewUpdate().Model(inv).Column("service_from", "service_to", "purchase_order", "notes").
			Set("updated_at = now()").WherePK().Exec(c.Ctx); err != nil {
			return nil, Immutable(err)
		}
		if in.Lines != nil {
			lines, err := buildLines(c.Ctx, c.Tx, c.P.OrganisationID, in.Lines)
			if err != nil {
				return nil, err
			}
			t, err := writeLines(c.Ctx, c.Tx, Parent{InvoiceID: &inv.ID}, lines, inv.Prepaid)
			if err != nil {
				return nil, err
			}
			inv.TotalHT, inv.TotalVAT, inv.TotalTTC, inv.Due = t.HT, t.VAT, t.TTC, t.TTC-inv.Prepaid
		}
		return inv, emit(c, inv, EventUpdated)
	})
}

// Discard deletes a DRAFT (an issued invoice is cancelled by a credit note).
func (s *Service) Discard(ctx context.Context, id uuid.UUID) (bool, error) {
	return service.Do(ctx, s.DB, CanInvoice, func(c *service.Call) (bool, error) {
		inv, err := lockDraft(c, id)
		if err != nil {
			return false, err
		}
		if _, err := c.Tx.NewDelete().Model(inv).WherePK().Exec(c.Ctx); err != nil {
			return false, Immutable(err)
		}
		return true, emit(c, inv, EventDiscarded)
	})
}

// invoice reads an invoice the caller may see (without its documents); any
// other id is NOT_FOUND. lock takes its row lock.
func invoice(ctx context.Context, idb bun.IDB, p *auth.Principal, id uuid.UUID, lock bool) (*db.Invoice, error) {
	inv := new(db.Invoice)
	q := VisibleInvoices(idb.NewSelect().Model(inv).ExcludeColumn("document", "xml"), p).Where("inv.id = ?", id)
	if lock {
		q = q.For("UPDATE")
	}
	return inv, apperr.Missing(q.Scan(ctx), "facture")
}

// lockDraft locks an invoice that must still be a DRAFT.
func lockDraft(c *service.Call, id uuid.UUID) (*db.Invoice, error) {
	inv, err := invoice(c.Ctx, c.Tx, c.P, id, true)
	if err != nil {
		return nil, err
	}
	if inv.Status != db.InvoiceDraft {
		return nil, issuedErr()
	}
	return inv, nil
}

func issuedErr() error {
	return apperr.New(apperr.Conflict, "id", "Cette facture est émise : elle ne change plus (un avoir l'annule).",
		"This invoice is issued: it no longer changes (a credit note cancels it).")
}
