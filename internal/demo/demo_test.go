package demo

import (
	"fmt"
	"slices"
	"strconv"
	"testing"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/isan"
	"github.com/postprod/postprod/internal/kernel/dates"
	"github.com/postprod/postprod/internal/kernel/validate"
)

// These tests check the literal tables against the schema's CHECK
// constraints and the trade's rules, without a database.

var catalogue = []string{"INGEST", "OFFLINE_EDIT", "CONFORM", "GRADING", "VFX", "CREDITS", "TITLES", "FOLEY",
	"SOUND_EDIT", "MUSIC_EDIT", "ADR", "DUBBING", "MIX", "SUBTITLES", "AUDIO_DESC", "MASTERING", "QC"}

func checkCompany(t *testing.T, who, siret, vat string) {
	t.Helper()
	if got, err := validate.Siret("siret", siret); err != nil || got != siret {
		t.Errorf("%s: SIRET %q invalid: %v", who, siret, err)
		return
	}
	siren := siret[:9]
	if _, err := validate.Siret("siren", "00000"+siren); err != nil { // a SIREN is Luhn-valid on its own
		t.Errorf("%s: SIREN %q fails the Luhn check", who, siren)
	}
	n, _ := strconv.Atoi(siren)
	if want := fmt.Sprintf("FR%02d%s", (12+3*(n%97))%97, siren); vat != want {
		t.Errorf("%s: VAT number %q, want %q", who, vat, want)
	}
}

func TestCompanies(t *testing.T) {
	checkCompany(t, organisation.Name, organisation.Siret, organisation.VatNumber)
	if len(clients) < 4 {
		t.Errorf("%d clients, want at least 4", len(clients))
	}
	seen := map[string]bool{}
	for _, c := range clients {
		checkCompany(t, c.Name, c.Siret, c.VatNumber)
		if _, err := validate.Email("contactEmail", c.ContactEmail); err != nil {
			t.Errorf("%s: contact email %q invalid", c.Name, c.ContactEmail)
		}
		if seen[c.Key] || seen[c.Name] {
			t.Errorf("duplicate client %q", c.Name)
		}
		seen[c.Key], seen[c.Name] = true, true
	}
}

func TestTechniciansAndRooms(t *testing.T) {
	if len(technicians) != 15 {
		t.Errorf("%d technicians, want 15", len(technicians))
	}
	keys := map[string]bool{}
	for _, tc := range technicians {
		if keys[tc.Key] {
			t.Errorf("duplicate technician key %q", tc.Key)
		}
		keys[tc.Key] = true
		if !slices.Contains(db.AllEmployments, tc.Employment) {
			t.Errorf("%s: employment %q", tc.Name, tc.Employment)
		}
		if tc.DailyRate < 25000 || tc.DailyRate > 65000 || tc.DailyRate%8 != 0 {
			t.Errorf("%s: daily rate %d cents out of range or not divisible into an hourly rate", tc.Name, tc.DailyRate)
		}
		if len(tc.Skills) == 0 || len(tc.Functions) == 0 {
			t.Errorf("%s: no skills or functions", tc.Name)
		}
		for _, s := range tc.Skills {
			if !slices.Contains(catalogue, s) {
				t.Errorf("%s: skill %q is not an operation code", tc.Name, s)
			}
		}
		if _, err := validate.Email("email", tc.Email); err != nil {
			t.Errorf("%s: email %q invalid", tc.Name, tc.Email)
		}
	}
	if len(rooms) < 6 {
		t.Errorf("%d rooms, want at least 6", len(rooms))
	}
	names := map[string]bool{}
	for _, r := range rooms {
		if !slices.Contains(db.AllRoomKinds, r.Kind) {
			t.Errorf("room %q: kind %q", r.Name, r.Kind)
		}
		if names[r.Name] {
			t.Errorf("duplicate room %q", r.Name)
		}
		names[r.Name] = true
	}
}

