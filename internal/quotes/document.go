package quotes

// What a quote version's or an amendment's PDF shows, gathered from the
// database: the issuer, the client, the production, the lines with their
// operation and stage labels in French, and the totals from pricing.Sum.
// sendQuote and sendAmendment render it into the frozen document; the
// document routes render a draft's preview from it.

import (
	"context"
	"fmt"
	"slices"
	"strconv"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/auth"
	"github.com/postprod/postprod/internal/kernel/apperr"
	"github.com/postprod/postprod/internal/kernel/dates"
	"github.com/postprod/postprod/internal/kernel/pricing"
	"github.com/postprod/postprod/internal/platform/documents"
	"github.com/postprod/postprod/internal/platform/numbering"
	"github.com/postprod/postprod/internal/quotes/quotedoc"
)

// Document gathers what the PDF of a quote version shows, read through idb
// (the sending transaction, or the database). It checks no permission: the
// caller has (sendQuote's policy, or the document route's scope).
//
// The document is the one to issue: Draft is false, Reference is the
// quote's number with the version ("D-2026-00012 v2", empty while the quote
// has no number) and IssueDate the version's issue date, today in Paris
// when it has none. sendQuote writes the number and the issue date in its
// transaction first, then calls Document and quotedoc.Render; a preview
// sets Draft itself.
func (s *Service) Document(ctx context.Context, idb bun.IDB, versionID uuid.UUID) (quotedoc.Document, error) {
	v := new(db.QuoteVersion)
	if err := idb.NewSelect().Model(v).ExcludeColumn("document").Where("qv.id = ?", versionID).Scan(ctx); err != nil {
		return quotedoc.Document{}, apperr.Missing(err, "devis")
	}
	q := new(db.Quote)
	if err := idb.NewSelect().Model(q).Where("q.id = ?", v.QuoteID).Scan(ctx); err != nil {
		return quotedoc.Document{}, err
	}
	d, err := docCommon(ctx, idb, v.OrganisationID, v.ClientID, v.ProductionID)
	if err != nil {
		return d, err
	}
	d.Reference = docVersionReference(q, v.Version)
	d.Title = v.Title
	d.IssueDate = docIssueDate(v.IssueDate)
	d.ValidUntil = v.ValidUntil
	d.PurchaseOrder = v.PurchaseOrder
	d.SpecRuntimeMinutes = v.SpecRuntimeMinutes
	d.SpecEpisodes = v.SpecEpisodes
	d.SpecDeliverables = v.SpecDeliverables
	d.DepositPercent = v.Deposit
	d.PaymentDays = v.PaymentDays
	d.PaymentEndOfMonth = v.PaymentEndOfMonth
	d.Overtime, d.Night, d.Weekend = v.Overtime, v.Night, v.Weekend
	d.Notes = v.Notes
	if err := docLines(ctx, idb, &d, "ql.version_id = ?", v.ID); err != nil {
		return d, err
	}
	d.DepositAmount = d.DepositPercent.Of(d.Totals.HT)
	return d, nil
}

