package quotes

// An amendment sent to the producer and answered: numbered at its first
// sending, frozen with its PDF (whose SHA-256 an acceptance signs), then
// accepted with "bon pour accord" or refused with a reason.

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/auth"
	"github.com/postprod/postprod/internal/kernel/dates"
	"github.com/postprod/postprod/internal/notifications"
	"github.com/postprod/postprod/internal/platform/service"
	"github.com/postprod/postprod/internal/quotes/quotedoc"
)

// SendAmendment freezes a DRAFT amendment: its number (max + 1 of its quote,
// under the quote's lock), issue date, PDF and hash; the producer users of
// the client are notified.
func (s *Service) SendAmendment(ctx context.Context, id uuid.UUID) (*db.Amendment, error) {
	return service.Do(ctx, s.DB, CanManageQuotes, func(c *service.Call) (*db.Amendment, error) {
		ctx, tx := c.Ctx, c.Tx
		am, err := visibleAmendment(ctx, tx, c.P, id, false)
		if err != nil {
			return nil, err
		}
		// The quote's lock first, as proposals and new drafts take it.
		if err := lockQuoteRow(ctx, tx, am.QuoteID); err != nil {
			return nil, err
		}
		if am, err = visibleAmendment(ctx, tx, c.P, id, true); err != nil {
			return nil, err
		}
		lines, err := amendmentLines(ctx, tx, am)
		if err != nil {
			return nil, err
		}
		if err := CheckSendable(DocAmendment, EffectiveStatus(am.Status, am.ValidUntil), len(lines), am.ValidUntil); err != nil {
			return nil, err
		}
		if am.Number == nil {
			var n int
			if err := tx.NewSelect().Model((*db.Amendment)(nil)).ColumnExpr("COALESCE(max(number), 0) + 1").
				Where("quote_id = ?", am.QuoteID).Scan(ctx, &n); err != nil {
				return nil, err
			}
			am.Number = &n
		}
		today, now := dates.Today(), time.Now()
		am.IssueDate, am.SentAt, am.SentBy, am.Status = &today, &now, c.P.ActorID(), db.QuoteSent
		d, err := AmendmentDocument(ctx, tx, am, lines)
		if err != nil {
			return nil, err
		}
		if am.Document, err = quotedoc.Render(d); err != nil {
			return nil, err
		}
		sum := sha256.Sum256(am.Document)
		hash := hex.EncodeToString(sum[:])
		am.DocumentSHA256 = &hash
		if _, err := tx.NewUpdate().Model(am).Column("number", "issue_date", "sent_at", "sent_by", "status", "document", "document_sha256").
			Set("updated_at = now()").WherePK().Exec(ctx); err != nil {
			return nil, Immutable(err)
		}
		users, err := ProducerUsers(ctx, tx, am.OrganisationID, am.ClientID)
		if err != nil {
			return nil, err
		}
		n, err := notice(ctx, tx, am, db.NotificationAmendmentSent, users, nil)
		if err != nil {
			return nil, err
		}
		if err := s.notify(ctx, tx, n); err != nil {
			return nil, err
		}
		am.Document = nil
		return am, c.Emit(&am.ProductionID, "amendment.sent", &am.ID, eventPayload(am))
	})
}

// AcceptAmendment is the producer's "bon pour accord" on a SENT amendment
// still valid: who, when, from which address, and the hash of the PDF.
func (s *Service) AcceptAmendment(ctx context.Context, id uuid.UUID, in AcceptInput) (*db.Amendment, error) {
	return s.answer(ctx, id, func(c *service.Call, am *db.Amendment) (db.NotificationKind, map[string]string, error) {
		name, mention, err := CheckAcceptance(in)
		if err != nil {
			return "", nil, err
		}
		now, addr := time.Now(), auth.ClientAddr(ctx).String()
		am.Status, am.AcceptedAt, am.AcceptedBy, am.AcceptedName, am.AcceptedMention = db.QuoteAccepted, &now, c.P.ActorID(), &name, &mention
		am.AcceptedAddress, am.AcceptedSHA256 = &addr, am.DocumentSHA256
		_, err = c.Tx.NewUpdate().Model(am).Column("status", "accepted_at", "accepted_by", "accepted_name", "accepted_mention", "accepted_address", "accepted_sha256").
			Set("updated_at = now()").WherePK().Exec(ctx)
		return db.NotificationAmendmentAccepted, map[string]string{notifications.ParamName: name}, Immutable(err)
	})
}

// RefuseAmendment is the producer's refusal of a SENT amendment, with why.
func (s *Service) RefuseAmendment(ctx context.Context, id uuid.UUID, reason string) (*db.Amendment, error) {
	return s.answer(ctx, id, func(c *service.Call, am *db.Amendment) (db.NotificationKind, map[string]string, error) {
		reason, err := CheckRefusal(reason)
		if err != nil {
			return "", nil, err
		}
		now := time.Now()
		am.Status, am.RefusedAt, am.RefusedBy, am.RefusalReason = db.QuoteRefused, &now, c.P.ActorID(), &reason
		_, err = c.Tx.NewUpdate().Model(am).Column("status", "refused_at", "refused_by", "refusal_reason").
			Set("updated_at = now()").WherePK().Exec(ctx)
		return db.NotificationAmendmentRefused, map[string]string{notifications.ParamReason: reason}, Immutable(err)
	})
}

