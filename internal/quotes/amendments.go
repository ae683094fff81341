package quotes

// Amendments (avenants): a DRAFT made by the coordinator on an accepted
// version (or proposed from an overrun, overrun.go), edited, then sent,
// accepted or refused like a quote (amendanswer.go). An amendment holds
// only the difference: extra quantity at the frozen price, or new
// operations.

import (
	"context"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/auth"
	"github.com/postprod/postprod/internal/kernel/apperr"
	"github.com/postprod/postprod/internal/kernel/dates"
	"github.com/postprod/postprod/internal/kernel/page"
	"github.com/postprod/postprod/internal/kernel/validate"
	"github.com/postprod/postprod/internal/platform/service"
)

// lockQuoteRow serialises what one quote's amendments do: proposals, new
// drafts and numbering at first send (max + 1 under this lock).
func lockQuoteRow(ctx context.Context, tx bun.Tx, quoteID uuid.UUID) error {
	_, err := tx.NewSelect().Model((*db.Quote)(nil)).Column("id").Where("id = ?", quoteID).For("UPDATE").Exec(ctx)
	return err
}

// draftOf is the quote's DRAFT amendment (locked), nil when none.
func draftOf(ctx context.Context, tx bun.Tx, quoteID uuid.UUID) (*db.Amendment, error) {
	am := new(db.Amendment)
	err := tx.NewSelect().Model(am).ExcludeColumn("document").Where("am.quote_id = ? AND am.status = ?", quoteID, db.QuoteDraft).For("UPDATE").Scan(ctx)
	if apperr.NoRows(err) {
		return nil, nil
	}
	return am, err
}

// amendmentLines are an amendment's lines, in order.
func amendmentLines(ctx context.Context, idb bun.IDB, am *db.Amendment) ([]*db.QuoteLine, error) {
	return LinesOf(ctx, idb, am.OrganisationID, AmendmentParent(am.ID))
}

// writeAmendmentLines replaces a draft's lines and keeps its totals.
func writeAmendmentLines(ctx context.Context, tx bun.Tx, am *db.Amendment, lines []*db.QuoteLine) error {
	for _, l := range lines {
		l.OrganisationID = am.OrganisationID
		if l.LineKey == uuid.Nil {
			l.LineKey = uuid.New()
		}
	}
	t, err := WriteLines(ctx, tx, AmendmentParent(am.ID), lines)
	am.TotalHT, am.TotalVAT, am.TotalTTC = t.HT, t.VAT, t.TTC
	return err
}

// eventPayload is what every amendment event carries: its status lets a
// subscription keep drafts from producers (events.go).
func eventPayload(am *db.Amendment) map[string]any {
	return map[string]any{"status": am.Status, "quoteId": am.QuoteID.String(), "amendmentId": am.ID.String()}
}

// visibleAmendment is an amendment the caller may see (VisibleAmendments),
// locked for a change; any other id is NOT_FOUND. The PDF is left out.
func visibleAmendment(ctx context.Context, idb bun.IDB, p *auth.Principal, id uuid.UUID, lock bool) (*db.Amendment, error) {
	am := new(db.Amendment)
	q := VisibleAmendments(idb.NewSelect().Model(am).ExcludeColumn("document"), p).Where("am.id = ?", id)
	if lock {
		q = q.For("UPDATE OF am")
	}
	if err := q.Scan(ctx); err != nil {
		return nil, apperr.Missing(err, "avenant")
	}
	return am, nil
}

// Amendment is one amendment the caller may see.
func (s *Service) Amendment(ctx context.Context, id uuid.UUID) (*db.Amendment, error) {
	p, err := auth.Require(ctx)
	if err != nil {
		return nil, err
	}
	if !CanReadQuotes(p) {
		return nil, apperr.NotFoundErr("avenant")
	}
	return visibleAmendment(ctx, s.DB, p, id, false)
}

// Amendments lists the amendments the caller may see, newest first; the
// status filter is the effective status (EXPIRED read, never stored).
// Technicians and rights holders get an empty list, as for the quotes.
func (s *Service) Amendments(ctx context.Context, f AmendmentFilter, a page.Args) ([]*db.Amendment, page.Info, error) {
	p, err := auth.Require(ctx)
	if err != nil {
		return nil, page.Info{}, err
	}
	q := VisibleAmendments(s.DB.NewSelect().Model((*db.Amendment)(nil)).ExcludeColumn("document"), p)
	if !CanReadQuotes(p) {
		q = q.Where("false")
	}
	if f.ProductionID != nil {
		q = q.Where("am.production_id = ?", *f.ProductionID)
	}
	if f.Status != nil {
		q = WhereStatus(q, "am", *f.Status)
	}
	return page.Fetch[*db.Amendment](ctx, q.Order("am.created_at DESC", "am.id DESC"), a)
}

