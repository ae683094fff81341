package deliveries

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/auth"
	"github.com/postprod/postprod/internal/kernel/apperr"
	"github.com/postprod/postprod/internal/kernel/dates"
	"github.com/postprod/postprod/internal/kernel/page"
	"github.com/postprod/postprod/internal/kernel/validate"
	"github.com/postprod/postprod/internal/platform/live"
	"github.com/postprod/postprod/internal/platform/service"
	"github.com/postprod/postprod/internal/productions"
)

// Service keeps deliveries: who sees them follows the productions' rules;
// only ADMIN and COORDINATOR change them.
type Service struct {
	DB *bun.DB
}

// Specs lists the organisation's delivery specs.
func (s *Service) Specs(ctx context.Context) ([]*db.DeliverySpec, error) {
	p, err := auth.Require(ctx)
	if err != nil {
		return nil, err
	}
	var out []*db.DeliverySpec
	err = s.DB.NewSelect().Model(&out).Where("organisation_id = ?", p.OrganisationID).Order("name").Limit(500).Scan(ctx)
	return out, err
}

// SpecRow turns a library spec into a row of the organisation.
func SpecRow(org uuid.UUID, key, name, recipient string, kind db.RecipientKind, notes string, sp Spec) *db.DeliverySpec {
	return &db.DeliverySpec{OrganisationID: org, TemplateKey: key, Name: name, Recipient: recipient, RecipientKind: kind,
		Container: sp.Container, VideoCodec: sp.VideoCodec, Width: sp.Width, Height: sp.Height, FrameRates: sp.FrameRates, Scan: sp.Scan,
		ColourSpace: sp.ColourSpace, HDR: sp.HDR, AudioLayouts: sp.AudioLayouts, LoudnessTarget: sp.LoudnessTarget,
		LoudnessTolerance: sp.LoudnessTolerance, TruePeakMax: sp.TruePeakMax, SubtitleFormats: sp.SubtitleFormats,
		SubtitleLanguages: sp.SubtitleLanguages, RequiredDocuments: sp.RequiredDocuments, NamingRule: sp.NamingRule, Notes: notes}
}

// SpecOf is the pure view of a stored spec.
func SpecOf(d *db.DeliverySpec) Spec {
	return Spec{Name: d.Name, Container: d.Container, VideoCodec: d.VideoCodec, Width: d.Width, Height: d.Height, FrameRates: d.FrameRates,
		Scan: d.Scan, ColourSpace: d.ColourSpace, HDR: d.HDR, AudioLayouts: d.AudioLayouts, LoudnessTarget: d.LoudnessTarget,
		LoudnessTolerance: d.LoudnessTolerance, TruePeakMax: d.TruePeakMax, SubtitleFormats: d.SubtitleFormats,
		SubtitleLanguages: d.SubtitleLanguages, RequiredDocuments: d.RequiredDocuments, NamingRule: d.NamingRule}
}

// ProfileOf is what the production can deliver.
func ProfileOf(p *db.Production) Profile {
	return Profile{FrameRate: p.FrameRate, Resolution: p.Resolution, ColourSpace: p.ColourSpace, AudioLayout: p.AudioLayout,
		LoudnessLUFS: p.LoudnessLufs, Subtitles: p.SubtitleLanguages, Documents: p.Documents, HasISAN: p.Isan != ""}
}

func (s *Service) CloneTemplate(ctx context.Context, key string, name *string) (*db.DeliverySpec, error) {
	p, err := auth.Authorize(ctx, CanManage)
	if err != nil {
		return nil, err
	}
	i := slices.IndexFunc(Templates(), func(t Template) bool { return t.Key == key })
	if i < 0 {
		return nil, apperr.Invalid("templateKey", "Modèle inconnu.", "Unknown template.")
	}
	t := Templates()[i]
	n := t.Spec.Name
	if name != nil {
		if n, err = validate.Required("name", *name, 200); err != nil {
			return nil, err
		}
	}
	row := SpecRow(p.OrganisationID, t.Key, n, t.Recipient, t.RecipientKind, t.Notes, t.Spec)
	_, err = s.DB.NewInsert().Model(row).Returning("*").Exec(ctx)
	return row, err
}

var (
	langRe = regexp.MustCompile(`^[a-z]{2}$`)
	rateRe = regexp.MustCompile(`^(23\.976|24|25|29\.97|30|48|50|59\.94|60)$`)
)

