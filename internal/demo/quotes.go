package demo

// The demo's quotes, priced from its sale price list: the series of
// Hirondelle Télévision accepted in version 2 (version 1 superseded), its
// magazine's quote sent and waiting for the producer, and a draft for the
// feature film in preparation. Sent versions carry their frozen PDF, made by
// quotedoc, and its SHA-256, as the quotes service leaves them.

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/kernel/dates"
	"github.com/postprod/postprod/internal/kernel/money"
	"github.com/postprod/postprod/internal/kernel/pricing"
	"github.com/postprod/postprod/internal/platform/numbering"
	"github.com/postprod/postprod/internal/quotes"
	"github.com/postprod/postprod/internal/quotes/quotedoc"
)

// quoteLine is a line of a demo quote: an operation of the catalogue (its
// price from the list) or, without one, a described line at its own price.
type quoteLine struct {
	Op          string // operation code, "" for a line without one
	Episode     int    // episode number, 0 for none
	Kind        db.QuoteLineKind
	Quantity    money.Quantity
	Description string
	Price       money.Cents // without an operation
	Unit        db.QuoteUnit
	Discount    money.Rate
}

func opLine(op string, qty money.Quantity, desc string) quoteLine {
	return quoteLine{Op: op, Kind: db.LineRoomWithOperator, Quantity: qty, Description: desc}
}

// brigadeLines are the series' lines, version 2 (version 1 had less VFX
// and no discount on the mix).
func brigadeLines(v2 bool) []quoteLine {
	var ls []quoteLine
	for ep := 1; ep <= 8; ep++ {
		l := opLine("OFFLINE_EDIT", 12000, "Salle Avid et chef monteur")
		l.Episode = ep
		ls = append(ls, l)
	}
	vfx, mix := opLine("VFX", 10000, "Effets de mer et incrustations"), opLine("MIX", 16000, "Auditorium 5.1, version antenne et version M&E")
	if v2 {
		vfx.Quantity, vfx.Description = 14000, "Effets de mer, incrustations et nettoyage de plans (4 jours ajoutés)"
		mix.Discount = 500
	}
	return append(ls,
		opLine("CONFORM", 8000, "Conformation 4K depuis les rushes caméra"),
		opLine("GRADING", 16000, "Étalonnage HDR Rec.2020 PQ puis passe SDR Rec.709"),
		vfx,
		quoteLine{Op: "TITLES", Kind: db.LineFlat, Quantity: 1000, Unit: db.QuoteUnitFlat, Price: 250000, Description: "Générique de début et habillage de la série"},
		opLine("SOUND_EDIT", 24000, ""),
		quoteLine{Op: "ADR", Episode: 2, Kind: db.LineRoomWithOperator, Quantity: 6000, Description: "Post-synchronisation, cabine et ingénieure du son"},
		quoteLine{Op: "ADR", Episode: 6, Kind: db.LineRoomWithOperator, Quantity: 6000, Description: "Post-synchronisation, cabine et ingénieure du son"},
		opLine("FOLEY", 6000, ""),
		mix,
		quoteLine{Op: "SUBTITLES", Kind: db.LineTechnician, Quantity: 8000, Description: "Sous-titres SME, un fichier par épisode"},
		opLine("MASTERING", 8000, "PAD UHD HDR plateforme et HD antenne"),
		quoteLine{Op: "QC", Kind: db.LineTechnician, Quantity: 16000, Description: "Contrôle qualité des PAD"},
		quoteLine{Kind: db.LineStorage, Quantity: 48000, Unit: db.QuoteUnitTB, Price: 3000, Description: "Stockage des rushes et sauvegarde LTO pendant la post-production"},
	)
}

var terresLines = []quoteLine{
	opLine("OFFLINE_EDIT", 5000, "Montage du numéro de 26 min"),
	opLine("GRADING", 1000, ""),
	quoteLine{Op: "TITLES", Kind: db.LineFlat, Quantity: 1000, Unit: db.QuoteUnitFlat, Price: 80000, Description: "Habillage (reprise de la charte)"},
	opLine("MIX", 1000, "Mixage stéréo, −23 LUFS"),
	quoteLine{Op: "MASTERING", Kind: db.LineRoomWithOperator, Quantity: 1000, Unit: db.QuoteUnitHalfDay, Price: 45000},
	quoteLine{Op: "QC", Kind: db.LineTechnician, Quantity: 2000},
}

