package quotes

// What the PDF of a quote version shows, gathered from the organisation,
// the client, the production and the lines (quotedoc lays it out).

import (
	"context"
	"fmt"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/platform/documents"
	"github.com/postprod/postprod/internal/quotes/quotedoc"
)

var departmentLabels = map[db.Department]string{db.DepartmentImage: "Image", db.DepartmentSound: "Son", db.DepartmentOther: "Autre"}

// Seller is the organisation's legal block.
func Seller(ctx context.Context, idb bun.IDB, org uuid.UUID) (documents.Organisation, error) {
	o := new(db.Organisation)
	if err := idb.NewSelect().Model(o).Where("id = ?", org).Scan(ctx); err != nil {
		return documents.Organisation{}, err
	}
	return documents.Organisation{Name: o.Name, LegalName: o.LegalName, Address: o.Address, Siret: o.Siret, VatNumber: o.VatNumber}, nil
}

// Party is the client as the document addresses it.
func Party(c *db.Client) quotedoc.Party {
	return quotedoc.Party{Name: c.Name, LegalName: c.LegalName, Address: c.Address, Siret: c.Siret, VatNumber: c.VatNumber}
}

// DocLines are lines as printed: the operation's French label and its
// department (the stage), the episode. Two statements whatever the number
// of lines.
func DocLines(ctx context.Context, idb bun.IDB, org uuid.UUID, lines []*db.QuoteLine) ([]quotedoc.Line, error) {
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
		if err := idb.NewSelect().Model(&rows).Where("id IN (?) AND (organisation_id IS NULL OR organisation_id = ?)", bun.In(opIDs), org).Scan(ctx); err != nil {
			return nil, err
		}
		for _, o := range rows {
			ops[o.ID] = o
		}
	}
	eps := map[uuid.UUID]*db.Episode{}
	if len(epIDs) > 0 {
		var rows []*db.Episode
		if err := idb.NewSelect().Model(&rows).Where("id IN (?) AND organisation_id = ?", bun.In(epIDs), org).Scan(ctx); err != nil {
			return nil, err
		}
		for _, e := range rows {
			eps[e.ID] = e
		}
	}
	out := make([]quotedoc.Line, len(lines))
	for i, l := range lines {
		d := quotedoc.Line{Stage: departmentLabels[db.DepartmentOther], Description: l.Description, Kind: l.Kind, Quantity: l.Quantity, Unit: l.Unit,
			HoursPerDay: l.HoursPerDay, UnitPrice: l.UnitPrice, DiscountPercent: l.DiscountRate, DiscountAmount: l.DiscountAmount, VatRate: l.VatRate, Net: l.Net}
		if l.OperationID != nil {
			if o, ok := ops[*l.OperationID]; ok {
				d.Operation, d.Stage = o.LabelFr, departmentLabels[o.Department]
			}
		}
		if l.EpisodeID != nil {
			if e, ok := eps[*l.EpisodeID]; ok {
				d.Episode = fmt.Sprintf("Épisode %d", e.Number)
				if e.Title != "" {
					d.Episode += " — " + e.Title
				}
			}
		}
		out[i] = d
	}
	return out, nil
}

// Document is the whole content of a version's PDF: sent (q numbered) or
// a draft preview.
func Document(ctx context.Context, idb bun.IDB, v *db.QuoteVersion, q *db.Quote, lines []*db.QuoteLine) (quotedoc.Document, error) {
	seller, err := Seller(ctx, idb, v.OrganisationID)
	if err != nil {
		return quotedoc.Document{}, err
	}
	client := new(db.Client)
	if err := idb.NewSelect().Model(client).Where("id = ? AND organisation_id = ?", v.ClientID, v.OrganisationID).Scan(ctx); err != nil {
		return quotedoc.Document{}, err
	}
	var production string
	if err := idb.NewSelect().Model((*db.Production)(nil)).Column("title").Where("id = ?", v.ProductionID).Scan(ctx, &production); err != nil {
		return quotedoc.Document{}, err
	}
	dl, err := DocLines(ctx, idb, v.OrganisationID, lines)
	if err != nil {
		return quotedoc.Document{}, err
	}
	t := Totals(lines)
	d := quotedoc.Document{Draft: v.Status == db.QuoteDraft, Title: v.Title, Production: production, ValidUntil: v.ValidUntil,
		Seller: seller, Client: Party(client), PurchaseOrder: v.PurchaseOrder, SpecRuntimeMinutes: v.SpecRuntimeMinutes,
		SpecEpisodes: v.SpecEpisodes, SpecDeliverables: v.SpecDeliverables, Lines: dl, Totals: t, DepositPercent: v.Deposit,
		DepositAmount: v.Deposit.Of(t.HT), PaymentDays: v.PaymentDays, PaymentEndOfMonth: v.PaymentEndOfMonth,
		Overtime: v.Overtime, Night: v.Night, Weekend: v.Weekend, Notes: v.Notes}
	if r := Reference(q.Year, q.Number, v.Version); r != nil && !d.Draft {
		d.Reference = *r
	}
	if v.IssueDate != nil {
		d.IssueDate = *v.IssueDate
	}
	return d, nil
}