func (s *Service) SaveSpec(ctx context.Context, id *uuid.UUID, in *db.DeliverySpec) (*db.DeliverySpec, error) {
	p, err := auth.Authorize(ctx, CanManage)
	if err != nil {
		return nil, err
	}
	if in.Name, err = validate.Required("name", in.Name, 200); err != nil {
		return nil, err
	}
	if in.Recipient, err = validate.Required("recipient", in.Recipient, 200); err != nil {
		return nil, err
	}
	if in.Width <= 0 || in.Height <= 0 || in.Width > 16384 || in.Height > 16384 {
		return nil, apperr.Invalid("width", "Résolution invalide.", "Invalid resolution.")
	}
	if len(in.FrameRates) == 0 {
		return nil, apperr.Invalid("frameRates", "Indiquez au moins une cadence acceptée.", "Give at least one accepted frame rate.")
	}
	for _, r := range in.FrameRates {
		if !rateRe.MatchString(r) {
			return nil, apperr.Invalid("frameRates", "Cadence inconnue : "+r+".", "Unknown frame rate: "+r+".")
		}
	}
	if in.Scan == "" {
		in.Scan = "PROGRESSIVE"
	}
	if in.Scan != "PROGRESSIVE" && in.Scan != "INTERLACED" {
		return nil, apperr.Invalid("scan", "Balayage PROGRESSIVE ou INTERLACED.", "Scan PROGRESSIVE or INTERLACED.")
	}
	if in.LoudnessTarget > 0 || in.LoudnessTarget < -70 || in.LoudnessTolerance < 0 || in.LoudnessTolerance > 10 {
		return nil, apperr.Invalid("loudnessTarget", "Cible de loudness entre -70 et 0 LUFS, tolérance entre 0 et 10.", "Loudness target between -70 and 0 LUFS, tolerance between 0 and 10.")
	}
	for _, l := range in.SubtitleLanguages {
		if !langRe.MatchString(l) {
			return nil, apperr.Invalid("subtitleLanguages", "Langue attendue en code ISO 639-1 (fr, en…).", "Language expected as an ISO 639-1 code (fr, en…).")
		}
	}
	for _, d := range in.RequiredDocuments {
		if !slices.Contains(productions.Documents, d) {
			return nil, apperr.Invalid("requiredDocuments", "Document inconnu : "+d+".", "Unknown document: "+d+".")
		}
	}
	in.OrganisationID = p.OrganisationID
	if id == nil {
		_, err = s.DB.NewInsert().Model(in).Returning("*").Exec(ctx)
		return in, err
	}
	in.ID = *id
	res, err := s.DB.NewUpdate().Model(in).ExcludeColumn("id", "organisation_id", "template_key", "created_at", "updated_at").
		Set("updated_at = now()").Where("id = ? AND organisation_id = ?", *id, p.OrganisationID).Returning("*").Exec(ctx)
	if err != nil {
		return nil, err
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return nil, apperr.NotFoundErr("fiche de livraison")
	}
	return in, nil
}

func (s *Service) spec(ctx context.Context, idb bun.IDB, org, id uuid.UUID) (*db.DeliverySpec, error) {
	sp := new(db.DeliverySpec)
	if err := idb.NewSelect().Model(sp).Where("id = ? AND organisation_id = ?", id, org).Scan(ctx); err != nil {
		return nil, apperr.MissingAs(err, apperr.Invalid("specId", "Fiche de livraison inconnue.", "Unknown delivery spec."))
	}
	return sp, nil
}

// Compatibility checks a production the caller may see against a spec.
func (s *Service) Compatibility(ctx context.Context, productionID, specID uuid.UUID) ([]Issue, error) {
	p, err := auth.Require(ctx)
	if err != nil {
		return nil, err
	}
	prod, err := (&productions.Service{DB: s.DB}).Get(ctx, productionID)
	if err != nil {
		return nil, err
	}
	sp, err := s.spec(ctx, s.DB, p.OrganisationID, specID)
	if err != nil {
		return nil, err
	}
	return Check(ProfileOf(prod), SpecOf(sp)), nil
}

// ItemInput is one deliverable asked for.
type ItemInput struct {
	Kind            db.DeliveryItemKind
	Language, Label string
}

type DeliveryInput struct {
	ProductionID uuid.UUID
	EpisodeID    *uuid.UUID
	SpecID       uuid.UUID
	DueDate      dates.Date
	Notes        *string
	Items        []ItemInput // nil: derived from the spec
}