var enfantsLines = []quoteLine{
	opLine("OFFLINE_EDIT", 40000, "Montage image, 8 semaines"),
	opLine("CONFORM", 4000, ""),
	opLine("GRADING", 10000, "Étalonnage DCI-P3 et version Rec.709"),
	opLine("VFX", 15000, ""),
	opLine("SOUND_EDIT", 20000, ""),
	opLine("FOLEY", 5000, ""),
	opLine("MIX", 10000, "Mixage cinéma 5.1 et version M&E"),
	opLine("MASTERING", 3000, "DCP, PAD HD et fichiers plateformes"),
	quoteLine{Op: "QC", Kind: db.LineTechnician, Quantity: 8000},
}

// seedQuotes writes the sale price list and the demo's quotes.
func seedQuotes(ctx context.Context, idb bun.IDB, orgID uuid.UUID, prods map[string]*db.Production, episodes []db.Episode,
	coordinator, producer uuid.UUID, today dates.Date) error {
	var catalogue []db.Operation
	if err := idb.NewSelect().Model(&catalogue).Column("id", "code").Where("organisation_id IS NULL").Scan(ctx); err != nil {
		return fmt.Errorf("demo: reading the catalogue: %w", err)
	}
	ops := map[string]uuid.UUID{}
	for _, o := range catalogue {
		ops[o.Code] = o.ID
	}
	prices := salePriceRows(orgID, ops)
	if _, err := idb.NewInsert().Model(&prices).Exec(ctx); err != nil {
		return fmt.Errorf("demo: inserting the sale prices: %w", err)
	}
	qs := &quoteSeeder{ctx: ctx, idb: idb, org: orgID, ops: ops, coordinator: coordinator, episodes: map[uuid.UUID]map[int]uuid.UUID{}}
	for _, e := range episodes {
		if qs.episodes[e.ProductionID] == nil {
			qs.episodes[e.ProductionID] = map[int]uuid.UUID{}
		}
		qs.episodes[e.ProductionID][e.Number] = e.ID
	}
	now := time.Now()
	// The series: v1 sent 40 days ago and revised, v2 sent 25 days ago and
	// accepted by the producer 20 days ago.
	brigade := prods["brigade"]
	q, err := qs.quote(brigade, now)
	if err != nil {
		return err
	}
	v1, err := qs.version(q, brigade, 1, brigadeLines(false), today.AddDays(-40), today.AddDays(-10))
	if err == nil {
		err = qs.send(q, v1, today.AddDays(-40))
	}
	if err == nil {
		at := today.AddDays(-25).Time().Add(9 * time.Hour)
		v1.Status, v1.SupersededAt = db.QuoteSuperseded, &at
		_, err = idb.NewUpdate().Model(v1).Column("status", "superseded_at").WherePK().Exec(ctx)
	}
	if err != nil {
		return fmt.Errorf("demo: quote v1: %w", err)
	}
	v2, err := qs.version(q, brigade, 2, brigadeLines(true), today.AddDays(-25), today.AddDays(5))
	if err == nil {
		err = qs.send(q, v2, today.AddDays(-25))
	}
	if err == nil {
		at := today.AddDays(-20).Time().Add(14 * time.Hour)
		name, mention, addr := "Nathalie Lemaire", "Bon pour accord", "203.0.113.24"
		v2.Status = db.QuoteAccepted
		v2.AcceptanceRecord = db.AcceptanceRecord{AcceptedAt: &at, AcceptedBy: &producer, AcceptedName: &name,
			AcceptedMention: &mention, AcceptedAddress: &addr, AcceptedSHA256: v2.DocumentSHA256}
		_, err = idb.NewUpdate().Model(v2).Column("status", "accepted_at", "accepted_by", "accepted_name", "accepted_mention",
			"accepted_address", "accepted_sha256").WherePK().Exec(ctx)
	}
	if err != nil {
		return fmt.Errorf("demo: quote v2: %w", err)
	}
	// The magazine: sent 3 days ago, waiting for the producer.
	terres := prods["terres"]
	if q, err = qs.quote(terres, now); err == nil {
		var v *db.QuoteVersion
		if v, err = qs.version(q, terres, 1, terresLines, today.AddDays(-3), today.AddDays(27)); err == nil {
			err = qs.send(q, v, today.AddDays(-3))
		}
	}
	if err != nil {
		return fmt.Errorf("demo: magazine quote: %w", err)
	}
	// The feature in preparation: a draft, not numbered yet.
	enfants := prods["enfants"]
	if q, err = qs.quote(enfants, time.Time{}); err == nil {
		_, err = qs.version(q, enfants, 1, enfantsLines, dates.Date{}, today.AddDays(30))
	}
	if err != nil {
		return fmt.Errorf("demo: draft quote: %w", err)
	}
	return nil
}

type quoteSeeder struct {
	ctx         context.Context
	idb         bun.IDB
	org         uuid.UUID
	ops         map[string]uuid.UUID
	coordinator uuid.UUID
	episodes    map[uuid.UUID]map[int]uuid.UUID // by production, by number
}

