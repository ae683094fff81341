package quotes

// Lines of a quote version or an amendment: checked as typed, priced by the
// pricing kernel, and written whole (a draft's lines are replaced, never
// patched), with the parent's totals kept beside them.

import (
	"context"
	"fmt"
	"slices"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/kernel/apperr"
	"github.com/postprod/postprod/internal/kernel/money"
	"github.com/postprod/postprod/internal/kernel/pricing"
	"github.com/postprod/postprod/internal/kernel/validate"
)

// MaxLines bounds a document: a quote of a series stays well under it.
const MaxLines = 500

// VatRates are the French VAT rates a line may carry (0 for export or
// reverse charge).
var VatRates = []money.Rate{2000, 1000, 550, 210, 0}

// timeKinds sell time: they are counted in days, half days or hours.
var timeKinds = []db.QuoteLineKind{db.LineRoom, db.LineTechnician, db.LineRoomWithOperator}

var timeUnits = []db.QuoteUnit{db.QuoteUnitDay, db.QuoteUnitHalfDay, db.QuoteUnitHour}

// Parent is the row lines belong to: a quote version or an amendment,
// exactly one of the two.
type Parent struct {
	VersionID   *uuid.UUID
	AmendmentID *uuid.UUID
}

// VersionParent and AmendmentParent name a parent.
func VersionParent(id uuid.UUID) Parent   { return Parent{VersionID: &id} }
func AmendmentParent(id uuid.UUID) Parent { return Parent{AmendmentID: &id} }

// PricingLine is what the pricing kernel needs of a stored line.
func PricingLine(l *db.QuoteLine) pricing.Line {
	return pricing.Line{Quantity: l.Quantity, UnitPrice: l.UnitPrice, DiscountPercent: l.DiscountRate,
		DiscountAmount: l.DiscountAmount, VatRate: l.VatRate}
}

// Totals are the totals of lines, the one way (pricing.Sum).
func Totals(lines []*db.QuoteLine) pricing.Totals {
	pl := make([]pricing.Line, len(lines))
	for i, l := range lines {
		pl[i] = PricingLine(l)
	}
	return pricing.Sum(pl)
}

func lineErr(i int, field, fr, en string) error {
	return apperr.Invalid(fmt.Sprintf("lines.%d.%s", i, field), fr, en)
}

// BuildLines checks lines as typed for a document of productionID in org
// and returns them priced (Net set), positioned in input order, keyed
// (line_key kept from Key, new otherwise), with neither parent set:
// WriteLines attaches them. Field errors are "lines.N.field". The catalogue
// and the episodes are read in at most two statements.
func BuildLines(ctx context.Context, idb bun.IDB, org, productionID uuid.UUID, in []*LineInput) ([]*db.QuoteLine, error) {
	if len(in) > MaxLines {
		return nil, apperr.Invalid("lines", fmt.Sprintf("%d lignes au plus.", MaxLines), fmt.Sprintf("At most %d lines.", MaxLines))
	}
	out := make([]*db.QuoteLine, 0, len(in))
	keys := map[uuid.UUID]bool{}
	var ops, eps []uuid.UUID
	for i, li := range in {
		if li == nil {
			return nil, lineErr(i, "kind", "Ligne vide.", "Empty line.")
		}
		l, err := buildLine(i, org, li)
		if err != nil {
			return nil, err
		}
		if keys[l.LineKey] {
			return nil, lineErr(i, "key", "Cette ligne figure deux fois.", "This line appears twice.")
		}
		keys[l.LineKey] = true
		if l.OperationID != nil {
			ops = append(ops, *l.OperationID)
		}
		if l.EpisodeID != nil {
			eps = append(eps, *l.EpisodeID)
		}
		out = append(out, l)
	}
	if err := checkRefs(ctx, idb, org, productionID, out, ops, eps); err != nil {
		return nil, err
	}
	return out, nil
}

func buildLine(i int, org uuid.UUID, li *LineInput) (*db.QuoteLine, error) {
	if !li.Kind.Valid() {
		return nil, lineErr(i, "kind", "Type de ligne inconnu.", "Unknown line kind.")
	}
	if !li.Unit.Valid() {
		return nil, lineErr(i, "unit", "Unité inconnue.", "Unknown unit.")
	}
	if slices.Contains(timeKinds, li.Kind) && !slices.Contains(timeUnits, li.Unit) {
		return nil, lineErr(i, "unit", "Une salle ou un technicien se compte en jours, demi-journées ou heures.",
			"A room or a technician is counted in days, half days or hours.")
	}
	if li.Quantity <= 0 {
		return nil, lineErr(i, "quantity", "La quantité doit être supérieure à zéro.", "The quantity must be greater than zero.")
	}
	if li.UnitPrice < 0 {
		return nil, lineErr(i, "unitPrice", "Le prix unitaire ne peut pas être négatif.", "The unit price cannot be negative.")
	}
	hours := 8
	if li.HoursPerDay != nil {
		hours = *li.HoursPerDay
	}
	if hours < 1 || hours > 24 {
		return nil, lineErr(i, "hoursPerDay", "Une journée compte de 1 à 24 heures.", "A day has 1 to 24 hours.")
	}
	if !slices.Contains(VatRates, li.VatRate) {
		return nil, lineErr(i, "vatRate", "Taux de TVA attendu : 20, 10, 5,5, 2,1 ou 0 %.", "VAT rate expected: 20, 10, 5.5, 2.1 or 0%.")
	}
	desc, err := validate.Optional(fmt.Sprintf("lines.%d.description", i), validate.Str(li.Description), 1000)
	if err != nil {
		return nil, err
	}
	l := &db.QuoteLine{OrganisationID: org, Position: i, LineKey: uuid.New(), OperationID: li.OperationID, EpisodeID: li.EpisodeID,
		Kind: li.Kind, Description: desc, Quantity: li.Quantity, Unit: li.Unit, HoursPerDay: hours, UnitPrice: li.UnitPrice, VatRate: li.VatRate}
	if li.Key != nil {
		l.LineKey = *li.Key
	}
	switch {
	case li.DiscountPercent != nil && li.DiscountAmount != nil:
		return nil, lineErr(i, "discountAmount", "Une seule remise par ligne : en pourcentage ou en montant.",
			"One discount per line: a percentage or an amount.")
	case li.DiscountPercent != nil:
		if *li.DiscountPercent < 0 || *li.DiscountPercent > 10000 {
			return nil, lineErr(i, "discountPercent", "La remise est comprise entre 0 et 100 %.", "The discount is between 0 and 100%.")
		}
		d := *li.DiscountPercent
		l.DiscountRate = &d
	case li.DiscountAmount != nil:
		d := *li.DiscountAmount
		if d < 0 {
			return nil, lineErr(i, "discountAmount", "La remise ne peut pas être négative.", "The discount cannot be negative.")
		}
		if d > li.Quantity.Times(li.UnitPrice) {
			return nil, lineErr(i, "discountAmount", "La remise dépasse le montant de la ligne.", "The discount exceeds the line's amount.")
		}
		l.DiscountAmount = &d
	}
	l.Net = PricingLine(l).Net()
	return l, nil
}