// DefaultItems lists what a spec implies: the master (the PAD for a
// broadcaster), each audio version, subtitles per language, documents.
func DefaultItems(sp *db.DeliverySpec) []ItemInput {
	master := db.DeliveryItemKindMaster
	if sp.RecipientKind == db.RecipientKindBroadcaster {
		master = db.DeliveryItemKindPAD
	}
	items := []ItemInput{{Kind: master, Label: fmt.Sprintf("%s %s %dx%d", sp.Container, sp.VideoCodec, sp.Width, sp.Height)}}
	for _, a := range sp.AudioLayouts {
		if strings.Contains(strings.ToUpper(a), "M&E") {
			items = append(items, ItemInput{Kind: db.DeliveryItemKindMAndE, Label: "Version internationale (M&E)"})
		} else {
			items = append(items, ItemInput{Kind: db.DeliveryItemKindStems, Label: "Audio " + a})
		}
	}
	for _, l := range sp.SubtitleLanguages {
		items = append(items, ItemInput{Kind: db.DeliveryItemKindSubtitles, Language: l, Label: "Sous-titres " + l})
	}
	if sp.RecipientKind == db.RecipientKindPlatform {
		items = append(items, ItemInput{Kind: db.DeliveryItemKindTrailer, Label: "Bande-annonce"}, ItemInput{Kind: db.DeliveryItemKindArtwork, Label: "Visuels"})
	}
	for _, d := range sp.RequiredDocuments {
		items = append(items, ItemInput{Kind: db.DeliveryItemKindDocument, Label: d})
	}
	return items
}

func emit(c *service.Call, d *db.Delivery, kind string, payload map[string]any) error {
	return c.Emit(&d.ProductionID, kind, &d.ID, payload)
}

func (s *Service) Create(ctx context.Context, in DeliveryInput) (*db.Delivery, error) {
	return service.Do(ctx, s.DB, CanManage, func(c *service.Call) (*db.Delivery, error) {
		d, err := s.create(c, in)
		if err != nil {
			return nil, err
		}
		return d, emit(c, d, "delivery.created", nil)
	})
}

func (s *Service) create(c *service.Call, in DeliveryInput) (*db.Delivery, error) {
	ctx, tx, p := c.Ctx, c.Tx, c.P
	notes, err := validate.Optional("notes", validate.Str(in.Notes), 2000)
	if err != nil {
		return nil, err
	}
	// A new delivery due yesterday would be late from birth: almost always a typo in the date.
	if in.DueDate.Before(dates.Today()) {
		return nil, apperr.Invalid("dueDate", "La date de livraison est passée : choisissez aujourd'hui ou une date à venir.",
			"The delivery date is in the past: choose today or a later date.")
	}
	d := &db.Delivery{OrganisationID: p.OrganisationID, ProductionID: in.ProductionID, EpisodeID: in.EpisodeID, SpecID: in.SpecID,
		DueDate: in.DueDate, Status: db.DeliveryStatusPending, Notes: notes}
	if _, err := (&productions.Service{DB: s.DB}).GetIn(ctx, tx, in.ProductionID); err != nil {
		return nil, err
	}
	if in.EpisodeID != nil {
		ok, err := tx.NewSelect().Model((*db.Episode)(nil)).Where("id = ? AND production_id = ?", *in.EpisodeID, in.ProductionID).Exists(ctx)
		if err != nil || !ok {
			return nil, apperr.Or(err, apperr.Invalid("episodeId", "Cet épisode n'appartient pas à la production.", "This episode is not part of the production."))
		}
	}
	sp, err := s.spec(ctx, tx, p.OrganisationID, in.SpecID)
	if err != nil {
		return nil, err
	}
	items := in.Items
	if items == nil {
		items = DefaultItems(sp)
	}
	if len(items) > 200 {
		return nil, apperr.Invalid("items", "Trop d'éléments (200 au plus).", "Too many items (200 at most).")
	}
	if _, err := tx.NewInsert().Model(d).Returning("*").Exec(ctx); err != nil {
		return nil, err
	}
	rows := make([]db.DeliveryItem, 0, len(items))
	for _, it := range items {
		if !it.Kind.Valid() {
			return nil, apperr.Invalid("items", "Type d'élément inconnu.", "Unknown item kind.")
		}
		if it.Language != "" && !langRe.MatchString(it.Language) {
			return nil, apperr.Invalid("items", "Langue attendue en code ISO 639-1 (fr, en…).", "Language expected as an ISO 639-1 code (fr, en…).")
		}
		rows = append(rows, db.DeliveryItem{OrganisationID: p.OrganisationID, DeliveryID: d.ID, Position: len(rows), Kind: it.Kind, Language: it.Language, Label: it.Label, Status: db.DeliveryItemStatusPending})
	}
	if len(rows) > 0 {
		if _, err := tx.NewInsert().Model(&rows).Exec(ctx); err != nil {
			return nil, err
		}
	}
	return d, nil
}

