package quotes

// Sending a version (number, frozen PDF, the producer told) and the
// producer's answer (acceptance with "bon pour accord", or refusal).

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/auth"
	"github.com/postprod/postprod/internal/kernel/apperr"
	"github.com/postprod/postprod/internal/kernel/dates"
	"github.com/postprod/postprod/internal/notifications"
	"github.com/postprod/postprod/internal/platform/numbering"
	"github.com/postprod/postprod/internal/platform/service"
	"github.com/postprod/postprod/internal/quotes/quotedoc"
)

// Link is the app's page of a quote version (frontend route "quote").
func Link(versionID uuid.UUID) string { return "/quotes/" + versionID.String() }

// Send freezes a DRAFT version: the quote's number at its first sending
// (gapless per organisation and year, taken in this transaction), the
// issue date, the totals, the PDF and its SHA-256; the producer users of
// the client are told.
func (s *Service) Send(ctx context.Context, id uuid.UUID) (*db.QuoteVersion, error) {
	return service.Do(ctx, s.DB, CanManageQuotes, func(c *service.Call) (*db.QuoteVersion, error) {
		v, q, err := lock(c, id)
		if err != nil {
			return nil, err
		}
		lines, err := LinesOf(c.Ctx, c.Tx, c.P.OrganisationID, VersionParent(v.ID))
		if err != nil {
			return nil, err
		}
		if err := CheckSendable(DocQuote, v.Status, len(lines), v.ValidUntil); err != nil {
			return nil, err
		}
		now := time.Now()
		if q.Number == nil {
			year := numbering.YearOf(now)
			n, err := numbering.Next(c.Ctx, c.Tx, c.P.OrganisationID, numbering.Quote, year)
			if err != nil {
				return nil, err
			}
			q.Year, q.Number = &year, &n
			if _, err := c.Tx.NewUpdate().Model(q).Column("year", "number").WherePK().Exec(c.Ctx); err != nil {
				return nil, err
			}
		}
		t := Totals(lines)
		today := dates.Of(now.In(dates.Paris))
		v.Status, v.IssueDate, v.SentAt, v.SentBy = db.QuoteSent, &today, &now, c.P.ActorID()
		v.TotalHT, v.TotalVAT, v.TotalTTC = t.HT, t.VAT, t.TTC
		doc, err := Document(c.Ctx, c.Tx, v, q, lines)
		if err != nil {
			return nil, err
		}
		pdf, err := quotedoc.Render(doc)
		if err != nil {
			return nil, err
		}
		sum := sha256.Sum256(pdf)
		hash := hex.EncodeToString(sum[:])
		v.Document, v.DocumentSHA256 = pdf, &hash
		if _, err := c.Tx.NewUpdate().Model(v).Column("status", "issue_date", "sent_at", "sent_by", "total_ht_cents", "total_vat_cents",
			"total_ttc_cents", "document", "document_sha256").Set("updated_at = now()").WherePK().Exec(c.Ctx); err != nil {
			return nil, Immutable(err)
		}
		v.Document = nil // the route serves it; the API never carries it
		if err := s.notifySent(c, v, q, doc.Production); err != nil {
			return nil, err
		}
		return v, emit(c, v, EventSent)
	})
}

// ProducerUsers are the users who act for a client in org.
func ProducerUsers(ctx context.Context, idb bun.IDB, org, clientID uuid.UUID) ([]uuid.UUID, error) {
	var users []uuid.UUID
	err := idb.NewSelect().Model((*db.Membership)(nil)).Column("user_id").
		Where("organisation_id = ? AND role = ? AND client_id = ?", org, db.RoleProducer, clientID).Scan(ctx, &users)
	return users, err
}

// SenderOrManagers is who hears the answer to a document: the user who
// sent it while they are still a member, else the organisation's managers.
func SenderOrManagers(ctx context.Context, idb bun.IDB, org uuid.UUID, sentBy *uuid.UUID) ([]uuid.UUID, error) {
	var users []uuid.UUID
	q := idb.NewSelect().Model((*db.Membership)(nil)).Column("user_id").Where("organisation_id = ?", org)
	if sentBy != nil {
		if err := q.Clone().Where("user_id = ?", *sentBy).Scan(ctx, &users); err != nil || len(users) > 0 {
			return users, err
		}
	}
	err := q.Where("role IN (?)", bun.In(auth.ManagerRoles)).Scan(ctx, &users)
	return users, err
}