// AmendmentDocument is Document for an amendment: Reference is
// "D-2026-00012-A1" (empty before its first send), Amends the version it
// amends ("D-2026-00012 v1"); the payment terms and the price list for
// extra sessions are that version's, and an amendment asks no deposit.
func (s *Service) AmendmentDocument(ctx context.Context, idb bun.IDB, amendmentID uuid.UUID) (quotedoc.Document, error) {
	am := new(db.Amendment)
	if err := idb.NewSelect().Model(am).ExcludeColumn("document").Where("am.id = ?", amendmentID).Scan(ctx); err != nil {
		return quotedoc.Document{}, apperr.Missing(err, "avenant")
	}
	v := new(db.QuoteVersion)
	if err := idb.NewSelect().Model(v).ExcludeColumn("document").Where("qv.id = ?", am.QuoteVersionID).Scan(ctx); err != nil {
		return quotedoc.Document{}, err
	}
	q := new(db.Quote)
	if err := idb.NewSelect().Model(q).Where("q.id = ?", am.QuoteID).Scan(ctx); err != nil {
		return quotedoc.Document{}, err
	}
	d, err := docCommon(ctx, idb, am.OrganisationID, am.ClientID, am.ProductionID)
	if err != nil {
		return d, err
	}
	d.Amends = docVersionReference(q, v.Version)
	if q.Number != nil && am.Number != nil {
		d.Reference = numbering.Format(numbering.Quote, *q.Year, *q.Number) + "-A" + strconv.Itoa(*am.Number)
	}
	d.Title = am.Title
	d.IssueDate = docIssueDate(am.IssueDate)
	d.ValidUntil = am.ValidUntil
	d.PurchaseOrder = v.PurchaseOrder
	d.PaymentDays = v.PaymentDays
	d.PaymentEndOfMonth = v.PaymentEndOfMonth
	d.Overtime, d.Night, d.Weekend = v.Overtime, v.Night, v.Weekend
	d.Notes = am.Notes
	if err := docLines(ctx, idb, &d, "ql.amendment_id = ?", am.ID); err != nil {
		return d, err
	}
	return d, nil
}

// docVersionReference is "D-2026-00012 v2", or "" before the first send.
func docVersionReference(q *db.Quote, version int) string {
	if q.Number == nil || q.Year == nil {
		return ""
	}
	return numbering.Format(numbering.Quote, *q.Year, *q.Number) + " v" + strconv.Itoa(version)
}

func docIssueDate(d *dates.Date) dates.Date {
	if d != nil {
		return *d
	}
	return dates.Today()
}

// docCommon reads the issuer, the client and the production.
func docCommon(ctx context.Context, idb bun.IDB, orgID, clientID, productionID uuid.UUID) (quotedoc.Document, error) {
	var d quotedoc.Document
	var org db.Organisation
	if err := idb.NewSelect().Model(&org).Where("id = ?", orgID).Scan(ctx); err != nil {
		return d, err
	}
	var client db.Client
	if err := idb.NewSelect().Model(&client).Where("id = ? AND organisation_id = ?", clientID, orgID).Scan(ctx); err != nil {
		return d, err
	}
	var prod db.Production
	if err := idb.NewSelect().Model(&prod).Column("id", "title").Where("id = ? AND organisation_id = ?", productionID, orgID).Scan(ctx); err != nil {
		return d, err
	}
	d.Seller = documents.Organisation{Name: org.Name, LegalName: org.LegalName, Address: org.Address, Siret: org.Siret, VatNumber: org.VatNumber}
	d.Client = quotedoc.Party{Name: client.Name, LegalName: client.LegalName, Address: client.Address, Siret: client.Siret, VatNumber: client.VatNumber}
	d.Production = prod.Title
	return d, nil
}

// docStage is where a line's department puts it on the document: picture,
// then sound, then the rest (lines without an operation last).
var docStage = map[db.Department]struct {
	order int
	label string
}{
	db.DepartmentImage: {0, "Image"},
	db.DepartmentSound: {1, "Son"},
	db.DepartmentOther: {2, "Autres prestations"},
}