func (s *Service) visibleDelivery(ctx context.Context, idb bun.IDB, p *auth.Principal, id uuid.UUID, lock bool) (*db.Delivery, error) {
	d := new(db.Delivery)
	q := Visible(idb.NewSelect().Model(d), p).Where("delivery.id = ?", id)
	if lock {
		q = q.For("UPDATE OF delivery")
	}
	if err := q.Scan(ctx); err != nil {
		return nil, apperr.Missing(err, "livraison")
	}
	return d, nil
}

func (s *Service) Delivery(ctx context.Context, id uuid.UUID) (*db.Delivery, error) {
	p, err := auth.Require(ctx)
	if err != nil {
		return nil, err
	}
	return s.visibleDelivery(ctx, s.DB, p, id, false)
}

type Filter struct {
	ProductionID *uuid.UUID
	Status       *db.DeliveryStatus
	AtRisk       bool
}

// List orders deliveries by due date: the board reads them that way.
func (s *Service) List(ctx context.Context, f Filter, a page.Args) ([]*db.Delivery, page.Info, error) {
	p, err := auth.Require(ctx)
	if err != nil {
		return nil, page.Info{}, err
	}
	q := Visible(s.DB.NewSelect(), p)
	if f.ProductionID != nil {
		q = q.Where("delivery.production_id = ?", *f.ProductionID)
	}
	if f.Status != nil {
		q = q.Where("delivery.status = ?", *f.Status)
	}
	if f.AtRisk {
		q = q.Where("delivery.due_date <= ? AND delivery.status NOT IN (?)", dates.Today().AddDays(7), bun.In([]db.DeliveryStatus{db.DeliveryStatusSent, db.DeliveryStatusAccepted}))
	}
	return page.Keyset(ctx, q, a, deliveryOrder)
}

// deliveryOrder: by due date, then id (index deliveries_org_due_id).
var deliveryOrder = page.Order[*db.Delivery]{Name: "deliveries", Terms: []page.Term[*db.Delivery]{
	page.By("delivery.due_date", page.Date, func(d *db.Delivery) any { return d.DueDate }),
	page.By("delivery.id", page.UUID, func(d *db.Delivery) any { return d.ID }),
}}

// AtRisk: due within 7 days, not sent. Late: due date passed, not sent.
func (s *Service) AtRisk(d *db.Delivery) bool {
	t := dates.Today()
	return !t.AddDays(7).Before(d.DueDate) && !d.DueDate.Before(t) && !sent(d)
}

func (s *Service) Late(d *db.Delivery) bool { return d.DueDate.Before(dates.Today()) && !sent(d) }

func sent(d *db.Delivery) bool {
	return d.Status == db.DeliveryStatusSent || d.Status == db.DeliveryStatusAccepted
}

type Details struct {
	Method, Reference, Reasons *string
}