func (s *Service) notifySent(c *service.Call, v *db.QuoteVersion, q *db.Quote, production string) error {
	users, err := ProducerUsers(c.Ctx, c.Tx, v.OrganisationID, v.ClientID)
	if err != nil || len(users) == 0 {
		return err
	}
	return s.Notify.Notify(c.Ctx, c.Tx, notifications.Notice{OrganisationID: v.OrganisationID, Kind: db.NotificationQuoteSent, Users: users,
		ProductionID: &v.ProductionID, Link: Link(v.ID), Params: map[string]string{
			notifications.ParamReference: *Reference(q.Year, q.Number, v.Version), notifications.ParamAmount: v.TotalTTC.String(),
			notifications.ParamValidUntil: v.ValidUntil.String(), notifications.ParamProduction: production}})
}

// Accept records the producer's "bon pour accord" on a SENT version still
// valid: who, when, their name and mention, the client address, and the
// SHA-256 of the PDF they accepted. The quote is locked first, so two
// answers to one quote queue and the second finds it answered (CONFLICT).
func (s *Service) Accept(ctx context.Context, id uuid.UUID, in AcceptInput) (*db.QuoteVersion, error) {
	return service.Do(ctx, s.DB, CanAnswerQuotes, func(c *service.Call) (*db.QuoteVersion, error) {
		name, mention, err := CheckAcceptance(in)
		if err != nil {
			return nil, err
		}
		v, q, err := lock(c, id)
		if err != nil {
			return nil, err
		}
		if err := CheckAnswerable(DocQuote, v.Status, v.ValidUntil); err != nil {
			return nil, err
		}
		now := time.Now()
		v.Status = db.QuoteAccepted
		v.AcceptedAt, v.AcceptedBy, v.AcceptedName, v.AcceptedMention, v.AcceptedSHA256 = &now, c.P.ActorID(), &name, &mention, v.DocumentSHA256
		if a := auth.ClientAddr(c.Ctx); a.IsValid() {
			s := a.String()
			v.AcceptedAddress = &s
		}
		if _, err := c.Tx.NewUpdate().Model(v).Column("status", "accepted_at", "accepted_by", "accepted_name", "accepted_mention",
			"accepted_address", "accepted_sha256").Set("updated_at = now()").WherePK().Exec(c.Ctx); err != nil {
			return nil, answered(err)
		}
		if err := s.notifyAnswer(c, v, q, db.NotificationQuoteAccepted, map[string]string{notifications.ParamName: name}); err != nil {
			return nil, err
		}
		return v, emit(c, v, EventAccepted)
	})
}

// Refuse records the producer's refusal of a SENT version, with a reason.
func (s *Service) Refuse(ctx context.Context, id uuid.UUID, reason string) (*db.QuoteVersion, error) {
	return service.Do(ctx, s.DB, CanAnswerQuotes, func(c *service.Call) (*db.QuoteVersion, error) {
		r, err := CheckRefusal(reason)
		if err != nil {
			return nil, err
		}
		v, q, err := lock(c, id)
		if err != nil {
			return nil, err
		}
		if err := CheckAnswerable(DocQuote, v.Status, v.ValidUntil); err != nil {
			return nil, err
		}
		now := time.Now()
		v.Status, v.RefusedAt, v.RefusedBy, v.RefusalReason = db.QuoteRefused, &now, c.P.ActorID(), &r
		if _, err := c.Tx.NewUpdate().Model(v).Column("status", "refused_at", "refused_by", "refusal_reason").
			Set("updated_at = now()").WherePK().Exec(c.Ctx); err != nil {
			return nil, answered(err)
		}
		if err := s.notifyAnswer(c, v, q, db.NotificationQuoteRefused, map[string]string{notifications.ParamReason: r}); err != nil {
			return nil, err
		}
		return v, emit(c, v, EventRefused)
	})
}

// answered maps the database's last guards (a sent version frozen, one
// accepted version per quote) to CONFLICT.
func answered(err error) error {
	if e, ok := apperr.As(err); ok && e.Code == apperr.Conflict {
		return apperr.New(apperr.Conflict, "id", "Ce devis a déjà été accepté.", "This quote was already accepted.")
	}
	return Immutable(err)
}

func (s *Service) notifyAnswer(c *service.Call, v *db.QuoteVersion, q *db.Quote, kind db.NotificationKind, params map[string]string) error {
	users, err := SenderOrManagers(c.Ctx, c.Tx, v.OrganisationID, v.SentBy)
	if err != nil || len(users) == 0 {
		return err
	}
	var title string
	if err := c.Tx.NewSelect().Model((*db.Production)(nil)).Column("title").Where("id = ?", v.ProductionID).Scan(c.Ctx, &title); err != nil {
		return err
	}
	params[notifications.ParamReference] = *Reference(q.Year, q.Number, v.Version)
	params[notifications.ParamAmount] = v.TotalTTC.String()
	params[notifications.ParamProduction] = title
	return s.Notify.Notify(c.Ctx, c.Tx, notifications.Notice{OrganisationID: v.OrganisationID, Kind: kind, Users: users,
		ProductionID: &v.ProductionID, Link: Link(v.ID), Params: params})
}
