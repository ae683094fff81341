package notifications

import (
	"context"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/platform/mail"
)

// ForTechnician addresses a notice to a technician of org: the users who
// sign in as them (memberships with that technician), or, when nobody
// does, the technician's own email (none when it is empty).
func ForTechnician(ctx context.Context, idb bun.IDB, org, technicianID uuid.UUID, n *Notice) error {
	var users []uuid.UUID
	if err := idb.NewSelect().Model((*db.Membership)(nil)).Column("user_id").
		Where("organisation_id = ? AND technician_id = ? AND role = ?", org, technicianID, db.RoleTechnician).Scan(ctx, &users); err != nil {
		return err
	}
	if len(users) > 0 {
		n.Users = append(n.Users, users...)
		return nil
	}
	t := new(db.Technician)
	if err := idb.NewSelect().Model(t).Column("name", "email").Where("id = ? AND organisation_id = ?", technicianID, org).Scan(ctx); err != nil {
		return err
	}
	if t.Email != "" {
		n.Addresses = append(n.Addresses, mail.Address{Name: t.Name, Email: t.Email})
	}
	return nil
}

// ForHolder addresses a notice to a rights holder of org: the users who
// represent them (holder_users), or, when nobody does, the holder's email.
func ForHolder(ctx context.Context, idb bun.IDB, org, holderID uuid.UUID, n *Notice) error {
	var users []uuid.UUID
	if err := idb.NewSelect().Model((*db.HolderUser)(nil)).Column("user_id").
		Where("organisation_id = ? AND holder_id = ?", org, holderID).Scan(ctx, &users); err != nil {
		return err
	}
	if len(users) > 0 {
		n.Users = append(n.Users, users...)
		return nil
	}
	h := new(db.RightsHolder)
	if err := idb.NewSelect().Model(h).Column("name", "email").Where("id = ? AND organisation_id = ?", holderID, org).Scan(ctx); err != nil {
		return err
	}
	if h.Email != "" {
		n.Addresses = append(n.Addresses, mail.Address{Name: h.Name, Email: h.Email})
	}
	return nil
}
