// Package resources holds what productions draw on: the operations
// catalogue, technicians and rooms; policy.go says who may see and change them.
package resources

import (
	"context"
	"regexp"
	"slices"
	"strings"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/auth"
	"github.com/postprod/postprod/internal/kernel/apperr"
	"github.com/postprod/postprod/internal/kernel/money"
	"github.com/postprod/postprod/internal/kernel/page"
	"github.com/postprod/postprod/internal/kernel/validate"
	"github.com/postprod/postprod/internal/platform/service"
)

type Service struct {
	DB *bun.DB
}

// Technicians lists the organisation's technicians for its staff.
func (s *Service) Technicians(ctx context.Context, search *string, a page.Args) ([]*db.Technician, page.Info, error) {
	p, err := auth.Authorize(ctx, CanListTechnicians)
	if err != nil {
		return nil, page.Info{}, err
	}
	q := VisibleTechnicians(s.DB.NewSelect(), p)
	if search != nil && strings.TrimSpace(*search) != "" {
		like := "%" + strings.NewReplacer(`\`, `\\`, "%", `\%`, "_", `\_`).Replace(strings.TrimSpace(*search)) + "%"
		q = q.Where("(technician.name ILIKE ? OR array_to_string(technician.functions, ' ') ILIKE ?)", like, like)
	}
	return page.Keyset(ctx, q, a, technicianOrder)
}

// technicianOrder: by name, then id (index technicians_org_name).
var technicianOrder = page.Order[*db.Technician]{Name: "technicians", Terms: []page.Term[*db.Technician]{
	page.By("technician.name", page.Text, func(t *db.Technician) any { return t.Name }),
	page.By("technician.id", page.UUID, func(t *db.Technician) any { return t.ID }),
}}

// Technician returns a technician the caller may see (VisibleTechnicians).
func (s *Service) Technician(ctx context.Context, id uuid.UUID) (*db.Technician, error) {
	p, err := auth.Require(ctx)
	if err != nil {
		return nil, err
	}
	t := new(db.Technician)
	if err := VisibleTechnicians(s.DB.NewSelect().Model(t), p).Where("technician.id = ?", id).Scan(ctx); err != nil {
		return nil, apperr.Missing(err, "technicien")
	}
	return t, nil
}

type TechnicianInput struct {
	Name         string
	Functions    []string
	Skills       []string
	Employment   db.Employment
	HourlyRate   money.Cents
	DailyRate    money.Cents
	Email, Phone *string
}

var phoneRe = regexp.MustCompile(`^\+?[0-9 .()-]{6,25}$`)

func (s *Service) buildTechnician(ctx context.Context, idb bun.IDB, p *auth.Principal, in TechnicianInput) (*db.Technician, error) {
	t := &db.Technician{OrganisationID: p.OrganisationID, Employment: in.Employment, HourlyRate: in.HourlyRate, DailyRate: in.DailyRate}
	var err error
	if t.Name, err = validate.Required("name", in.Name, 200); err != nil {
		return nil, err
	}
	for _, f := range in.Functions {
		f, err := validate.Required("functions", f, 100)
		if err != nil {
			return nil, err
		}
		t.Functions = append(t.Functions, f)
	}
	if len(t.Functions) == 0 {
		return nil, apperr.Invalid("functions", "Indiquez au moins une fonction.", "Give at least one function.")
	}
	if err := validate.NonNegative("hourlyRate", in.HourlyRate); err != nil {
		return nil, err
	}
	if err := validate.NonNegative("dailyRate", in.DailyRate); err != nil {
		return nil, err
	}
	if t.Email, err = validate.OptionalEmail("email", validate.Str(in.Email)); err != nil {
		return nil, err
	}
	t.Phone = strings.TrimSpace(validate.Str(in.Phone))
	if t.Phone != "" && !phoneRe.MatchString(t.Phone) {
		return nil, apperr.Invalid("phone", "Numéro de téléphone invalide.", "Invalid phone number.")
	}
	t.Skills = []string{}
	if len(in.Skills) > 0 {
		codes, err := operationCodes(ctx, idb, p)
		if err != nil {
			return nil, err
		}
		for _, sk := range in.Skills {
			sk = strings.ToUpper(strings.TrimSpace(sk))
			if !slices.Contains(codes, sk) {
				return nil, apperr.Invalid("skills", "Opération inconnue : "+sk+".", "Unknown operation: "+sk+".")
			}
			if !slices.Contains(t.Skills, sk) {
				t.Skills = append(t.Skills, sk)
			}
		}
	}
	return t, nil
}

func operationCodes(ctx context.Context, idb bun.IDB, p *auth.Principal) ([]string, error) {
	var codes []string
	err := idb.NewSelect().Model((*db.Operation)(nil)).Column("code").
		Where("organisation_id IS NULL OR organisation_id = ?", p.OrganisationID).Scan(ctx, &codes)
	return codes, err
}

func (s *Service) CreateTechnician(ctx context.Context, in TechnicianInput) (*db.Technician, error) {
	return service.Do(ctx, s.DB, CanManage, func(c *service.Call) (*db.Technician, error) {
		t, err := s.buildTechnician(ctx, c.Tx, c.P, in)
		if err != nil {
			return nil, err
		}
		_, err = c.Tx.NewInsert().Model(t).Returning("*").Exec(ctx)
		return t, err
	})
}

func (s *Service) UpdateTechnician(ctx context.Context, id uuid.UUID, in TechnicianInput) (*db.Technician, error) {
	return service.Do(ctx, s.DB, CanManage, func(c *service.Call) (*db.Technician, error) {
		t, err := s.buildTechnician(ctx, c.Tx, c.P, in)
		if err != nil {
			return nil, err
		}
		res, err := c.Tx.NewUpdate().Model(t).ExcludeColumn("id", "organisation_id", "created_at", "updated_at").Set("updated_at = now()").
			Where("id = ? AND organisation_id = ?", id, c.P.OrganisationID).Returning("*").Exec(ctx)
		if err != nil {
			return nil, err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return nil, apperr.NotFoundErr("technicien")
		}
		return t, nil
	})
}

// Rooms are visible to every member: a technician needs to know where to go.
func (s *Service) Rooms(ctx context.Context, a page.Args) ([]*db.Room, page.Info, error) {
	p, err := auth.Authorize(ctx, CanListRooms)
	if err != nil {
		return nil, page.Info{}, err
	}
	q := s.DB.NewSelect().Where("room.organisation_id = ?", p.OrganisationID)
	return page.Keyset(ctx, q, a, roomOrder)
}

// roomOrder: by name, then id (a house has a few rooms: no index).
var roomOrder = page.Order[*db.Room]{Name: "rooms", Terms: []page.Term[*db.Room]{
	page.By("room.name", page.Text, func(r *db.Room) any { return r.Name }),
	page.By("room.id", page.UUID, func(r *db.Room) any { return r.ID }),
}}

type RoomInput struct {
	Name      string
	Kind      db.RoomKind
	DailyRate money.Cents
}

func (s *Service) CreateRoom(ctx context.Context, in RoomInput) (*db.Room, error) {
	return service.Do(ctx, s.DB, CanManage, func(c *service.Call) (*db.Room, error) {
		r, err := buildRoom(ctx, c, uuid.Nil, in)
		if err != nil {
			return nil, err
		}
		_, err = c.Tx.NewInsert().Model(r).Returning("*").Exec(ctx)
		return r, err
	})
}

// UpdateRoom renames a room, changes its kind or its rate; past bookings keep pointing at it.
func (s *Service) UpdateRoom(ctx context.Context, id uuid.UUID, in RoomInput) (*db.Room, error) {
	return service.Do(ctx, s.DB, CanManage, func(c *service.Call) (*db.Room, error) {
		r, err := buildRoom(ctx, c, id, in)
		if err != nil {
			return nil, err
		}
		res, err := c.Tx.NewUpdate().Model(r).Column("name", "kind", "daily_rate_cents").Set("updated_at = now()").
			Where("id = ? AND organisation_id = ?", id, c.P.OrganisationID).Returning("*").Exec(ctx)
		if err != nil {
			return nil, err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return nil, apperr.NotFoundErr("salle")
		}
		return r, nil
	})
}

// buildRoom checks a room's input; self is the room being edited (uuid.Nil for a new one),
// which may keep its own name.
func buildRoom(ctx context.Context, c *service.Call, self uuid.UUID, in RoomInput) (*db.Room, error) {
	r := &db.Room{OrganisationID: c.P.OrganisationID, Kind: in.Kind, DailyRate: in.DailyRate}
	var err error
	if r.Name, err = validate.Required("name", in.Name, 100); err != nil {
		return nil, err
	}
	if err := validate.NonNegative("dailyRate", in.DailyRate); err != nil {
		return nil, err
	}
	dup, err := c.Tx.NewSelect().Model((*db.Room)(nil)).
		Where("organisation_id = ? AND lower(name) = lower(?) AND id <> ?", c.P.OrganisationID, r.Name, self).Exists(ctx)
	if err != nil || dup {
		return nil, apperr.Or(err, apperr.New(apperr.Conflict, "name", "Une salle porte déjà ce nom.", "A room already has this name."))
	}
	return r, nil
}

// Operations: the shared catalogue plus the organisation's own.
func (s *Service) Operations(ctx context.Context, a page.Args) ([]*db.Operation, page.Info, error) {
	p, err := auth.Require(ctx)
	if err != nil {
		return nil, page.Info{}, err
	}
	q := s.DB.NewSelect().Where("operation.organisation_id IS NULL OR operation.organisation_id = ?", p.OrganisationID)
	return page.Keyset(ctx, q, a, operationOrder)
}

// operationOrder: the catalogue's order, then code, then id (an
// organisation's own code may repeat a shared one). A few dozen rows: no
// index.
var operationOrder = page.Order[*db.Operation]{Name: "operations", Terms: []page.Term[*db.Operation]{
	page.By("operation.position", page.Int, func(o *db.Operation) any { return o.Position }),
	page.By("operation.code", page.Text, func(o *db.Operation) any { return o.Code }),
	page.By("operation.id", page.UUID, func(o *db.Operation) any { return o.ID }),
}}

var codeRe = regexp.MustCompile(`^[A-Z][A-Z0-9_]{1,39}$`)

type OperationInput struct {
	Code, LabelFr, LabelEn string
	Department             db.Department
	DefaultUnit            db.Unit
}

func (s *Service) CreateOperation(ctx context.Context, in OperationInput) (*db.Operation, error) {
	return service.Do(ctx, s.DB, CanManage, func(c *service.Call) (*db.Operation, error) {
		org := c.P.OrganisationID
		o := &db.Operation{OrganisationID: &org, Code: strings.ToUpper(strings.TrimSpace(in.Code)), Department: in.Department, DefaultUnit: in.DefaultUnit, Position: 1000}
		if !codeRe.MatchString(o.Code) {
			return nil, apperr.Invalid("code", "Code attendu en majuscules, chiffres et _ (ex. DCP_CHECK).", "Code expected in capitals, digits and _ (e.g. DCP_CHECK).")
		}
		var err error
		if o.LabelFr, err = validate.Required("labelFr", in.LabelFr, 100); err != nil {
			return nil, err
		}
		if o.LabelEn, err = validate.Required("labelEn", in.LabelEn, 100); err != nil {
			return nil, err
		}
		codes, err := operationCodes(ctx, c.Tx, c.P)
		if err != nil {
			return nil, err
		}
		if slices.Contains(codes, o.Code) {
			return nil, apperr.New(apperr.Conflict, "code", "Ce code existe déjà.", "This code already exists.")
		}
		_, err = c.Tx.NewInsert().Model(o).Returning("*").Exec(ctx)
		return o, err
	})
}
