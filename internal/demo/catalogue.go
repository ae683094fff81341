package demo

import (
	"context"
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/isan"
	"github.com/postprod/postprod/internal/kernel/dates"
	"github.com/postprod/postprod/internal/kernel/money"
	"github.com/postprod/postprod/internal/royalties"
)

type holderRow struct {
	Key, Name string
	Kind      db.HolderKind
	Company   bool
}

var holders = []holderRow{
	{"lumiere", "Studio Lumière Production", db.HolderKindProducer, true},
	{"canal", "Les Films du Canal Saint-Martin", db.HolderKindProducer, true},
	{"mistral", "Atelier Mistral Productions", db.HolderKindCoProducer, true},
	{"vasseur", "Hélène Vasseur", db.HolderKindDirector, false},
	{"desrosiers", "Camille Desrosiers", db.HolderKindDirector, false},
	{"benali", "Karim Benali", db.HolderKindDirector, false},
	{"leguen", "Anne-Sophie Le Guen", db.HolderKindAuthor, false},
	{"marchetti", "Paolo Marchetti", db.HolderKindAuthor, false},
	{"ndiaye", "Aïssatou Ndiaye", db.HolderKindAuthor, false},
	{"roux", "Théo Roux", db.HolderKindComposer, false},
	{"sato", "Keiko Sato", db.HolderKindComposer, false},
	{"galaxie", "Galaxie Distribution", db.HolderKindDistributor, true},
	{"horizon", "Horizon Films International", db.HolderKindDistributor, true},
	{"lenoir", "Marc Lenoir", db.HolderKindPerformer, false},
	{"dupuis", "Claire Dupuis", db.HolderKindAuthor, false},
}

var workTitles = []string{
	"Le Phare des brumes", "Les Jardins suspendus", "Marée basse", "La Nuit des lucioles", "Sur la route de Sète",
	"L'Horloger de Besançon", "Les Voix du fleuve", "Un été à Collioure", "La Forge", "Les Derniers Bergers",
	"Vent du large", "Le Silence des pierres", "Capitaine Noisette", "Les Enfants de l'aube", "La Ligne bleue",
	"Histoires de quartier", "Le Grand Départ", "Terre de sel", "Les Oiseaux de passage", "La Maison aux volets verts",
	"Brigade des marées — saison 1", "Nuits blanches à Lyon", "Le Bal des pompiers", "Au fil de la Loire", "Les Cartographes",
	"L'Île aux loups", "Café des sports", "La Traversée du désert", "Mémoires d'ouvriers", "Pipo et la lune rousse — saison 1",
}

var workKinds = []db.ProductionKind{db.ProductionKindFeatureFilm, db.ProductionKindDocumentary, db.ProductionKindTVFiction, db.ProductionKindAnimation, db.ProductionKindTVSeries, db.ProductionKindDocumentary}

// DemoHolder is the holder that holder@demo.test represents.
const DemoHolder = "Hélène Vasseur"