// quote starts a quote, numbered when issued is set (the next number of
// its year).
func (s *quoteSeeder) quote(p *db.Production, issued time.Time) (*db.Quote, error) {
	q := &db.Quote{OrganisationID: s.org, ProductionID: p.ID, CreatedBy: &s.coordinator}
	if !issued.IsZero() {
		year := numbering.YearOf(issued)
		n, err := numbering.Next(s.ctx, s.idb, s.org, numbering.Quote, year)
		if err != nil {
			return nil, err
		}
		q.Year, q.Number = &year, &n
	}
	_, err := s.idb.NewInsert().Model(q).Returning("id").Exec(s.ctx)
	return q, err
}

// version writes a draft version with its lines priced from the list and
// its totals; issued, when set, is its issue date to be.
func (s *quoteSeeder) version(q *db.Quote, p *db.Production, n int, lines []quoteLine, issued, validUntil dates.Date) (*db.QuoteVersion, error) {
	rows := make([]db.QuoteLine, len(lines))
	priced := make([]pricing.Line, len(lines))
	for i, l := range lines {
		r := db.QuoteLine{OrganisationID: s.org, Position: i, Kind: l.Kind, Description: l.Description, Quantity: l.Quantity,
			Unit: l.Unit, HoursPerDay: 8, UnitPrice: l.Price, VatRate: 2000}
		if l.Op != "" {
			id := s.ops[l.Op]
			r.OperationID = &id
			if pr := operationPrices[l.Op]; r.UnitPrice == 0 {
				r.Unit, r.UnitPrice = pr.Unit, pr.Price
			}
		}
		if l.Episode != 0 {
			id := s.episodes[p.ID][l.Episode]
			r.EpisodeID = &id
		}
		if l.Discount != 0 {
			d := l.Discount
			r.DiscountRate = &d
		}
		priced[i] = pricing.Line{Quantity: r.Quantity, UnitPrice: r.UnitPrice, DiscountPercent: r.DiscountRate, VatRate: r.VatRate}
		r.Net = priced[i].Net()
		rows[i] = r
	}
	t := pricing.Sum(priced)
	runtime := p.RuntimeMinutes
	var eps *int
	if count := len(s.episodes[p.ID]); count > 0 {
		eps = &count
	}
	v := &db.QuoteVersion{OrganisationID: s.org, QuoteID: q.ID, ProductionID: p.ID, ClientID: p.ClientID, Version: n,
		Status: db.QuoteDraft, Title: "Post-production image et son — " + p.Title, ValidUntil: validUntil,
		SpecRuntimeMinutes: runtime, SpecEpisodes: eps, SpecDeliverables: deliverables(p),
		Deposit: 3000, PaymentDays: 30, Overtime: 2500, Night: 5000, Weekend: 10000,
		TotalHT: t.HT, TotalVAT: t.VAT, TotalTTC: t.TTC, CreatedBy: &s.coordinator}
	if issued != (dates.Date{}) {
		v.IssueDate = &issued
		v.PurchaseOrder = fmt.Sprintf("HTV-%d-%03d", issued.Year, 40+n)
	}
	if _, err := s.idb.NewInsert().Model(v).Returning("id").Exec(s.ctx); err != nil {
		return nil, err
	}
	for i := range rows {
		rows[i].VersionID = &v.ID
	}
	_, err := s.idb.NewInsert().Model(&rows).Exec(s.ctx)
	return v, err
}

func deliverables(p *db.Production) string {
	return fmt.Sprintf("PAD %s %s, %s, %s i/s", p.Resolution, p.ColourSpace, p.AudioLayout, p.FrameRate)
}

// send freezes a draft as the quotes service does: its PDF rendered by
// quotedoc from what the database holds, and its SHA-256.
func (s *quoteSeeder) send(q *db.Quote, v *db.QuoteVersion, issued dates.Date) error {
	doc, err := (&quotes.Service{}).Document(s.ctx, s.idb, v.ID)
	if err != nil {
		return err
	}
	pdf, err := quotedoc.Render(doc)
	if err != nil {
		return err
	}
	sum := sha256.Sum256(pdf)
	hash := hex.EncodeToString(sum[:])
	at := issued.Time().Add(10 * time.Hour)
	v.Status, v.SentAt, v.SentBy, v.Document, v.DocumentSHA256 = db.QuoteSent, &at, &s.coordinator, pdf, &hash
	_, err = s.idb.NewUpdate().Model(v).Column("status", "sent_at", "sent_by", "document", "document_sha256").WherePK().Exec(s.ctx)
	return err
}