// Transition moves a delivery along its status machine; READY is refused
// while a blocking QC finding is open, SENT needs how and a reference,
// REJECTED the recipient's reasons.
func (s *Service) Transition(ctx context.Context, id uuid.UUID, to db.DeliveryStatus, det Details) (*db.Delivery, error) {
	var d *db.Delivery
	err := service.Run(ctx, s.DB, CanManage, func(c *service.Call) error {
		tx, p := c.Tx, c.P
		var err error
		if d, err = s.visibleDelivery(ctx, tx, p, id, true); err != nil {
			return err
		}
		from := d.Status
		if err := CheckMove(from, to); err != nil {
			return err
		}
		tr := &db.DeliveryTransition{DeliveryID: d.ID, FromStatus: from, ToStatus: to, ActorID: p.ActorID()}
		switch to {
		case db.DeliveryStatusReady:
			n, err := tx.NewSelect().Model((*db.QcFinding)(nil)).Where("delivery_id = ? AND severity = ? AND NOT fixed", d.ID, db.QcSeverityBlocking).Count(ctx)
			if err != nil {
				return err
			}
			if n > 0 {
				return apperr.Invalid("to", fmt.Sprintf("Impossible de passer « Prêt » : %d défaut(s) bloquant(s) du contrôle qualité à corriger.", n),
					fmt.Sprintf("Cannot move to READY: %d blocking QC finding(s) still open.", n))
			}
		case db.DeliveryStatusSent:
			if tr.Method, err = validate.Required("method", validate.Str(det.Method), 100); err != nil {
				return apperr.Invalid("method", "Indiquez le moyen d'envoi (service de transfert, coursier…).", "Give the sending method (transfer service, courier…).")
			}
			if tr.Reference, err = validate.Required("reference", validate.Str(det.Reference), 300); err != nil {
				return apperr.Invalid("reference", "Indiquez la référence de l'envoi (lien, numéro de suivi).", "Give the shipment reference (link, tracking number).")
			}
			d.SentMethod, d.SentReference = tr.Method, tr.Reference
		case db.DeliveryStatusRejected:
			if tr.Reasons, err = validate.Required("reasons", validate.Str(det.Reasons), 2000); err != nil {
				return apperr.Invalid("reasons", "Indiquez les motifs du refus du destinataire.", "Give the recipient's reasons for the rejection.")
			}
			d.RejectionReasons = tr.Reasons
		}
		d.Status = to
		if _, err := tx.NewUpdate().Model(d).Column("status", "sent_method", "sent_reference", "rejection_reasons").Set("updated_at = now()").WherePK().Returning("*").Exec(ctx); err != nil {
			return err
		}
		if _, err := tx.NewInsert().Model(tr).Exec(ctx); err != nil {
			return err
		}
		return emit(c, d, "delivery.status", map[string]any{"from": string(from), "to": string(to)})
	})
	return d, err
}

type FindingInput struct {
	ItemID                  *uuid.UUID
	TimecodeIn, TimecodeOut string
	Severity                db.QcSeverity
	Category                db.QcCategory
	Description             string
}

// AddFinding records a QC finding with timecodes checked against the
// production's frame rate (drop frame when written with ';').
func (s *Service) AddFinding(ctx context.Context, deliveryID uuid.UUID, in FindingInput) (*db.QcFinding, error) {
	var f *db.QcFinding
	err := service.Run(ctx, s.DB, CanManage, func(c *service.Call) error {
		tx, p := c.Tx, c.P
		desc, err := validate.Required("description", in.Description, 2000)
		if err != nil {
			return err
		}
		d, err := s.visibleDelivery(ctx, tx, p, deliveryID, true)
		if err != nil {
			return err
		}
		prod := new(db.Production)
		if err := tx.NewSelect().Model(prod).Where("id = ?", d.ProductionID).Scan(ctx); err != nil {
			return err
		}
		if prod.FrameRate == "" {
			return apperr.Invalid("timecodeIn", "La cadence de la production n'est pas renseignée : impossible de vérifier les timecodes.", "The production's frame rate is not set: timecodes cannot be checked.")
		}
		drop := strings.ContainsAny(in.TimecodeIn, ";.") || strings.ContainsAny(in.TimecodeOut, ";.")
		rate, err := ParseRate(prod.FrameRate, drop)
		if err != nil {
			return withField(err, "timecodeIn")
		}
		tcIn, err := ParseTimecode(in.TimecodeIn, rate)
		if err != nil {
			return withField(err, "timecodeIn")
		}
		tcOut, err := ParseTimecode(in.TimecodeOut, rate)
		if err != nil {
			return withField(err, "timecodeOut")
		}
		// A single-frame glitch has TC in = TC out; otherwise out must follow in.
		if tcOut.Frames() != tcIn.Frames() {
			if _, err := Span(tcIn, tcOut); err != nil {
				return withField(err, "timecodeOut")
			}
		}
		if in.ItemID != nil {
			ok, err := tx.NewSelect().Model((*db.DeliveryItem)(nil)).Where("id = ? AND delivery_id = ?", *in.ItemID, d.ID).Exists(ctx)
			if err != nil || !ok {
				return apperr.Or(err, apperr.Invalid("itemId", "Cet élément n'appartient pas à la livraison.", "This item is not part of the delivery."))
			}
		}
		f = &db.QcFinding{OrganisationID: p.OrganisationID, DeliveryID: d.ID, ItemID: in.ItemID, TimecodeIn: tcIn.String(), TimecodeOut: tcOut.String(),
			FrameIn: tcIn.Frames(), FrameOut: tcOut.Frames(), Severity: in.Severity, Category: in.Category, Description: desc, CreatedBy: p.ActorID()}
		if _, err := tx.NewInsert().Model(f).Returning("*").Exec(ctx); err != nil {
			return err
		}
		return emit(c, d, "delivery.qc", map[string]any{"findingId": f.ID.String(), "severity": in.Severity})
	})
	return f, err
}

