package benchdata

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"

	"github.com/postprod/postprod/db"
)

var (
	functions = []string{"chef monteur", "monteur son", "étalonneur", "mixeur", "bruiteur", "assistant monteur", "graphiste", "superviseur VFX"}
	words     = []string{"Aube", "Rivage", "Horizon", "Silence", "Brasier", "Lisière", "Marée", "Ombre", "Vertige", "Éclat", "Frontière", "Orage"}
	surnames  = []string{"Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent"}
	firsts    = []string{"Camille", "Léa", "Hugo", "Louise", "Nathan", "Chloé", "Lucas", "Manon", "Jules", "Inès", "Théo", "Zoé"}
)

// tables writes one table after the other, keeping the ids the next ones
// point at.
type tables struct {
	g             *gen
	org           pgtype.UUID
	ops           []pgtype.UUID
	clientIDs     []pgtype.UUID
	technicianIDs []pgtype.UUID
	productionIDs []pgtype.UUID
	episodeIDs    [][]pgtype.UUID // per production, in number order
}

func (t *tables) person() string { return t.g.pick(firsts) + " " + t.g.pick(surnames) }

func (t *tables) clients(ctx context.Context, tx pgx.Tx, s Sizes) error {
	rows := make([][]any, s.Clients)
	for i := range rows {
		id := t.g.id()
		t.clientIDs = append(t.clientIDs, id)
		name := fmt.Sprintf("Production %s %04d", t.g.pick(words), i+1)
		rows[i] = []any{id, t.org, name, name + " SAS", fmt.Sprintf("contact%04d@client.test", i+1), base}
	}
	return copyRows(ctx, tx, "clients", []string{"id", "organisation_id", "name", "legal_name", "contact_email", "created_at"}, rows)
}

func (t *tables) technicians(ctx context.Context, tx pgx.Tx, s Sizes) error {
	rows := make([][]any, s.Technicians)
	for i := range rows {
		id := t.g.id()
		t.technicianIDs = append(t.technicianIDs, id)
		daily := int64(25000 + 1000*t.g.rng.IntN(30))
		employment := db.EmploymentIntermittent
		if t.g.rng.IntN(5) == 0 {
			employment = db.EmploymentPermanent
		}
		rows[i] = []any{id, t.org, fmt.Sprintf("%s %03d", t.person(), i+1), []string{t.g.pick(functions)}, []string{},
			string(employment), daily / 8, daily, fmt.Sprintf("tech%04d@bench.test", i+1), base}
	}
	return copyRows(ctx, tx, "technicians", []string{"id", "organisation_id", "name", "functions", "skills", "employment",
		"hourly_rate_cents", "daily_rate_cents", "email", "created_at"}, rows)
}

func (t *tables) rooms(ctx context.Context, tx pgx.Tx, s Sizes) error {
	rows := make([][]any, s.Rooms)
	for i := range rows {
		kind := db.AllRoomKinds[i%len(db.AllRoomKinds)]
		rows[i] = []any{t.g.id(), t.org, fmt.Sprintf("Salle %02d", i+1), string(kind), int64(40000 + 5000*t.g.rng.IntN(10))}
	}
	return copyRows(ctx, tx, "rooms", []string{"id", "organisation_id", "name", "kind", "daily_rate_cents"}, rows)
}