func TestProductions(t *testing.T) {
	if len(productions) < 7 {
		t.Errorf("%d productions, want at least 7", len(productions))
	}
	clientKeys := map[string]bool{}
	for _, c := range clients {
		clientKeys[c.Key] = true
	}
	techKeys := map[string]bool{}
	for _, tc := range technicians {
		techKeys[tc.Key] = true
	}
	kinds := map[db.ProductionKind]bool{}
	statuses := map[db.ProductionStatus]int{}
	for _, p := range productions {
		kinds[p.Kind] = true
		statuses[p.Status]++
		if !clientKeys[p.Client] {
			t.Errorf("%s: unknown client %q", p.Title, p.Client)
		}
		if !slices.Contains(db.AllProductionKinds, p.Kind) || !slices.Contains(db.AllProductionStatuses, p.Status) {
			t.Errorf("%s: kind %q or status %q not allowed", p.Title, p.Kind, p.Status)
		}
		if y := p.Deadline.Year; y < 2026 || y > 2027 {
			t.Errorf("%s: deadline %s", p.Title, p.Deadline)
		}
		if p.RuntimeMinutes <= 0 {
			t.Errorf("%s: no runtime", p.Title)
		}
		if !slices.Contains([]string{"25", "24", "23.976"}, p.FrameRate) ||
			!slices.Contains([]string{"1920x1080", "3840x2160", "4096x2160"}, p.Resolution) ||
			!slices.Contains([]string{"Rec.709", "Rec.2020 PQ", "DCI-P3"}, p.ColourSpace) ||
			!slices.Contains([]string{"Stéréo", "5.1", "5.1 + M&E"}, p.AudioLayout) {
			t.Errorf("%s: unexpected technical profile", p.Title)
		}
		if p.Isan != "" {
			if got, err := isan.Normalize(p.Isan); err != nil || got != p.Isan {
				t.Errorf("%s: ISAN %q: %q, %v", p.Title, p.Isan, got, err)
			}
		}
		if p.Kind == "TV_SERIES" && (len(p.Episodes) < 6 || len(p.Episodes) > 8) {
			t.Errorf("%s: %d episodes, want 6 to 8", p.Title, len(p.Episodes))
		}
		for _, e := range p.Episodes {
			if e.Title == "" || e.RuntimeMinutes <= 0 {
				t.Errorf("%s: episode without title or runtime", p.Title)
			}
		}
		if n := len(p.Team); n < 3 || n > 6 {
			t.Errorf("%s: team of %d, want 3 to 6", p.Title, n)
		}
		type key struct{ tech, fn string }
		seen := map[key]bool{}
		for _, m := range p.Team {
			if !techKeys[m.Technician] {
				t.Errorf("%s: unknown technician %q", p.Title, m.Technician)
			}
			k := key{m.Technician, m.Function}
			if seen[k] {
				t.Errorf("%s: %s twice as %s", p.Title, m.Technician, m.Function)
			}
			seen[k] = true
			if m.Function == "" || m.DailyRate <= 0 {
				t.Errorf("%s: team member %s without function or rate", p.Title, m.Technician)
			}
		}
	}
	if len(kinds) < 6 {
		t.Errorf("only %d kinds of production", len(kinds))
	}
	if statuses["PREPARATION"] != 1 || statuses["DELIVERED"] != 1 || statuses["IN_POST"] < len(productions)-2 {
		t.Errorf("statuses %v", statuses)
	}
}

func TestUsers(t *testing.T) {
	roles := map[db.Role]bool{}
	for _, u := range users {
		if roles[u.Role] {
			t.Errorf("two users with role %s", u.Role)
		}
		roles[u.Role] = true
		switch u.Role {
		case db.RoleProducer:
			in, out := 0, 0
			for _, p := range productions {
				if p.Client == u.Client {
					in++
				} else {
					out++
				}
			}
			if in < 2 || out < 3 {
				t.Errorf("producer's client has %d productions, others %d", in, out)
			}
		case db.RoleTechnician:
			in := 0
			for _, p := range productions {
				if slices.ContainsFunc(p.Team, func(m teamRow) bool { return m.Technician == u.Technician }) {
					in++
				}
			}
			if in < 2 || len(productions)-in < 2 {
				t.Errorf("technician user is in %d of %d teams", in, len(productions))
			}
		}
	}
	for _, r := range db.AllRoles {
		if r != db.RoleIntegration && !roles[r] {
			t.Errorf("no user with role %s", r)
		}
	}
	if len(Logins) != len(users) || Logins[0].Email != AdminEmail || Logins[0].Role != "ADMIN" {
		t.Errorf("Logins = %v", Logins)
	}
}

func TestDriftKeepsWeekdays(t *testing.T) {
	for _, c := range []struct {
		today dates.Date
		want  int
	}{
		{designedOn, 0},
		{designedOn.AddDays(-30), 0},
		{designedOn.AddDays(6), 0},
		{designedOn.AddDays(7), 7},
		{designedOn.AddDays(400), 399}, // 57 weeks and a day
	} {
		if got := drift(c.today); got != c.want || got%7 != 0 {
			t.Errorf("drift(%s) = %d, want %d", c.today, got, c.want)
		}
	}
}