// seedCatalogue writes a managed catalogue: 30 works, 15 holders, shares
// across media and territories, recoupable expenses, two years of revenue
// and two issued runs (2024, first half of 2025); the second half of 2025
// waits for a run.
func seedCatalogue(ctx context.Context, idb bun.IDB, orgID uuid.UUID, holderUser, coordinator uuid.UUID) error {
	rng := rand.New(rand.NewPCG(2026, 11))
	ids := map[string]uuid.UUID{}
	var hs []db.RightsHolder
	for _, h := range holders {
		id := uuid.New()
		ids[h.Key] = id
		email := ""
		if !h.Company {
			email = fmt.Sprintf("%s@example.fr", h.Key)
		}
		hs = append(hs, db.RightsHolder{ID: id, OrganisationID: orgID, Name: h.Name, Kind: h.Kind, IsCompany: h.Company, Email: email, Address: "Paris"})
	}
	if _, err := idb.NewInsert().Model(&hs).Exec(ctx); err != nil {
		return fmt.Errorf("demo: inserting holders: %w", err)
	}
	if _, err := idb.NewInsert().Model(&db.HolderUser{OrganisationID: orgID, HolderID: ids["vasseur"], UserID: holderUser}).Exec(ctx); err != nil {
		return err
	}
	directors := []string{"vasseur", "desrosiers", "benali"}
	authors := []string{"leguen", "marchetti", "ndiaye", "dupuis"}
	composers := []string{"roux", "sato"}
	producers := []string{"lumiere", "canal"}
	var works []db.Work
	var shares []db.RightsShare
	var comms []db.WorkCommission
	var expenses []db.RecoupableExpense
	for i, title := range workTitles {
		w := db.Work{ID: uuid.New(), OrganisationID: orgID, Title: title, Kind: workKinds[i%len(workKinds)], ResidualHolderID: ids[producers[i%2]]}
		year, runtime := 2015+i%10, 52+(i%4)*20
		w.Year, w.RuntimeMinutes = &year, &runtime
		if w.Kind == db.ProductionKindTVSeries || w.Kind == db.ProductionKindAnimation {
			ep := 6 + i%5
			w.Episodes = &ep
		}
		if i%3 != 2 {
			w.Isan = isan.Make(fmt.Sprintf("0000000%04X%05X", 0x2A00+i, 0), "")
		}
		works = append(works, w)
		share := func(holder string, media db.Media, territory string, bp int64) {
			shares = append(shares, db.RightsShare{ID: uuid.New(), OrganisationID: orgID, WorkID: w.ID, HolderID: ids[holder], Media: media, Territory: territory, BasisPoints: bp})
		}
		// The director always; vasseur directs one work in three.
		share(directors[i%3], db.MediaAll, "WORLD", 800)
		share(authors[i%4], db.MediaAll, "WORLD", 600)
		share(composers[i%2], db.MediaTV, "WORLD", 300)
		if i%4 == 0 {
			share("mistral", db.MediaAll, "FR", 2500)
			share("mistral", db.MediaAll, "BE", 2500)
		}
		if i%5 == 1 {
			share("galaxie", db.MediaCinema, "FR", 3000)
			share("horizon", db.MediaSVOD, "WORLD", 2000)
		}
		if i%7 == 3 {
			share("lenoir", db.MediaAll, "WORLD", 150)
		}
		// The demo holder also has a work in every third of the others.
		if i%3 != 0 && i%6 == 2 {
			share("vasseur", db.MediaSVOD, "WORLD", 500)
		}
		comms = append(comms, db.WorkCommission{OrganisationID: orgID, WorkID: w.ID, Media: db.MediaAll, BasisPoints: 1500})
		if w.Kind == db.ProductionKindFeatureFilm {
			comms = append(comms, db.WorkCommission{OrganisationID: orgID, WorkID: w.ID, Media: db.MediaCinema, BasisPoints: 2000})
		}
		if i%4 == 1 {
			expenses = append(expenses, db.RecoupableExpense{ID: uuid.New(), OrganisationID: orgID, WorkID: w.ID, Kind: db.ExpenseKindDubbing, Label: "Doublage anglais",
				Amount: money.Cents(1_500_000 + int64(i)*10_000), IncurredOn: dates.Date{Year: 2023, Month: time.November, Day: 15}})
		}
		if i%6 == 0 {
			expenses = append(expenses, db.RecoupableExpense{ID: uuid.New(), OrganisationID: orgID, WorkID: w.ID, Kind: db.ExpenseKindMinimumGuarantee, Label: "Minimum garanti distributeur",
				Amount: money.Cents(8_000_000), IncurredOn: dates.Date{Year: 2023, Month: time.September, Day: 1}})
		}
	}
	for _, rows := range []any{&works, &shares, &comms, &expenses} {
		if _, err := idb.NewInsert().Model(rows).Exec(ctx); err != nil {
			return fmt.Errorf("demo: inserting catalogue: %w", err)
		}
	}
	type source struct {
		name                string
		media               db.Media
		territory, currency string
		rate                int64
		base                int64 // cents per quarter
	}
	sources := []source{
		{"France Télévisions", db.MediaTV, "FR", "EUR", 1_000_000, 450_000},
		{"RTBF", db.MediaTV, "BE", "EUR", 1_000_000, 90_000},
		{"Plateforme SVOD", db.MediaSVOD, "WORLD", "USD", 921_500, 380_000},
		{"Galaxie Distribution", db.MediaCinema, "FR", "EUR", 1_000_000, 600_000},
		{"Vidéo à la demande", db.MediaTVOD, "FR", "EUR", 1_000_000, 40_000},
	}
	var lines []db.RevenueLine
	for wi, w := range works {
		for q := 0; q < 8; q++ {
			year, month := 2024+q/4, time.Month(1+(q%4)*3)
			start := dates.Date{Year: year, Month: month, Day: 1}
			end := dates.Of(start.Time().AddDate(0, 3, -1))
			for si, s := range sources {
				if (wi+si+q)%3 == 0 || (s.media == db.MediaCinema && w.Kind != db.ProductionKindFeatureFilm) {
					continue
				}
				amount := money.Cents(s.base/2 + rng.Int64N(s.base))
				lines = append(lines, db.RevenueLine{OrganisationID: orgID, WorkID: w.ID, Source: s.name, Media: s.media, Territory: s.territory,
					PeriodStart: start, PeriodEnd: end, Amount: amount, Currency: s.currency, RateMicros: s.rate, AmountEUR: royalties.ToEUR(amount, s.rate),
					ExternalReference: fmt.Sprintf("%s-%d-T%d-%03d", s.currency, year, q%4+1, wi)})
			}
		}
	}
	if _, err := idb.NewInsert().Model(&lines).Exec(ctx); err != nil {
		return fmt.Errorf("demo: inserting revenue: %w", err)
	}
	tx, ok := idb.(bun.Tx)
	if !ok {
		return fmt.Errorf("demo: the catalogue runs need a transaction")
	}
	if err := royalties.IssueRun(ctx, tx, orgID, dates.Date{Year: 2024, Month: 1, Day: 1}, dates.Date{Year: 2024, Month: 12, Day: 31}, coordinator); err != nil {
		return fmt.Errorf("demo: run 2024: %w", err)
	}
	if err := royalties.IssueRun(ctx, tx, orgID, dates.Date{Year: 2025, Month: 1, Day: 1}, dates.Date{Year: 2025, Month: 6, Day: 30}, coordinator); err != nil {
		return fmt.Errorf("demo: run 2025 H1: %w", err)
	}
	return nil
}
