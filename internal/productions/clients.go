package productions

import (
	"context"

	"github.com/google/uuid"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/auth"
	"github.com/postprod/postprod/internal/kernel/apperr"
	"github.com/postprod/postprod/internal/kernel/page"
	"github.com/postprod/postprod/internal/kernel/validate"
	"github.com/postprod/postprod/internal/platform/service"
)

func (s *Service) Clients(ctx context.Context, a page.Args) ([]*db.Client, page.Info, error) {
	p, err := auth.Require(ctx)
	if err != nil {
		return nil, page.Info{}, err
	}
	q, err := VisibleClients(s.DB.NewSelect(), p)
	if err != nil {
		return nil, page.Info{}, err
	}
	return page.Keyset(ctx, q, a, clientOrder)
}

// clientOrder: by name, then id (index clients_org_name).
var clientOrder = page.Order[*db.Client]{Name: "clients", Terms: []page.Term[*db.Client]{
	page.By("client.name", page.Text, func(c *db.Client) any { return c.Name }),
	page.By("client.id", page.UUID, func(c *db.Client) any { return c.ID }),
}}

func (s *Service) Client(ctx context.Context, id uuid.UUID) (*db.Client, error) {
	p, err := auth.Require(ctx)
	if err != nil {
		return nil, err
	}
	c := new(db.Client)
	q, err := VisibleClients(s.DB.NewSelect().Model(c), p)
	if err != nil {
		return nil, apperr.NotFoundErr("client")
	}
	if err := q.Where("client.id = ?", id).Scan(ctx); err != nil {
		return nil, apperr.Missing(err, "client")
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

func duplicateClient() *apperr.Error {
	return apperr.New(apperr.Conflict, "name", "Un client porte déjà ce nom.", "A client already has this name.")
}

func (s *Service) CreateClient(ctx context.Context, in ClientInput) (*db.Client, error) {
	return service.Do(ctx, s.DB, CanManageClients, func(c *service.Call) (*db.Client, error) {
		cl, err := buildClient(c.P, in)
		if err != nil {
			return nil, err
		}
		if dup, err := c.Tx.NewSelect().Model((*db.Client)(nil)).Where("organisation_id = ? AND lower(name) = lower(?)", c.P.OrganisationID, cl.Name).Exists(ctx); err != nil || dup {
			return nil, apperr.Or(err, duplicateClient())
		}
		_, err = c.Tx.NewInsert().Model(cl).Returning("*").Exec(ctx)
		return cl, err
	})
}

func (s *Service) UpdateClient(ctx context.Context, id uuid.UUID, in ClientInput) (*db.Client, error) {
	return service.Do(ctx, s.DB, CanManageClients, func(c *service.Call) (*db.Client, error) {
		cl, err := buildClient(c.P, in)
		if err != nil {
			return nil, err
		}
		cl.ID = id
		if dup, err := c.Tx.NewSelect().Model((*db.Client)(nil)).Where("organisation_id = ? AND lower(name) = lower(?) AND id <> ?", c.P.OrganisationID, cl.Name, id).Exists(ctx); err != nil || dup {
			return nil, apperr.Or(err, duplicateClient())
		}
		res, err := c.Tx.NewUpdate().Model(cl).ExcludeColumn("id", "organisation_id", "created_at", "updated_at").Set("updated_at = now()").
			Where("id = ? AND organisation_id = ?", id, c.P.OrganisationID).Returning("*").Exec(ctx)
		if err != nil {
			return nil, err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return nil, apperr.NotFoundErr("client")
		}
		return cl, nil
	})
}
