package quotes

// Quote templates: an organisation's reusable lines, saved from a quote and
// copied into a new one (createQuote's templateId).

import (
	"context"
	"strings"

	"github.com/google/uuid"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/auth"
	"github.com/postprod/postprod/internal/kernel/apperr"
	"github.com/postprod/postprod/internal/kernel/page"
	"github.com/postprod/postprod/internal/kernel/validate"
	"github.com/postprod/postprod/internal/platform/service"
)

// Templates lists the organisation's templates by name.
func (s *Service) Templates(ctx context.Context, a page.Args) ([]*db.QuoteTemplate, page.Info, error) {
	p, err := auth.Authorize(ctx, CanReadPrices)
	if err != nil {
		return nil, page.Info{}, err
	}
	return page.Fetch[*db.QuoteTemplate](ctx, s.DB.NewSelect().Where("qt.organisation_id = ?", p.OrganisationID).OrderExpr("lower(qt.name), qt.id"), a)
}

// SaveTemplate keeps the lines of a version as a template named name
// (replacing the lines of a template of that name). Episodes and tasks
// belong to one production: they are not kept.
func (s *Service) SaveTemplate(ctx context.Context, versionID uuid.UUID, name string) (*db.QuoteTemplate, error) {
	return service.Do(ctx, s.DB, CanManageQuotes, func(c *service.Call) (*db.QuoteTemplate, error) {
		n, err := validate.Required("name", name, 200)
		if err != nil {
			return nil, err
		}
		v, err := version(c.Ctx, c.Tx, c.P, versionID)
		if err != nil {
			return nil, err
		}
		lines, err := LinesOf(c.Ctx, c.Tx, c.P.OrganisationID, VersionParent(v.ID))
		if err != nil {
			return nil, err
		}
		t := &db.QuoteTemplate{OrganisationID: c.P.OrganisationID, Name: n, Lines: make([]db.TemplateLine, len(lines))}
		for i, l := range lines {
			t.Lines[i] = db.TemplateLine{Kind: l.Kind, OperationID: l.OperationID, Description: l.Description, Quantity: l.Quantity, Unit: l.Unit,
				HoursPerDay: l.HoursPerDay, UnitPrice: l.UnitPrice, DiscountRate: l.DiscountRate, DiscountAmount: l.DiscountAmount, VatRate: l.VatRate}
		}
		_, err = c.Tx.NewInsert().Model(t).On("CONFLICT (organisation_id, lower(name)) DO UPDATE").
			Set("name = EXCLUDED.name, lines = EXCLUDED.lines").Returning("*").Exec(c.Ctx)
		return t, err
	})
}

// DeleteTemplate removes a template; quotes made from it keep their lines.
func (s *Service) DeleteTemplate(ctx context.Context, id uuid.UUID) (bool, error) {
	return service.Do(ctx, s.DB, CanManageQuotes, func(c *service.Call) (bool, error) {
		res, err := c.Tx.NewDelete().Model((*db.QuoteTemplate)(nil)).Where("id = ? AND organisation_id = ?", id, c.P.OrganisationID).Exec(c.Ctx)
		if err != nil {
			return false, err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return false, apperr.NotFoundErr("modèle de devis")
		}
		return true, nil
	})
}

// TemplateLines are a template's lines shown as quote lines: priced, with
// stable ids derived from the template's.
func TemplateLines(t *db.QuoteTemplate) []*db.QuoteLine {
	out := make([]*db.QuoteLine, len(t.Lines))
	for i, l := range t.Lines {
		id := uuid.NewSHA1(t.ID, []byte{byte(i >> 8), byte(i)})
		ql := &db.QuoteLine{ID: id, OrganisationID: t.OrganisationID, Position: i, LineKey: id, OperationID: l.OperationID, Kind: l.Kind,
			Description: strings.Clone(l.Description), Quantity: l.Quantity, Unit: l.Unit, HoursPerDay: l.HoursPerDay, UnitPrice: l.UnitPrice,
			DiscountRate: l.DiscountRate, DiscountAmount: l.DiscountAmount, VatRate: l.VatRate}
		ql.Net = PricingLine(ql).Net()
		out[i] = ql
	}
	return out
}