// checkRefs refuses an operation outside the organisation's catalogue (its
// own and the shared one) and an episode of another production.
func checkRefs(ctx context.Context, idb bun.IDB, org, productionID uuid.UUID, lines []*db.QuoteLine, ops, eps []uuid.UUID) error {
	if len(ops) > 0 {
		var known []uuid.UUID
		if err := idb.NewSelect().Model((*db.Operation)(nil)).Column("id").
			Where("id IN (?) AND (organisation_id IS NULL OR organisation_id = ?)", bun.In(ops), org).Scan(ctx, &known); err != nil {
			return err
		}
		for i, l := range lines {
			if l.OperationID != nil && !slices.Contains(known, *l.OperationID) {
				return lineErr(i, "operationId", "Opération inconnue du catalogue.", "Operation not in the catalogue.")
			}
		}
	}
	if len(eps) > 0 {
		var known []uuid.UUID
		if err := idb.NewSelect().Model((*db.Episode)(nil)).Column("id").
			Where("id IN (?) AND organisation_id = ? AND production_id = ?", bun.In(eps), org, productionID).Scan(ctx, &known); err != nil {
			return err
		}
		for i, l := range lines {
			if l.EpisodeID != nil && !slices.Contains(known, *l.EpisodeID) {
				return lineErr(i, "episodeId", "Cet épisode n'appartient pas à la production.", "This episode is not part of the production.")
			}
		}
	}
	return nil
}

// WriteLines replaces the lines of a DRAFT parent with lines (from
// BuildLines or copied from another document: ids are renewed, positions
// follow the slice) and stores the parent's totals; it returns them. The
// parent must be locked or just created by the caller's transaction; a
// sent parent is refused by the database (CONFLICT, see Immutable).
func WriteLines(ctx context.Context, tx bun.IDB, p Parent, lines []*db.QuoteLine) (pricing.Totals, error) {
	if (p.VersionID == nil) == (p.AmendmentID == nil) {
		return pricing.Totals{}, fmt.Errorf("quotes: lines written without exactly one parent")
	}
	table, id := "quote_versions", p.VersionID
	del := tx.NewDelete().Model((*db.QuoteLine)(nil))
	if p.AmendmentID != nil {
		table, id = "amendments", p.AmendmentID
		del = del.Where("amendment_id = ?", *id)
	} else {
		del = del.Where("version_id = ?", *id)
	}
	if _, err := del.Exec(ctx); err != nil {
		return pricing.Totals{}, Immutable(err)
	}
	for i, l := range lines {
		l.ID = uuid.New()
		l.Position = i
		l.VersionID, l.AmendmentID = p.VersionID, p.AmendmentID
		l.Net = PricingLine(l).Net()
	}
	if len(lines) > 0 {
		if _, err := tx.NewInsert().Model(&lines).Exec(ctx); err != nil {
			return pricing.Totals{}, Immutable(err)
		}
	}
	t := Totals(lines)
	if _, err := tx.NewUpdate().Table(table).
		Set("total_ht_cents = ?, total_vat_cents = ?, total_ttc_cents = ?, updated_at = now()", t.HT, t.VAT, t.TTC).
		Where("id = ?", *id).Exec(ctx); err != nil {
		return pricing.Totals{}, Immutable(err)
	}
	return t, nil
}

// CopyLines copies stored lines (keeping their line_key) for another
// parent: WriteLines then attaches them.
func CopyLines(lines []*db.QuoteLine) []*db.QuoteLine {
	out := make([]*db.QuoteLine, len(lines))
	for i, l := range lines {
		c := *l
		c.VersionID, c.AmendmentID = nil, nil
		out[i] = &c
	}
	return out
}

// LinesOf reads the lines of parents (versions or amendments), in order.
func LinesOf(ctx context.Context, idb bun.IDB, org uuid.UUID, p Parent) ([]*db.QuoteLine, error) {
	var out []*db.QuoteLine
	q := idb.NewSelect().Model(&out).Where("organisation_id = ?", org).Order("position")
	if p.AmendmentID != nil {
		q = q.Where("amendment_id = ?", *p.AmendmentID)
	} else {
		q = q.Where("version_id = ?", *p.VersionID)
	}
	return out, q.Scan(ctx)
}
