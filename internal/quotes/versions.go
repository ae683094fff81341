package quotes

// A quote's versions: made (empty, from a template, from the plan), edited
// while DRAFT, discarded, and revised into version n+1. Sending and
// answering are in send.go.

import (
	"context"
	"strings"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/auth"
	"github.com/postprod/postprod/internal/kernel/apperr"
	"github.com/postprod/postprod/internal/kernel/dates"
	"github.com/postprod/postprod/internal/kernel/money"
	"github.com/postprod/postprod/internal/kernel/validate"
	"github.com/postprod/postprod/internal/platform/service"
	"github.com/postprod/postprod/internal/productions"
)

// DefaultValidityDays: a new quote is valid for a month unless told.
const DefaultValidityDays = 30

// The live events of quotes (quoteEvents). Their payload carries quoteId,
// version and status (a producer never hears a DRAFT's).
const (
	EventCreated   = "quote.created"
	EventUpdated   = "quote.updated"
	EventSent      = "quote.sent"
	EventAccepted  = "quote.accepted"
	EventRefused   = "quote.refused"
	EventRevised   = "quote.revised"
	EventDiscarded = "quote.discarded"
)

func emit(c *service.Call, v *db.QuoteVersion, kind string) error {
	return c.Emit(&v.ProductionID, kind, &v.ID, map[string]any{"quoteId": v.QuoteID.String(), "version": v.Version, "status": string(v.Status)})
}

// Get returns a version the caller may see; any other id is NOT_FOUND.
func (s *Service) Get(ctx context.Context, id uuid.UUID) (*db.QuoteVersion, error) {
	p, err := auth.Require(ctx)
	if err != nil {
		return nil, err
	}
	return version(ctx, s.DB, p, id)
}

// version reads a version the caller may see, without its PDF. Technicians
// and holders see none.
func version(ctx context.Context, idb bun.IDB, p *auth.Principal, id uuid.UUID) (*db.QuoteVersion, error) {
	if !CanReadQuotes(p) {
		return nil, apperr.NotFoundErr("devis")
	}
	v := new(db.QuoteVersion)
	err := VisibleVersions(idb.NewSelect().Model(v).ExcludeColumn("document"), p).Where("qv.id = ?", id).Scan(ctx)
	return v, apperr.Missing(err, "devis")
}

// lock reads a version the caller may see and locks its quote, so that
// sends, revisions and answers of one quote queue; the version is read
// again once the lock is held.
func lock(c *service.Call, id uuid.UUID) (*db.QuoteVersion, *db.Quote, error) {
	v, err := version(c.Ctx, c.Tx, c.P, id)
	if err != nil {
		return nil, nil, err
	}
	q := new(db.Quote)
	if err := c.Tx.NewSelect().Model(q).Where("id = ?", v.QuoteID).For("UPDATE").Scan(c.Ctx); err != nil {
		return nil, nil, err
	}
	v, err = version(c.Ctx, c.Tx, c.P, id)
	return v, q, err
}

// Create starts a quote of a production: version 1, DRAFT, empty or with
// the lines of one of the organisation's templates.
func (s *Service) Create(ctx context.Context, in CreateInput) (*db.QuoteVersion, error) {
	return service.Do(ctx, s.DB, CanManageQuotes, func(c *service.Call) (*db.QuoteVersion, error) {
		prod, err := (&productions.Service{DB: s.DB}).GetIn(c.Ctx, c.Tx, in.ProductionID)
		if err != nil {
			return nil, err
		}
		var lines []*LineInput
		if in.TemplateID != nil {
			t := new(db.QuoteTemplate)
			if err := c.Tx.NewSelect().Model(t).Where("id = ? AND organisation_id = ?", *in.TemplateID, c.P.OrganisationID).Scan(c.Ctx); err != nil {
				return nil, apperr.MissingAs(err, apperr.Invalid("templateId", "Modèle de devis inconnu.", "Unknown quote template."))
			}
			lines = templateInputs(t)
		}
		v, err := start(c, prod, in.Title, in.ValidUntil)
		if err != nil {
			return nil, err
		}
		if err := setLines(c, v, lines); err != nil {
			return nil, err
		}
		return v, emit(c, v, EventCreated)
	})
}

