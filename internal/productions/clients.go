package productions

import (
	"context"
	"database/sql"
	"errors"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/auth"
	"github.com/postprod/postprod/internal/kernel/apperr"
	"github.com/postprod/postprod/internal/kernel/page"
	"github.com/postprod/postprod/internal/kernel/validate"
)

// visibleClients: the whole organisation for its staff, their own client for
// a producer, none for the others (a technician reaches a client only
// through a production they work on).
func visibleClients(q *bun.SelectQuery, p *auth.Principal) (*bun.SelectQuery, error) {
	q = q.Where("client.organisation_id = ?", p.OrganisationID)
	switch {
	case p.SeesWholeOrganisation():
		return q, nil
	case p.Is(db.RoleProducer) && p.ClientID != nil:
		return q.Where("client.id = ?", *p.ClientID), nil
	default:
		return nil, apperr.ForbiddenErr()
	}
}

func (s *Service) Clients(ctx context.Context, a page.Args) ([]*db.Client, page.Info, error) {
	p, err := auth.Require(ctx)
	if err != nil {
		return nil, page.Info{}, err
	}
	q, err := visibleClients(s.DB.NewSelect(), p)
	if err != nil {
		return nil, page.Info{}, err
	}
	return page.Fetch[*db.Client](ctx, q.Order("client.name", "client.id"), a)
}

func (s *Service) Client(ctx context.Context, id uuid.UUID) (*db.Client, error) {
	p, err := auth.Require(ctx)
	if err != nil {
		return nil, err
	}
	c := new(db.Client)
	q, err := visibleClients(s.DB.NewSelect().Model(c), p)
	if err != nil {
		return nil, apperr.NotFoundErr("client")
	}
	if err := q.Where("client.id = ?", id).Scan(ctx); errors.Is(err, sql.ErrNoRows) {
		return nil, apperr.NotFoundErr("client")
	} else if err != nil {
		return nil, err
	}
	return c, nil
}

type ClientInput struct {
	Name                                               string
	LegalName, Siret, VatNumber, Address, ContactEmail *string
}

func buildClient(p *auth.Principal, in ClientInput) (*db.Client, error) {
	c := &db.Client{OrganisationID: p.OrganisationID}
	var err error
	if c.Name, err = validate.Required("name", in.Name, 200); err != nil {
		return nil, err
	}
	if c.LegalName, err = validate.Optional("legalName", validate.Str(in.LegalName), 200); err != nil {
		return nil, err
	}
	if c.Siret, err = validate.Siret("siret", validate.Str(in.Siret)); err != nil {
		return nil, err
	}
	if c.VatNumber, err = validate.Optional("vatNumber", validate.Str(in.VatNumber), 20); err != nil {
		return nil, err
	}
	if c.Address, err = validate.Optional("address", validate.Str(in.Address), 500); err != nil {
		return nil, err
	}
	if c.ContactEmail, err = validate.OptionalEmail("contactEmail", validate.Str(in.ContactEmail)); err != nil {
		return nil, err
	}
	return c, nil
}

func duplicateClient() error {
	return apperr.New(apperr.Conflict, "name", "Un client porte déjà ce nom.", "A client already has this name.")
}

func (s *Service) CreateClient(ctx context.Context, in ClientInput) (*db.Client, error) {
	p, err := auth.RequireManager(ctx)
	if err != nil {
		return nil, err
	}
	c, err := buildClient(p, in)
	if err != nil {
		return nil, err
	}
	if dup, err := s.DB.NewSelect().Model((*db.Client)(nil)).Where("organisation_id = ? AND lower(name) = lower(?)", p.OrganisationID, c.Name).Exists(ctx); err != nil || dup {
		if err != nil {
			return nil, err
		}
		return nil, duplicateClient()
	}
	_, err = s.DB.NewInsert().Model(c).Returning("*").Exec(ctx)
	return c, err
}

func (s *Service) UpdateClient(ctx context.Context, id uuid.UUID, in ClientInput) (*db.Client, error) {
	p, err := auth.RequireManager(ctx)
	if err != nil {
		return nil, err
	}
	c, err := buildClient(p, in)
	if err != nil {
		return nil, err
	}
	c.ID = id
	if dup, err := s.DB.NewSelect().Model((*db.Client)(nil)).Where("organisation_id = ? AND lower(name) = lower(?) AND id <> ?", p.OrganisationID, c.Name, id).Exists(ctx); err != nil || dup {
		if err != nil {
			return nil, err
		}
		return nil, duplicateClient()
	}
	res, err := s.DB.NewUpdate().Model(c).ExcludeColumn("id", "organisation_id", "created_at", "updated_at").Set("updated_at = now()").
		Where("id = ? AND organisation_id = ?", id, p.OrganisationID).Returning("*").Exec(ctx)
	if err != nil {
		return nil, err
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return nil, apperr.NotFoundErr("client")
	}
	return c, nil
}
