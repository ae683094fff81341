package quotes

// An amendment sent to the producer and answered: numbered at its first
// sending, frozen with its PDF (whose SHA-256 an acceptance signs), then
// accepted with "bon pour accord" or refused with a reason.

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/auth"
	"github.com/postprod/postprod/internal/kernel/dates"
	"github.com/postprod/postprod/internal/notifications"
	"github.com/postprod/postprod/internal/platform/documents"
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
		d, err := s.amendmentDocument(ctx, tx, am, lines)
		if err != nil {
			return nil, err
		}
		if am.Document, err = quotedoc.Render(d.Document); err != nil {
			return nil, err
		}
		sum := sha256.Sum256(am.Document)
		hash := hex.EncodeToString(sum[:])
		am.DocumentSHA256 = &hash
		if _, err := tx.NewUpdate().Model(am).Column("number", "issue_date", "sent_at", "sent_by", "status", "document", "document_sha256").
			Set("updated_at = now()").WherePK().Exec(ctx); err != nil {
			return nil, Immutable(err)
		}
		n := notifications.Notice{OrganisationID: am.OrganisationID, Kind: db.NotificationAmendmentSent, ProductionID: &am.ProductionID,
			Link: "/amendments/" + am.ID.String(), Params: d.params(am)}
		if err := tx.NewSelect().Model((*db.Membership)(nil)).Column("user_id").
			Where("organisation_id = ? AND client_id = ? AND role = ?", am.OrganisationID, am.ClientID, db.RoleProducer).Scan(ctx, &n.Users); err != nil {
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
// then tells the one who sent it.
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
		if am.SentBy != nil {
			d, err := s.amendmentHeader(ctx, c.Tx, am)
			if err != nil {
				return nil, err
			}
			params := d.params(am)
			for k, v := range extra {
				params[k] = v
			}
			if err := s.notify(ctx, c.Tx, notifications.Notice{OrganisationID: am.OrganisationID, Kind: kind, ProductionID: &am.ProductionID,
				Users: []uuid.UUID{*am.SentBy}, Link: "/amendments/" + am.ID.String(), Params: params}); err != nil {
				return nil, err
			}
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

// amendmentDoc is an amendment's document and what its notices say.
type amendmentDoc struct {
	quotedoc.Document
}

func (d amendmentDoc) params(am *db.Amendment) map[string]string {
	return map[string]string{notifications.ParamReference: d.Reference, notifications.ParamAmount: am.TotalTTC.String(),
		notifications.ParamValidUntil: am.ValidUntil.String(), notifications.ParamProduction: d.Production}
}

// amendmentHeader reads what names an amendment: its reference, the
// reference of the version it amends, the production, the seller and the
// client.
func (s *Service) amendmentHeader(ctx context.Context, idb bun.IDB, am *db.Amendment) (amendmentDoc, error) {
	var h struct {
		Year                                                                     *int
		Number                                                                   *int64
		Version                                                                  int
		Production                                                               string
		ClientName, ClientLegalName, ClientAddress, ClientSiret, ClientVatNumber string
		OrgName, OrgLegalName, OrgAddress, OrgSiret, OrgVatNumber                string
	}
	err := idb.NewRaw(`
		SELECT q.year, q.number, qv.version, p.title AS production,
		       c.name AS client_name, c.legal_name AS client_legal_name, c.address AS client_address, c.siret AS client_siret, c.vat_number AS client_vat_number,
		       o.name AS org_name, o.legal_name AS org_legal_name, o.address AS org_address, o.siret AS org_siret, o.vat_number AS org_vat_number
		FROM quote_versions qv JOIN quotes q ON q.id = qv.quote_id JOIN productions p ON p.id = qv.production_id
		JOIN clients c ON c.id = ? JOIN organisations o ON o.id = qv.organisation_id
		WHERE qv.id = ? AND qv.organisation_id = ?`, am.ClientID, am.QuoteVersionID, am.OrganisationID).Scan(ctx, &h)
	if err != nil {
		return amendmentDoc{}, err
	}
	d := quotedoc.Document{Title: am.Title, Production: h.Production, ValidUntil: am.ValidUntil, Notes: am.Notes,
		Seller: documents.Organisation{Name: h.OrgName, LegalName: h.OrgLegalName, Address: h.OrgAddress, Siret: h.OrgSiret, VatNumber: h.OrgVatNumber},
		Client: quotedoc.Party{Name: h.ClientName, LegalName: h.ClientLegalName, Address: h.ClientAddress, Siret: h.ClientSiret, VatNumber: h.ClientVatNumber}}
	if r := AmendmentReference(h.Year, h.Number, am.Number); r != nil {
		d.Reference = *r
	}
	if r := Reference(h.Year, h.Number, h.Version); r != nil {
		d.Amends = *r
	}
	if am.IssueDate != nil {
		d.IssueDate = *am.IssueDate
	}
	return amendmentDoc{d}, nil
}

// departmentFR is an operation's department as the PDF groups lines.
var departmentFR = map[db.Department]string{db.DepartmentImage: "Image", db.DepartmentSound: "Son", db.DepartmentOther: "Autre"}

// amendmentDocument is the amendment as its PDF shows it.
func (s *Service) amendmentDocument(ctx context.Context, idb bun.IDB, am *db.Amendment, lines []*db.QuoteLine) (amendmentDoc, error) {
	d, err := s.amendmentHeader(ctx, idb, am)
	if err != nil {
		return d, err
	}
	var opIDs, epIDs []uuid.UUID
	for _, l := range lines {
		if l.OperationID != nil {
			opIDs = append(opIDs, *l.OperationID)
		}
		if l.EpisodeID != nil {
			epIDs = append(epIDs, *l.EpisodeID)
		}
	}
	ops := map[uuid.UUID]*db.Operation{}
	if len(opIDs) > 0 {
		var rows []*db.Operation
		if err := idb.NewSelect().Model(&rows).Where("id IN (?)", bun.In(opIDs)).Scan(ctx); err != nil {
			return d, err
		}
		for _, o := range rows {
			ops[o.ID] = o
		}
	}
	eps := map[uuid.UUID]*db.Episode{}
	if len(epIDs) > 0 {
		var rows []*db.Episode
		if err := idb.NewSelect().Model(&rows).Where("id IN (?) AND organisation_id = ?", bun.In(epIDs), am.OrganisationID).Scan(ctx); err != nil {
			return d, err
		}
		for _, e := range rows {
			eps[e.ID] = e
		}
	}
	for _, l := range lines {
		dl := quotedoc.Line{Description: l.Description, Kind: l.Kind, Quantity: l.Quantity, Unit: l.Unit, HoursPerDay: l.HoursPerDay,
			UnitPrice: l.UnitPrice, DiscountPercent: l.DiscountRate, DiscountAmount: l.DiscountAmount, VatRate: l.VatRate, Net: l.Net}
		if l.OperationID != nil && ops[*l.OperationID] != nil {
			o := ops[*l.OperationID]
			dl.Operation, dl.Stage = o.LabelFr, departmentFR[o.Department]
		}
		if l.EpisodeID != nil && eps[*l.EpisodeID] != nil {
			e := eps[*l.EpisodeID]
			dl.Episode = "Épisode " + strconv.Itoa(e.Number)
			if e.Title != "" {
				dl.Episode += " — " + e.Title
			}
		}
		d.Lines = append(d.Lines, dl)
	}
	d.Totals = Totals(lines)
	return d, nil
}