// answer runs the producer's answer on a SENT amendment of their client,
// then tells the one who sent it (else the managers).
func (s *Service) answer(ctx context.Context, id uuid.UUID, move func(*service.Call, *db.Amendment) (db.NotificationKind, map[string]string, error)) (*db.Amendment, error) {
	return service.Do(ctx, s.DB, CanAnswerQuotes, func(c *service.Call) (*db.Amendment, error) {
		am, err := visibleAmendment(ctx, c.Tx, c.P, id, true)
		if err != nil {
			return nil, err
		}
		if err := CheckAnswerable(DocAmendment, am.Status, am.ValidUntil); err != nil {
			return nil, err
		}
		kind, extra, err := move(c, am)
		if err != nil {
			return nil, err
		}
		users, err := SenderOrManagers(ctx, c.Tx, am.OrganisationID, am.SentBy)
		if err != nil {
			return nil, err
		}
		n, err := notice(ctx, c.Tx, am, kind, users, extra)
		if err != nil {
			return nil, err
		}
		if err := s.notify(ctx, c.Tx, n); err != nil {
			return nil, err
		}
		event := map[db.QuoteStatus]string{db.QuoteAccepted: "amendment.accepted", db.QuoteRefused: "amendment.refused"}[am.Status]
		return am, c.Emit(&am.ProductionID, event, &am.ID, eventPayload(am))
	})
}

func (s *Service) notify(ctx context.Context, tx bun.Tx, n notifications.Notice) error {
	if s.Notify == nil || (len(n.Users) == 0 && len(n.Addresses) == 0) {
		return nil
	}
	return s.Notify.Notify(ctx, tx, n)
}

// AmendmentDocument is the content of an amendment's PDF: the accepted
// version's header and conditions (quotes.Document), the amendment's own
// lines, totals, title, dates and notes, its reference and the reference of
// the version it amends; a draft is a preview (no deposit: the version's
// covers the work). Its lines are read when lines is nil.
func AmendmentDocument(ctx context.Context, idb bun.IDB, am *db.Amendment, lines []*db.QuoteLine) (quotedoc.Document, error) {
	if lines == nil {
		var err error
		if lines, err = amendmentLines(ctx, idb, am); err != nil {
			return quotedoc.Document{}, err
		}
	}
	v := new(db.QuoteVersion)
	if err := idb.NewSelect().Model(v).ExcludeColumn("document").Where("qv.id = ? AND qv.organisation_id = ?", am.QuoteVersionID, am.OrganisationID).Scan(ctx); err != nil {
		return quotedoc.Document{}, err
	}
	q := new(db.Quote)
	if err := idb.NewSelect().Model(q).Where("id = ?", am.QuoteID).Scan(ctx); err != nil {
		return quotedoc.Document{}, err
	}
	d, err := Document(ctx, idb, v, q, lines)
	if err != nil {
		return d, err
	}
	d.Amends, d.Reference = d.Reference, ""
	if r := AmendmentReference(q.Year, q.Number, am.Number); r != nil && am.Status != db.QuoteDraft {
		d.Reference = *r
	}
	d.Draft, d.Title, d.ValidUntil, d.Notes = am.Status == db.QuoteDraft, am.Title, am.ValidUntil, am.Notes
	d.DepositPercent, d.DepositAmount, d.IssueDate = 0, 0, dates.Date{}
	if am.IssueDate != nil {
		d.IssueDate = *am.IssueDate
	}
	return d, nil
}

// notice is an amendment's notification: its reference, amount (TTC),
// validity and production.
func notice(ctx context.Context, idb bun.IDB, am *db.Amendment, kind db.NotificationKind, users []uuid.UUID, extra map[string]string) (notifications.Notice, error) {
	var h struct {
		Year       *int
		Number     *int64
		Production string
	}
	if err := idb.NewRaw(`SELECT q.year, q.number, p.title AS production FROM quotes q JOIN productions p ON p.id = q.production_id WHERE q.id = ?`,
		am.QuoteID).Scan(ctx, &h); err != nil {
		return notifications.Notice{}, err
	}
	params := map[string]string{notifications.ParamAmount: am.TotalTTC.String(), notifications.ParamValidUntil: am.ValidUntil.String(),
		notifications.ParamProduction: h.Production}
	if r := AmendmentReference(h.Year, h.Number, am.Number); r != nil {
		params[notifications.ParamReference] = *r
	}
	for k, v := range extra {
		params[k] = v
	}
	return notifications.Notice{OrganisationID: am.OrganisationID, Kind: kind, ProductionID: &am.ProductionID, Users: users,
		Link: AmendmentLink(am.ID), Params: params}, nil
}

// AmendmentLink is an amendment's page in the app.
func AmendmentLink(id uuid.UUID) string { return "/amendments/" + id.String() }