// setLines checks and writes the lines of a draft version and keeps its
// totals in v.
func setLines(c *service.Call, v *db.QuoteVersion, in []*LineInput) error {
	lines, err := BuildLines(c.Ctx, c.Tx, c.P.OrganisationID, v.ProductionID, in)
	if err != nil {
		return err
	}
	return writeLines(c, v, lines)
}

func writeLines(c *service.Call, v *db.QuoteVersion, lines []*db.QuoteLine) error {
	t, err := WriteLines(c.Ctx, c.Tx, VersionParent(v.ID), lines)
	v.TotalHT, v.TotalVAT, v.TotalTTC = t.HT, t.VAT, t.TTC
	return err
}

// start writes a new quote and its first version, DRAFT, with the
// production's spec prefilled.
func start(c *service.Call, prod *db.Production, title *string, validUntil *dates.Date) (*db.QuoteVersion, error) {
	t, err := validate.Optional("title", validate.Str(title), 300)
	if err != nil {
		return nil, err
	}
	if t == "" {
		t = prod.Title
	}
	until := dates.Today().AddDays(DefaultValidityDays)
	if validUntil != nil {
		if err := checkValidity(*validUntil); err != nil {
			return nil, err
		}
		until = *validUntil
	}
	q := &db.Quote{OrganisationID: c.P.OrganisationID, ProductionID: prod.ID, CreatedBy: c.P.ActorID()}
	if _, err := c.Tx.NewInsert().Model(q).Returning("id, created_at").Exec(c.Ctx); err != nil {
		return nil, err
	}
	v := &db.QuoteVersion{OrganisationID: c.P.OrganisationID, QuoteID: q.ID, ProductionID: prod.ID, ClientID: prod.ClientID, Version: 1,
		Status: db.QuoteDraft, Title: t, ValidUntil: until, SpecRuntimeMinutes: prod.RuntimeMinutes,
		Deposit: 3000, PaymentDays: 30, Overtime: 2500, Night: 5000, Weekend: 10000, CreatedBy: c.P.ActorID()}
	if err := prefillSpec(c.Ctx, c.Tx, v); err != nil {
		return nil, err
	}
	_, err = c.Tx.NewInsert().Model(v).ExcludeColumn("document").Returning("id, created_at, updated_at").Exec(c.Ctx)
	return v, err
}

// prefillSpec copies what the production already knows: its episode count
// and the delivery specs it is delivered to.
func prefillSpec(ctx context.Context, idb bun.IDB, v *db.QuoteVersion) error {
	var spec struct {
		Episodes int
		Names    string
	}
	err := idb.NewSelect().ColumnExpr("(SELECT count(*) FROM episodes e WHERE e.production_id = ?) AS episodes", v.ProductionID).
		ColumnExpr("(SELECT coalesce(string_agg(DISTINCT ds.name, ', '), '') FROM deliveries d JOIN delivery_specs ds ON ds.id = d.spec_id WHERE d.production_id = ?) AS names", v.ProductionID).
		Scan(ctx, &spec)
	if err != nil {
		return err
	}
	if spec.Episodes > 0 {
		v.SpecEpisodes = &spec.Episodes
	}
	v.SpecDeliverables = spec.Names
	return nil
}

func checkValidity(d dates.Date) error {
	if d.Before(dates.Today()) {
		return apperr.Invalid("validUntil", "La date de validité est passée : choisissez aujourd'hui ou une date à venir.",
			"The validity date is past: choose today or a later date.")
	}
	return nil
}