// CreateAmendment starts an empty DRAFT amendment to an ACCEPTED version.
// A quote has one draft amendment at a time: another one is a CONFLICT.
func (s *Service) CreateAmendment(ctx context.Context, versionID uuid.UUID) (*db.Amendment, error) {
	return service.Do(ctx, s.DB, CanManageQuotes, func(c *service.Call) (*db.Amendment, error) {
		v := new(db.QuoteVersion)
		if err := VisibleVersions(c.Tx.NewSelect().Model(v).ExcludeColumn("document"), c.P).Where("qv.id = ?", versionID).Scan(ctx); err != nil {
			return nil, apperr.Missing(err, "devis")
		}
		if st := EffectiveStatus(v.Status, v.ValidUntil); st != db.QuoteAccepted {
			return nil, apperr.New(apperr.Conflict, "quoteId",
				"Un avenant modifie un devis accepté : ce devis est "+StatusLabel(st, "fr")+".",
				"An amendment changes an accepted quote: this quote is "+StatusLabel(st, "en")+".")
		}
		if err := lockQuoteRow(ctx, c.Tx, v.QuoteID); err != nil {
			return nil, err
		}
		if d, err := draftOf(ctx, c.Tx, v.QuoteID); err != nil || d != nil {
			return nil, apperr.Or(err, apperr.New(apperr.Conflict, "quoteId",
				"Un avenant en brouillon existe déjà pour ce devis : modifiez-le, envoyez-le ou supprimez-le.",
				"A draft amendment already exists for this quote: edit, send or discard it."))
		}
		am := &db.Amendment{OrganisationID: c.P.OrganisationID, QuoteID: v.QuoteID, QuoteVersionID: v.ID, ProductionID: v.ProductionID,
			ClientID: v.ClientID, Status: db.QuoteDraft, Title: "Avenant", ValidUntil: dates.Today().AddDays(DefaultValidityDays), CreatedBy: c.P.ActorID()}
		if _, err := c.Tx.NewInsert().Model(am).ExcludeColumn("document").Returning("*").Exec(ctx); err != nil {
			return nil, err
		}
		return am, c.Emit(&am.ProductionID, "amendment.created", &am.ID, eventPayload(am))
	})
}

// UpdateAmendment changes a DRAFT: omitted fields keep their value, lines
// (when given) replace every line. The draft is a person's from then on:
// a later proposal no longer replaces it.
func (s *Service) UpdateAmendment(ctx context.Context, id uuid.UUID, in AmendmentInput) (*db.Amendment, error) {
	return service.Do(ctx, s.DB, CanManageQuotes, func(c *service.Call) (*db.Amendment, error) {
		am, err := visibleAmendment(ctx, c.Tx, c.P, id, true)
		if err != nil {
			return nil, err
		}
		if err := CheckEditable(DocAmendment, EffectiveStatus(am.Status, am.ValidUntil)); err != nil {
			return nil, err
		}
		if in.Title != nil {
			if am.Title, err = validate.Required("title", *in.Title, 200); err != nil {
				return nil, apperr.Invalid("title", "Donnez un titre à l'avenant (200 caractères au plus).", "Give the amendment a title (200 characters at most).")
			}
		}
		if in.ValidUntil != nil {
			if in.ValidUntil.Before(dates.Today()) {
				return nil, apperr.Invalid("validUntil", "La date de validité est passée : choisissez aujourd'hui ou une date à venir.",
					"The validity date is past: choose today or a later date.")
			}
			am.ValidUntil = *in.ValidUntil
		}
		if in.Notes != nil {
			if am.Notes, err = validate.Optional("notes", *in.Notes, 4000); err != nil {
				return nil, err
			}
		}
		am.Proposed = false
		if _, err := c.Tx.NewUpdate().Model(am).Column("title", "valid_until", "notes", "proposed").Set("updated_at = now()").WherePK().Exec(ctx); err != nil {
			return nil, Immutable(err)
		}
		if in.Lines != nil {
			lines, err := BuildLines(ctx, c.Tx, c.P.OrganisationID, am.ProductionID, in.Lines)
			if err != nil {
				return nil, err
			}
			if err := writeAmendmentLines(ctx, c.Tx, am, lines); err != nil {
				return nil, err
			}
		}
		return am, c.Emit(&am.ProductionID, "amendment.updated", &am.ID, eventPayload(am))
	})
}

// DiscardAmendment deletes a DRAFT amendment.
func (s *Service) DiscardAmendment(ctx context.Context, id uuid.UUID) (bool, error) {
	return service.Do(ctx, s.DB, CanManageQuotes, func(c *service.Call) (bool, error) {
		am, err := visibleAmendment(ctx, c.Tx, c.P, id, true)
		if err != nil {
			return false, err
		}
		if err := CheckEditable(DocAmendment, EffectiveStatus(am.Status, am.ValidUntil)); err != nil {
			return false, err
		}
		if _, err := c.Tx.NewDelete().Model(am).WherePK().Exec(ctx); err != nil {
			return false, Immutable(err)
		}
		return true, c.Emit(&am.ProductionID, "amendment.discarded", &am.ID, eventPayload(am))
	})
}

// AmendmentDocumentURL is where an amendment's PDF is read: the frozen
// document once sent; for a draft, a preview for the staff only (null for
// others, who never see a draft anyway).
func AmendmentDocumentURL(ctx context.Context, am *db.Amendment) *string {
	if p := auth.FromContext(ctx); am.Status == db.QuoteDraft && (p == nil || !SeesDrafts(p)) {
		return nil
	}
	u := "/documents/amendments/" + am.ID.String() + ".pdf"
	return &u
}