// productions: each created one minute before the previous one, so the
// most recent first (the default order of both servers) has no ties.
func (t *tables) productions(ctx context.Context, tx pgx.Tx, s Sizes) error {
	rows := make([][]any, s.Productions)
	for i := range rows {
		id := t.g.id()
		t.productionIDs = append(t.productionIDs, id)
		kind := db.AllProductionKinds[t.g.rng.IntN(len(db.AllProductionKinds))]
		status := db.AllProductionStatuses[t.g.rng.IntN(len(db.AllProductionStatuses))]
		deadline := pgtype.Date{Time: base.AddDate(0, 0, 30+t.g.rng.IntN(400)), Valid: true}
		created := base.Add(-time.Duration(i) * time.Minute)
		rows[i] = []any{id, t.org, t.clientIDs[t.g.rng.IntN(len(t.clientIDs))], fmt.Sprintf("%s %s %04d", t.g.pick(words), t.g.pick(words), i+1),
			string(kind), string(status), t.person(), int32(26 + t.g.rng.IntN(100)), "25", "3840x2160", "Rec.709", "5.1", deadline, created, created}
	}
	return copyRows(ctx, tx, "productions", []string{"id", "organisation_id", "client_id", "title", "kind", "status", "director",
		"runtime_minutes", "frame_rate", "resolution", "colour_space", "audio_layout", "delivery_deadline", "created_at", "updated_at"}, rows)
}

func (t *tables) randomProduction() int { return t.g.rng.IntN(len(t.productionIDs)) }

func (t *tables) episodes(ctx context.Context, tx pgx.Tx, s Sizes) error {
	t.episodeIDs = make([][]pgtype.UUID, len(t.productionIDs))
	rows := make([][]any, s.Episodes)
	for i := range rows {
		p := t.randomProduction()
		id := t.g.id()
		t.episodeIDs[p] = append(t.episodeIDs[p], id)
		n := len(t.episodeIDs[p])
		rows[i] = []any{id, t.org, t.productionIDs[p], int32(n), fmt.Sprintf("Épisode %d", n), int32(26 + t.g.rng.IntN(30)), base.Add(time.Duration(i) * time.Second)}
	}
	return copyRows(ctx, tx, "episodes", []string{"id", "organisation_id", "production_id", "number", "title", "runtime_minutes", "created_at"}, rows)
}

// team: members join one second after the other; a technician holds a
// function at most once per production.
func (t *tables) team(ctx context.Context, tx pgx.Tx, s Sizes) error {
	type key struct{ p, tech, fn int }
	taken := make(map[key]bool, s.TeamMembers)
	rows := make([][]any, 0, s.TeamMembers)
	for len(rows) < s.TeamMembers {
		k := key{t.randomProduction(), t.g.rng.IntN(len(t.technicianIDs)), t.g.rng.IntN(len(functions))}
		if taken[k] {
			continue
		}
		taken[k] = true
		rows = append(rows, []any{t.g.id(), t.org, t.productionIDs[k.p], t.technicianIDs[k.tech], functions[k.fn],
			int64(25000 + 1000*t.g.rng.IntN(30)), base.Add(time.Duration(len(rows)) * time.Second)})
	}
	return copyRows(ctx, tx, "team_members", []string{"id", "organisation_id", "production_id", "technician_id", "function", "daily_rate_cents", "created_at"}, rows)
}

// tasks: a third of a series' tasks belong to one of its episodes.
func (t *tables) tasks(ctx context.Context, tx pgx.Tx, s Sizes) error {
	rows := make([][]any, s.Tasks)
	for i := range rows {
		p := t.randomProduction()
		var episode any
		if eps := t.episodeIDs[p]; len(eps) > 0 && t.g.rng.IntN(3) == 0 {
			episode = eps[t.g.rng.IntN(len(eps))]
		}
		start := base.AddDate(0, 0, t.g.rng.IntN(300))
		days := 1 + t.g.rng.IntN(15)
		status := db.AllTaskStatuses[t.g.rng.IntN(len(db.AllTaskStatuses))]
		rows[i] = []any{t.g.id(), t.org, t.productionIDs[p], episode, t.ops[t.g.rng.IntN(len(t.ops))], fmt.Sprintf("Tâche %d", i+1),
			int32(days * 8 * 60), pgtype.Date{Time: start, Valid: true}, pgtype.Date{Time: start.AddDate(0, 0, days-1), Valid: true}, string(status), base}
	}
	return copyRows(ctx, tx, "tasks", []string{"id", "organisation_id", "production_id", "episode_id", "operation_id", "title",
		"planned_minutes", "start_date", "end_date", "status", "created_at"}, rows)
}