// Update changes a DRAFT version: nil keeps a value; Lines, when given,
// replaces every line.
func (s *Service) Update(ctx context.Context, id uuid.UUID, in Input) (*db.QuoteVersion, error) {
	return service.Do(ctx, s.DB, CanManageQuotes, func(c *service.Call) (*db.QuoteVersion, error) {
		v, _, err := lock(c, id)
		if err != nil {
			return nil, err
		}
		if err := CheckEditable(DocQuote, EffectiveStatus(v.Status, v.ValidUntil)); err != nil {
			return nil, err
		}
		if err := apply(v, in); err != nil {
			return nil, err
		}
		if _, err := c.Tx.NewUpdate().Model(v).Column("title", "valid_until", "purchase_order", "spec_runtime_minutes", "spec_episodes",
			"spec_deliverables", "deposit_bp", "payment_days", "payment_end_of_month", "overtime_bp", "night_bp", "weekend_bp", "notes").
			Set("updated_at = now()").WherePK().Exec(c.Ctx); err != nil {
			return nil, Immutable(err)
		}
		if in.Lines != nil {
			if err := setLines(c, v, in.Lines); err != nil {
				return nil, err
			}
		}
		return v, emit(c, v, EventUpdated)
	})
}

// apply checks an Input and sets it on v.
func apply(v *db.QuoteVersion, in Input) error {
	var err error
	if in.Title != nil {
		if v.Title, err = validate.Required("title", *in.Title, 300); err != nil {
			return err
		}
	}
	if in.ValidUntil != nil {
		if err := checkValidity(*in.ValidUntil); err != nil {
			return err
		}
		v.ValidUntil = *in.ValidUntil
	}
	if in.PurchaseOrder != nil {
		if v.PurchaseOrder, err = validate.Optional("purchaseOrder", *in.PurchaseOrder, 100); err != nil {
			return err
		}
	}
	if in.SpecRuntimeMinutes != nil {
		if *in.SpecRuntimeMinutes <= 0 || *in.SpecRuntimeMinutes > 100000 {
			return apperr.Invalid("specRuntimeMinutes", "Durée en minutes attendue (plus de zéro).", "Runtime in minutes expected (above zero).")
		}
		v.SpecRuntimeMinutes = in.SpecRuntimeMinutes
	}
	if in.SpecEpisodes != nil {
		if *in.SpecEpisodes <= 0 || *in.SpecEpisodes > 10000 {
			return apperr.Invalid("specEpisodes", "Nombre d'épisodes attendu (plus de zéro).", "Number of episodes expected (above zero).")
		}
		v.SpecEpisodes = in.SpecEpisodes
	}
	if in.SpecDeliverables != nil {
		if v.SpecDeliverables, err = validate.Optional("specDeliverables", *in.SpecDeliverables, 2000); err != nil {
			return err
		}
	}
	if in.Notes != nil {
		if v.Notes, err = validate.Optional("notes", *in.Notes, 5000); err != nil {
			return err
		}
	}
	for _, r := range []struct {
		field string
		in    *money.Rate
		to    *money.Rate
		max   money.Rate
	}{{"depositPercent", in.DepositPercent, &v.Deposit, 10000}, {"overtimePercent", in.OvertimePercent, &v.Overtime, 100000},
		{"nightPercent", in.NightPercent, &v.Night, 100000}, {"weekendPercent", in.WeekendPercent, &v.Weekend, 100000}} {
		if r.in == nil {
			continue
		}
		if *r.in < 0 || *r.in > r.max {
			return apperr.Invalid(r.field, "Pourcentage entre 0 et "+r.max.String()+" %.", "Percentage between 0 and "+r.max.String()+"%.")
		}
		*r.to = *r.in
	}
	if in.PaymentDays != nil {
		v.PaymentDays = *in.PaymentDays
	}
	if in.PaymentEndOfMonth != nil {
		v.PaymentEndOfMonth = *in.PaymentEndOfMonth
	}
	// L441-10 Code de commerce: 60 days from issue, or 45 days end of month.
	if v.PaymentDays < 0 || v.PaymentDays > 60 || (v.PaymentEndOfMonth && v.PaymentDays > 45) {
		return apperr.Invalid("paymentDays", "Délai de paiement : 60 jours au plus, ou 45 jours fin de mois.",
			"Payment terms: 60 days at most, or 45 days end of month.")
	}
	return nil
}