// docLines reads the lines in their order, labels them, groups them by
// stage (stable within a stage) and totals them.
func docLines(ctx context.Context, idb bun.IDB, d *quotedoc.Document, where string, id uuid.UUID) error {
	var rows []struct {
		db.QuoteLine `bun:",extend"`
		OpLabel      *string
		OpDepartment *db.Department
		EpNumber     *int
		EpTitle      *string
	}
	err := idb.NewSelect().Model(&rows).ModelTableExpr("quote_lines AS ql").
		ColumnExpr("ql.*, op.label_fr AS op_label, op.department AS op_department, ep.number AS ep_number, ep.title AS ep_title").
		Join("LEFT JOIN operations op ON op.id = ql.operation_id").
		Join("LEFT JOIN episodes ep ON ep.id = ql.episode_id").
		Where(where, id).Order("ql.position", "ql.id").Scan(ctx)
	if err != nil {
		return err
	}
	type placed struct {
		order int
		line  quotedoc.Line
	}
	lines := make([]placed, 0, len(rows))
	priced := make([]pricing.Line, 0, len(rows))
	for _, r := range rows {
		l := quotedoc.Line{
			Stage: docStage[db.DepartmentOther].label, Kind: r.Kind, Description: r.Description,
			Quantity: r.Quantity, Unit: r.Unit, HoursPerDay: r.HoursPerDay, UnitPrice: r.UnitPrice,
			DiscountPercent: r.DiscountRate, DiscountAmount: r.DiscountAmount, VatRate: r.VatRate,
		}
		order := len(docStage)
		if r.OpLabel != nil {
			l.Operation = *r.OpLabel
		}
		if r.OpDepartment != nil {
			st := docStage[*r.OpDepartment]
			l.Stage, order = st.label, st.order
		}
		if r.EpNumber != nil {
			l.Episode = "Épisode " + strconv.Itoa(*r.EpNumber)
			if r.EpTitle != nil && *r.EpTitle != "" {
				l.Episode += " — " + *r.EpTitle
			}
		}
		p := pricing.Line{Quantity: r.Quantity, UnitPrice: r.UnitPrice, DiscountPercent: r.DiscountRate, DiscountAmount: r.DiscountAmount, VatRate: r.VatRate}
		l.Net = p.Net()
		priced = append(priced, p)
		lines = append(lines, placed{order, l})
	}
	slices.SortStableFunc(lines, func(a, b placed) int { return a.order - b.order })
	d.Lines = make([]quotedoc.Line, len(lines))
	for i, p := range lines {
		d.Lines[i] = p.line
	}
	d.Totals = pricing.Sum(priced)
	return nil
}

// VersionPDF is the PDF of a quote version for the document route: a sent
// version's frozen document, byte for byte (what was accepted is what is
// served), or, for a draft, a preview made now and marked as such (only the
// staff see drafts). Technicians and rights holders are FORBIDDEN; a
// version the caller may not see (another organisation, another client, a
// producer asking for a draft) is NOT_FOUND.
func (s *Service) VersionPDF(ctx context.Context, versionID uuid.UUID) ([]byte, error) {
	p, err := auth.Authorize(ctx, CanReadQuotes)
	if err != nil {
		return nil, err
	}
	v := new(db.QuoteVersion)
	err = VisibleVersions(s.DB.NewSelect().Model(v).Column("id", "status", "document"), p).Where("qv.id = ?", versionID).Scan(ctx)
	if err != nil {
		return nil, apperr.Missing(err, "devis")
	}
	if v.Status != db.QuoteDraft {
		return docFrozen(v.Document, "devis")
	}
	d, err := s.Document(ctx, s.DB, v.ID)
	if err != nil {
		return nil, err
	}
	d.Draft = true
	return quotedoc.Render(d)
}

// AmendmentPDF is VersionPDF for an amendment.
func (s *Service) AmendmentPDF(ctx context.Context, amendmentID uuid.UUID) ([]byte, error) {
	p, err := auth.Authorize(ctx, CanReadQuotes)
	if err != nil {
		return nil, err
	}
	am := new(db.Amendment)
	err = VisibleAmendments(s.DB.NewSelect().Model(am).Column("id", "status", "document"), p).Where("am.id = ?", amendmentID).Scan(ctx)
	if err != nil {
		return nil, apperr.Missing(err, "avenant")
	}
	if am.Status != db.QuoteDraft {
		return docFrozen(am.Document, "avenant")
	}
	d, err := s.AmendmentDocument(ctx, s.DB, am.ID)
	if err != nil {
		return nil, err
	}
	d.Draft = true
	return quotedoc.Render(d)
}

// docFrozen is a sent document as stored; a sent row always has one (its
// SHA-256 is required), so a missing one is a fault, not the caller's.
func docFrozen(doc []byte, what string) ([]byte, error) {
	if len(doc) == 0 {
		return nil, fmt.Errorf("the sent %s has no stored document", what)
	}
	return doc, nil
}
