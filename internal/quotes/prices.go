package quotes

// The sale price list: what the organisation sells per operation, room
// kind or function, with effective dates (never its costs). The periods of
// one target never overlap, checked under a lock of that target.

import (
	"context"
	"strings"

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

// SalePrices lists the price list, newest period first per target.
func (s *Service) SalePrices(ctx context.Context, f SalePriceFilter, a page.Args) ([]*db.SalePrice, page.Info, error) {
	p, err := auth.Authorize(ctx, CanReadPrices)
	if err != nil {
		return nil, page.Info{}, err
	}
	q := s.DB.NewSelect().Where("sp.organisation_id = ?", p.OrganisationID)
	if f.Target != nil {
		q = q.Where("sp.target = ?", *f.Target)
	}
	if f.ActiveOn != nil {
		q = q.Where("sp.effective_from <= ? AND (sp.effective_to IS NULL OR sp.effective_to >= ?)", *f.ActiveOn, *f.ActiveOn)
	}
	return page.Fetch[*db.SalePrice](ctx, q.OrderExpr("sp.target, sp.room_kind NULLS FIRST, sp.function NULLS FIRST, sp.operation_id NULLS FIRST, sp.effective_from DESC, sp.id"), a)
}

// CreateSalePrice adds a price to the list.
func (s *Service) CreateSalePrice(ctx context.Context, in SalePriceInput) (*db.SalePrice, error) {
	return service.Do(ctx, s.DB, CanManageQuotes, func(c *service.Call) (*db.SalePrice, error) {
		sp := &db.SalePrice{OrganisationID: c.P.OrganisationID}
		if err := s.savePrice(c, sp, in); err != nil {
			return nil, err
		}
		_, err := c.Tx.NewInsert().Model(sp).Returning("*").Exec(c.Ctx)
		return sp, err
	})
}

// UpdateSalePrice changes a price of the list. Quotes already made keep
// their own prices: a line holds its unit price.
func (s *Service) UpdateSalePrice(ctx context.Context, id uuid.UUID, in SalePriceInput) (*db.SalePrice, error) {
	return service.Do(ctx, s.DB, CanManageQuotes, func(c *service.Call) (*db.SalePrice, error) {
		sp := new(db.SalePrice)
		if err := c.Tx.NewSelect().Model(sp).Where("id = ? AND organisation_id = ?", id, c.P.OrganisationID).For("UPDATE").Scan(c.Ctx); err != nil {
			return nil, apperr.Missing(err, "prix")
		}
		if err := s.savePrice(c, sp, in); err != nil {
			return nil, err
		}
		_, err := c.Tx.NewUpdate().Model(sp).ExcludeColumn("id", "organisation_id", "created_at").Set("updated_at = now()").WherePK().Returning("*").Exec(c.Ctx)
		return sp, err
	})
}

// DeleteSalePrice removes a price from the list.
func (s *Service) DeleteSalePrice(ctx context.Context, id uuid.UUID) (bool, error) {
	return service.Do(ctx, s.DB, CanManageQuotes, func(c *service.Call) (bool, error) {
		res, err := c.Tx.NewDelete().Model((*db.SalePrice)(nil)).Where("id = ? AND organisation_id = ?", id, c.P.OrganisationID).Exec(c.Ctx)
		if err != nil {
			return false, err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return false, apperr.NotFoundErr("prix")
		}
		return true, nil
	})
}

// savePrice checks in, sets it on sp, and refuses a period that overlaps
// another of the same target (under a lock of that target, so that two
// concurrent saves cannot both pass).
func (s *Service) savePrice(c *service.Call, sp *db.SalePrice, in SalePriceInput) error {
	if !in.Target.Valid() {
		return apperr.Invalid("target", "Cible inconnue.", "Unknown target.")
	}
	sp.Target, sp.OperationID, sp.RoomKind, sp.Function = in.Target, nil, nil, nil
	switch in.Target {
	case db.PriceOperation:
		if in.OperationID == nil {
			return apperr.Invalid("operationId", "Choisissez l'opération.", "Choose the operation.")
		}
		ok, err := c.Tx.NewSelect().Model((*db.Operation)(nil)).Where("id = ? AND (organisation_id IS NULL OR organisation_id = ?)", *in.OperationID, c.P.OrganisationID).Exists(c.Ctx)
		if err != nil || !ok {
			return apperr.Or(err, apperr.Invalid("operationId", "Opération inconnue du catalogue.", "Operation not in the catalogue."))
		}
		sp.OperationID = in.OperationID
	case db.PriceRoomKind:
		if in.RoomKind == nil || !in.RoomKind.Valid() {
			return apperr.Invalid("roomKind", "Choisissez le type de salle.", "Choose the room kind.")
		}
		sp.RoomKind = in.RoomKind
	case db.PriceFunction:
		f, err := validate.Required("function", validate.Str(in.Function), 100)
		if err != nil {
			return err
		}
		sp.Function = &f
	}
	if !in.Unit.Valid() {
		return apperr.Invalid("unit", "Unité inconnue.", "Unknown unit.")
	}
	sp.Unit, sp.HoursPerDay = in.Unit, 8
	if in.HoursPerDay != nil {
		sp.HoursPerDay = *in.HoursPerDay
	}
	if sp.HoursPerDay < 1 || sp.HoursPerDay > 24 {
		return apperr.Invalid("hoursPerDay", "Une journée compte de 1 à 24 heures.", "A day has 1 to 24 hours.")
	}
	if err := validate.NonNegative("unitPrice", in.UnitPrice); err != nil {
		return err
	}
	if in.EffectiveTo != nil && in.EffectiveTo.Before(in.EffectiveFrom) {
		return apperr.Invalid("effectiveTo", "La fin précède le début.", "The end is before the start.")
	}
	sp.UnitPrice, sp.EffectiveFrom, sp.EffectiveTo = in.UnitPrice, in.EffectiveFrom, in.EffectiveTo
	key := sp.OrganisationID.String() + string(sp.Target)
	q := c.Tx.NewSelect().Model((*db.SalePrice)(nil)).Where("organisation_id = ? AND target = ?", sp.OrganisationID, sp.Target)
	switch {
	case sp.OperationID != nil:
		key += sp.OperationID.String()
		q = q.Where("operation_id = ?", *sp.OperationID)
	case sp.RoomKind != nil:
		key += string(*sp.RoomKind)
		q = q.Where("room_kind = ?", *sp.RoomKind)
	default:
		key += *sp.Function
		q = q.Where("lower(function) = lower(?)", *sp.Function)
	}
	if _, err := c.Tx.ExecContext(c.Ctx, "SELECT pg_advisory_xact_lock(hashtextextended(?, 14))", key); err != nil {
		return err
	}
	if sp.ID != uuid.Nil {
		q = q.Where("id <> ?", sp.ID)
	}
	far := dates.Date{Year: 9999, Month: 12, Day: 31}
	to := far
	if sp.EffectiveTo != nil {
		to = *sp.EffectiveTo
	}
	overlap, err := q.Where("effective_from <= ? AND coalesce(effective_to, ?) >= ?", to, far, sp.EffectiveFrom).Exists(c.Ctx)
	if err != nil {
		return err
	}
	if overlap {
		return apperr.Invalid("effectiveFrom", "Un autre prix de la même cible couvre déjà une partie de cette période.",
			"Another price of the same target already covers part of this period.")
	}
	return nil
}

// priceList is the organisation's prices in force on one day, by target.
type priceList struct {
	byOperation map[uuid.UUID]*db.SalePrice
	byRoomKind  map[db.RoomKind]*db.SalePrice
	byFunction  map[string]*db.SalePrice // lower case
}

// pricesOn reads the prices in force on day (latest effective_from first,
// so the first of a target wins).
func pricesOn(ctx context.Context, idb bun.IDB, org uuid.UUID, day dates.Date) (*priceList, error) {
	var rows []*db.SalePrice
	if err := idb.NewSelect().Model(&rows).Where("organisation_id = ? AND effective_from <= ? AND (effective_to IS NULL OR effective_to >= ?)", org, day, day).
		Order("effective_from DESC", "id").Scan(ctx); err != nil {
		return nil, err
	}
	l := &priceList{byOperation: map[uuid.UUID]*db.SalePrice{}, byRoomKind: map[db.RoomKind]*db.SalePrice{}, byFunction: map[string]*db.SalePrice{}}
	for _, r := range rows {
		switch {
		case r.OperationID != nil && l.byOperation[*r.OperationID] == nil:
			l.byOperation[*r.OperationID] = r
		case r.RoomKind != nil && l.byRoomKind[*r.RoomKind] == nil:
			l.byRoomKind[*r.RoomKind] = r
		case r.Function != nil && l.byFunction[strings.ToLower(*r.Function)] == nil:
			l.byFunction[strings.ToLower(*r.Function)] = r
		}
	}
	return l, nil
}
