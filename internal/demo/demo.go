// Package demo seeds a realistic French post-production house, "Studio
// Lumière Post", with clients, productions (one a series with episodes),
// technicians, rooms, teams and one user per role, for demonstrations and
// manual testing. The data are literal tables (data.go): the same every run.
package demo

import (
	"context"
	"fmt"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/auth"
	"github.com/postprod/postprod/internal/kernel/dates"
)

// Password is the password of every demo user.
const Password = "postprod-demo"

// AdminEmail is the demo administrator; its presence means the demo is seeded.
const AdminEmail = "admin@demo.test"

// Logins lists the demo accounts, one per role, for the server to print.
var Logins = func() []struct{ Email, Role string } {
	out := make([]struct{ Email, Role string }, len(users))
	for i, u := range users {
		out[i].Email, out[i].Role = u.Email, string(u.Role)
	}
	return out
}()

// Seed inserts the demo organisation and everything in it. It is
// idempotent: when the demo administrator already exists it writes nothing
// and returns false. The caller runs it inside one transaction.
func Seed(ctx context.Context, idb bun.IDB) (created bool, err error) {
	exists, err := idb.NewSelect().Model((*db.User)(nil)).Where("lower(email) = lower(?)", AdminEmail).Exists(ctx)
	if err != nil {
		return false, fmt.Errorf("demo: looking for %s: %w", AdminEmail, err)
	}
	if exists {
		return false, nil
	}
	// argon2 is slow: hash once, share the hash.
	hash, err := auth.HashPassword(Password)
	if err != nil {
		return false, err
	}

	org := &db.Organisation{
		ID: uuid.New(), Name: organisation.Name, LegalName: organisation.LegalName,
		Siret: organisation.Siret, VatNumber: organisation.VatNumber, Address: organisation.Address,
	}
	orgID := org.ID

	clientIDs := map[string]uuid.UUID{}
	clientRows := make([]db.Client, 0, len(clients))
	for _, c := range clients {
		id := uuid.New()
		clientIDs[c.Key] = id
		clientRows = append(clientRows, db.Client{
			ID: id, OrganisationID: orgID, Name: c.Name, LegalName: c.LegalName, Siret: c.Siret,
			VatNumber: c.VatNumber, Address: c.Address, ContactEmail: c.ContactEmail,
		})
	}

	techIDs := map[string]uuid.UUID{}
	techRows := make([]db.Technician, 0, len(technicians))
	for _, t := range technicians {
		id := uuid.New()
		techIDs[t.Key] = id
		techRows = append(techRows, db.Technician{
			ID: id, OrganisationID: orgID, Name: t.Name, Functions: t.Functions, Skills: t.Skills,
			Employment: t.Employment, DailyRate: t.DailyRate, HourlyRate: t.DailyRate / 8,
			Email: t.Email, Phone: t.Phone,
		})
	}

	roomRows := make([]db.Room, 0, len(rooms))
	for _, r := range rooms {
		roomRows = append(roomRows, db.Room{ID: uuid.New(), OrganisationID: orgID, Name: r.Name, Kind: r.Kind, DailyRate: r.DailyRate})
	}

	var (
		prodRows    []db.Production
		episodeRows []db.Episode
		teamRows    []db.TeamMember
	)
	for _, p := range productions {
		clientID, ok := clientIDs[p.Client]
		if !ok {
			return false, fmt.Errorf("demo: production %q: unknown client %q", p.Key, p.Client)
		}
		id := uuid.New()
		deadline := p.Deadline.AddDays(drift(dates.Today()))
		prodRows = append(prodRows, db.Production{
			ID: id, OrganisationID: orgID, ClientID: clientID, Title: p.Title, Kind: p.Kind, Status: p.Status,
			Director: p.Director, RuntimeMinutes: intPtr(p.RuntimeMinutes), FrameRate: p.FrameRate,
			Resolution: p.Resolution, ColourSpace: p.ColourSpace, AudioLayout: p.AudioLayout,
			DeliveryDeadline: &deadline, Isan: p.Isan, Notes: p.Notes,
		})
		for i, e := range p.Episodes {
			episodeRows = append(episodeRows, db.Episode{
				ID: uuid.New(), OrganisationID: orgID, ProductionID: id, Number: i + 1,
				Title: e.Title, RuntimeMinutes: intPtr(e.RuntimeMinutes),
			})
		}
		for _, m := range p.Team {
			techID, ok := techIDs[m.Technician]
			if !ok {
				return false, fmt.Errorf("demo: production %q: unknown technician %q", p.Key, m.Technician)
			}
			teamRows = append(teamRows, db.TeamMember{
				ID: uuid.New(), OrganisationID: orgID, ProductionID: id, TechnicianID: techID,
				Function: m.Function, DailyRate: m.DailyRate, Note: m.Note,
			})
		}
	}

	userRows := make([]db.User, 0, len(users))
	memberRows := make([]db.Membership, 0, len(users))
	for _, u := range users {
		uid := uuid.New()
		userRows = append(userRows, db.User{ID: uid, Email: u.Email, Name: u.Name, PasswordHash: hash, Locale: "fr"})
		m := db.Membership{ID: uuid.New(), OrganisationID: orgID, UserID: uid, Role: u.Role}
		if u.Client != "" {
			id, ok := clientIDs[u.Client]
			if !ok {
				return false, fmt.Errorf("demo: user %s: unknown client %q", u.Email, u.Client)
			}
			m.ClientID = &id
		}
		if u.Technician != "" {
			id, ok := techIDs[u.Technician]
			if !ok {
				return false, fmt.Errorf("demo: user %s: unknown technician %q", u.Email, u.Technician)
			}
			m.TechnicianID = &id
		}
		memberRows = append(memberRows, m)
	}

	// In foreign-key order.
	steps := []struct {
		what  string
		model any
	}{
		{"organisation", org},
		{"clients", &clientRows},
		{"technicians", &techRows},
		{"rooms", &roomRows},
		{"productions", &prodRows},
		{"episodes", &episodeRows},
		{"team members", &teamRows},
		{"users", &userRows},
		{"memberships", &memberRows},
	}
	for _, s := range steps {
		if _, err := idb.NewInsert().Model(s.model).Exec(ctx); err != nil {
			return false, fmt.Errorf("demo: inserting %s: %w", s.what, err)
		}
	}
	keys := make([]string, len(productions))
	for i, p := range productions {
		keys[i] = p.Key
	}
	var coordinator uuid.UUID
	for _, m := range memberRows {
		if m.Role == db.RoleCoordinator {
			coordinator = m.UserID
		}
	}
	if err := seedPlan(ctx, idb, orgID, prodRows, keys, episodeRows, teamRows, techRows, roomRows, dates.Today(), coordinator); err != nil {
		return false, err
	}
	prodByKey := map[string]*db.Production{}
	for i, k := range keys {
		prodByKey[k] = &prodRows[i]
	}
	if err := seedDeliveries(ctx, idb, orgID, prodByKey, coordinator, dates.Today()); err != nil {
		return false, err
	}
	var holderUser, producerUser uuid.UUID
	for _, m := range memberRows {
		switch m.Role {
		case db.RoleRightsHolder:
			holderUser = m.UserID
		case db.RoleProducer:
			producerUser = m.UserID
		}
	}
	if err := seedQuotes(ctx, idb, orgID, prodByKey, episodeRows, coordinator, producerUser, dates.Today()); err != nil {
		return false, err
	}
	if err := seedCatalogue(ctx, idb, orgID, holderUser, coordinator); err != nil {
		return false, err
	}
	if err := seedInvoicing(ctx, idb, orgID); err != nil {
		return false, err
	}
	return true, nil
}

func intPtr(n int) *int {
	if n == 0 {
		return nil
	}
	return &n
}

// designedOn is the day the demo's deadlines were written for. Seeded
// later, they move by whole weeks (weekdays stay weekdays) so the plans,
// slips and overruns stay around today.
var designedOn = dates.Date{Year: 2026, Month: time.November, Day: 26}

func drift(today dates.Date) int {
	days := int(today.Time().Sub(designedOn.Time()).Hours() / 24)
	if days <= 0 {
		return 0
	}
	return days / 7 * 7
}