func withField(err error, field string) error {
	if ae, ok := apperr.As(err); ok {
		c := *ae
		c.Field = field
		return &c
	}
	return err
}

func (s *Service) SetFixed(ctx context.Context, id uuid.UUID, fixed bool) (*db.QcFinding, error) {
	f := new(db.QcFinding)
	err := service.Run(ctx, s.DB, CanManage, func(c *service.Call) error {
		tx, p := c.Tx, c.P
		if err := tx.NewSelect().Model(f).Where("id = ? AND organisation_id = ?", id, p.OrganisationID).Scan(ctx); err != nil {
			return apperr.Missing(err, "défaut QC")
		}
		d, err := s.visibleDelivery(ctx, tx, p, f.DeliveryID, true)
		if err != nil {
			return err
		}
		q := tx.NewUpdate().Model(f).WherePK().Returning("*")
		if fixed {
			q = q.Set("fixed = true, fixed_at = now(), fixed_by = ?", p.ActorID())
		} else {
			q = q.Set("fixed = false, fixed_at = NULL, fixed_by = NULL")
		}
		if _, err := q.Exec(ctx); err != nil {
			return err
		}
		return emit(c, d, "delivery.qc", map[string]any{"findingId": f.ID.String(), "fixed": fixed})
	})
	return f, err
}

type ItemUpdate struct {
	Status                   *db.DeliveryItemStatus
	FileName, Checksum, Size *string
}

var checksumRe = regexp.MustCompile(`^([a-z0-9]+:)?[0-9a-fA-F]{8,128}$`)

func (s *Service) UpdateItem(ctx context.Context, id uuid.UUID, in ItemUpdate) (*db.DeliveryItem, error) {
	it := new(db.DeliveryItem)
	err := service.Run(ctx, s.DB, CanManage, func(c *service.Call) error {
		tx, p := c.Tx, c.P
		if err := tx.NewSelect().Model(it).Where("id = ? AND organisation_id = ?", id, p.OrganisationID).Scan(ctx); err != nil {
			return apperr.Missing(err, "élément de livraison")
		}
		d, err := s.visibleDelivery(ctx, tx, p, it.DeliveryID, true)
		if err != nil {
			return err
		}
		if in.Status != nil {
			if !in.Status.Valid() {
				return apperr.Invalid("status", "Statut d'élément inconnu.", "Unknown item status.")
			}
			it.Status = *in.Status
		}
		if in.FileName != nil {
			if it.FileName, err = validate.Optional("fileName", *in.FileName, 300); err != nil {
				return err
			}
			if strings.ContainsAny(it.FileName, "/\\") {
				return apperr.Invalid("fileName", "Un nom de fichier, sans chemin.", "A file name, without a path.")
			}
		}
		if in.Checksum != nil {
			it.Checksum = strings.TrimSpace(*in.Checksum)
			if it.Checksum != "" && !checksumRe.MatchString(it.Checksum) {
				return apperr.Invalid("checksum", "Empreinte attendue en hexadécimal (ex. md5:…, sha256:…).", "Checksum expected in hexadecimal (e.g. md5:…, sha256:…).")
			}
		}
		if in.Size != nil {
			n, err := strconv.ParseInt(strings.TrimSpace(*in.Size), 10, 64)
			if err != nil || n < 0 {
				return apperr.Invalid("size", "Taille en octets attendue.", "Size in bytes expected.")
			}
			it.SizeBytes = &n
		}
		// "Prêt" means a file can be sent: without its name nobody knows which one.
		if it.Status == db.DeliveryItemStatusReady && strings.TrimSpace(it.FileName) == "" {
			return apperr.Invalid("fileName", "Indiquez le fichier (son nom) avant de marquer l'élément « Prêt ».",
				"Record the file (its name) before marking the item “Ready”.")
		}
		if _, err := tx.NewUpdate().Model(it).Column("status", "file_name", "checksum", "size_bytes").Set("updated_at = now()").WherePK().Returning("*").Exec(ctx); err != nil {
			return err
		}
		return emit(c, d, "delivery.item", map[string]any{"itemId": it.ID.String()})
	})
	return it, err
}

// EventFilter is what a deliveryEvents subscriber hears.
func (s *Service) EventFilter(ctx context.Context, productionID *uuid.UUID) (live.Filter, error) {
	return (&productions.Service{DB: s.DB}).EventFilter(ctx, productionID, "delivery.")
}