// Discard deletes a DRAFT version, and its quote when it was the only one.
func (s *Service) Discard(ctx context.Context, id uuid.UUID) (bool, error) {
	return service.Do(ctx, s.DB, CanManageQuotes, func(c *service.Call) (bool, error) {
		v, q, err := lock(c, id)
		if err != nil {
			return false, err
		}
		if err := CheckEditable(DocQuote, EffectiveStatus(v.Status, v.ValidUntil)); err != nil {
			return false, err
		}
		if _, err := c.Tx.NewDelete().Model(v).WherePK().Exec(c.Ctx); err != nil {
			return false, Immutable(err)
		}
		if v.Version == 1 {
			if _, err := c.Tx.NewDelete().Model(q).WherePK().Exec(c.Ctx); err != nil {
				return false, err
			}
		}
		return true, emit(c, v, EventDiscarded)
	})
}

// Revise makes version n+1, DRAFT, from the latest version n when it is
// SENT (then SUPERSEDED), REFUSED or EXPIRED: same header, same lines (same
// keys, for comparing).
func (s *Service) Revise(ctx context.Context, id uuid.UUID) (*db.QuoteVersion, error) {
	return service.Do(ctx, s.DB, CanManageQuotes, func(c *service.Call) (*db.QuoteVersion, error) {
		v, _, err := lock(c, id)
		if err != nil {
			return nil, err
		}
		var latest int
		if err := c.Tx.NewSelect().Model((*db.QuoteVersion)(nil)).ColumnExpr("max(version)").Where("quote_id = ?", v.QuoteID).Scan(c.Ctx, &latest); err != nil {
			return nil, err
		}
		if err := CheckRevisable(EffectiveStatus(v.Status, v.ValidUntil), latest == v.Version); err != nil {
			return nil, err
		}
		if v.Status == db.QuoteSent { // sent or expired: it leaves play
			v.Status = db.QuoteSuperseded
			if _, err := c.Tx.NewUpdate().Model(v).Column("status").Set("superseded_at = now(), updated_at = now()").WherePK().Exec(c.Ctx); err != nil {
				return nil, Immutable(err)
			}
		}
		lines, err := LinesOf(c.Ctx, c.Tx, c.P.OrganisationID, VersionParent(v.ID))
		if err != nil {
			return nil, err
		}
		n := *v
		n.ID, n.Version, n.Status, n.IssueDate, n.CreatedBy = uuid.Nil, v.Version+1, db.QuoteDraft, nil, c.P.ActorID()
		n.SentAt, n.SentBy, n.Document, n.DocumentSHA256, n.AcceptanceRecord, n.SupersededAt = nil, nil, nil, nil, db.AcceptanceRecord{}, nil
		if n.ValidUntil.Before(dates.Today()) {
			n.ValidUntil = dates.Today().AddDays(DefaultValidityDays)
		}
		if _, err := c.Tx.NewInsert().Model(&n).ExcludeColumn("id", "document", "created_at", "updated_at").
			Returning("id, created_at, updated_at").Exec(c.Ctx); err != nil {
			return nil, err
		}
		if err := writeLines(c, &n, CopyLines(lines)); err != nil {
			return nil, err
		}
		return &n, emit(c, &n, EventRevised)
	})
}

// templateInputs turns a template's stored lines into typed lines, checked
// again as any line (an operation may have left the catalogue since).
func templateInputs(t *db.QuoteTemplate) []*LineInput {
	out := make([]*LineInput, len(t.Lines))
	for i, l := range t.Lines {
		desc, hours := strings.Clone(l.Description), l.HoursPerDay
		out[i] = &LineInput{OperationID: l.OperationID, Kind: l.Kind, Description: &desc, Quantity: l.Quantity, Unit: l.Unit,
			HoursPerDay: &hours, UnitPrice: l.UnitPrice, DiscountPercent: l.DiscountRate, DiscountAmount: l.DiscountAmount, VatRate: l.VatRate}
	}
	return out
}
