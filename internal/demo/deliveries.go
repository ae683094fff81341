package demo

import (
	"context"
	"fmt"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/deliveries"
	"github.com/postprod/postprod/internal/kernel/dates"
)

// demoDelivery is one delivery of the demo: a production (by key), a
// library spec, a due date relative to today and the status reached.
type demoDelivery struct {
	prod, template string
	dueIn          int // days from today
	status         db.DeliveryStatus
}

var demoDeliveries = []demoDelivery{
	{"calanques", "fr-broadcaster-hd-pad", -50, db.DeliveryStatusAccepted},
	{"calanques", "festival-screener", -40, db.DeliveryStatusSent},
	{"terres", "fr-broadcaster-hd-pad", 5, db.DeliveryStatusQCFailed}, // at risk, QC failed
	{"heures", "cinema-dcp", 60, db.DeliveryStatusInProgress},
	{"heures", "streaming-imf-uhd", 120, db.DeliveryStatusPending},
	{"brigade", "fr-broadcaster-hd-pad", 25, db.DeliveryStatusQC},
	{"sel", "fr-broadcaster-hd-pad", 12, db.DeliveryStatusReady},
	{"traversee", "streaming-imf-uhd", -3, db.DeliveryStatusRejected},
}

// path is how a delivery reaches each status, for a believable history.
var path = map[db.DeliveryStatus][]db.DeliveryStatus{
	db.DeliveryStatusPending:    {},
	db.DeliveryStatusInProgress: {db.DeliveryStatusInProgress},
	db.DeliveryStatusQC:         {db.DeliveryStatusInProgress, db.DeliveryStatusQC},
	db.DeliveryStatusQCFailed:   {db.DeliveryStatusInProgress, db.DeliveryStatusQC, db.DeliveryStatusQCFailed},
	db.DeliveryStatusReady:      {db.DeliveryStatusInProgress, db.DeliveryStatusQC, db.DeliveryStatusReady},
	db.DeliveryStatusSent:       {db.DeliveryStatusInProgress, db.DeliveryStatusQC, db.DeliveryStatusReady, db.DeliveryStatusSent},
	db.DeliveryStatusAccepted:   {db.DeliveryStatusInProgress, db.DeliveryStatusQC, db.DeliveryStatusReady, db.DeliveryStatusSent, db.DeliveryStatusAccepted},
	db.DeliveryStatusRejected:   {db.DeliveryStatusInProgress, db.DeliveryStatusQC, db.DeliveryStatusReady, db.DeliveryStatusSent, db.DeliveryStatusRejected},
}

// finding is a QC finding at the production's frame rate.
func finding(orgID, deliveryID uuid.UUID, rate, in, out string, severity db.QcSeverity, category db.QcCategory, desc string, fixed bool, by *uuid.UUID) (db.QcFinding, error) {
	r, err := deliveries.ParseRate(rate, false)
	if err != nil {
		return db.QcFinding{}, err
	}
	tcIn, err := deliveries.ParseTimecode(in, r)
	if err != nil {
		return db.QcFinding{}, err
	}
	tcOut, err := deliveries.ParseTimecode(out, r)
	if err != nil {
		return db.QcFinding{}, err
	}
	return db.QcFinding{OrganisationID: orgID, DeliveryID: deliveryID, TimecodeIn: tcIn.String(), TimecodeOut: tcOut.String(), FrameIn: tcIn.Frames(),
		FrameOut: tcOut.Frames(), Severity: severity, Category: category, Description: desc, Fixed: fixed, CreatedBy: by}, nil
}

func seedDeliveries(ctx context.Context, idb bun.IDB, orgID uuid.UUID, prodByKey map[string]*db.Production, coordinator uuid.UUID, today dates.Date) error {
	specs := map[string]*db.DeliverySpec{}
	for _, t := range deliveries.Templates() {
		row := deliveries.SpecRow(orgID, t.Key, t.Spec.Name, t.Recipient, t.RecipientKind, t.Notes, t.Spec)
		row.ID = uuid.New()
		if _, err := idb.NewInsert().Model(row).Exec(ctx); err != nil {
			return fmt.Errorf("demo: inserting delivery spec: %w", err)
		}
		specs[t.Key] = row
	}
	for _, dd := range demoDeliveries {
		sp := specs[dd.template]
		prod, ok := prodByKey[dd.prod]
		if sp == nil || !ok {
			return fmt.Errorf("demo: delivery of %q to %q: unknown production or template", dd.prod, dd.template)
		}
		d := &db.Delivery{ID: uuid.New(), OrganisationID: orgID, ProductionID: prod.ID, SpecID: sp.ID, DueDate: today.AddDays(dd.dueIn), Status: dd.status}
		switch dd.status {
		case db.DeliveryStatusSent, db.DeliveryStatusAccepted, db.DeliveryStatusRejected:
			d.SentMethod, d.SentReference = "Aspera", "https://transfert.example.fr/p/"+d.ID.String()[:8]
		}
		if dd.status == db.DeliveryStatusRejected {
			d.RejectionReasons = "Niveau sonore hors tolérance (−20,5 LUFS mesurés pour −27 ± 2 attendus) et sous-titres anglais désynchronisés après 00:42:10."
		}
		if _, err := idb.NewInsert().Model(d).Exec(ctx); err != nil {
			return fmt.Errorf("demo: inserting delivery: %w", err)
		}
		var items []db.DeliveryItem
		for _, it := range deliveries.DefaultItems(sp) {
			status := db.DeliveryItemStatusPending
			switch dd.status {
			case db.DeliveryStatusReady, db.DeliveryStatusSent, db.DeliveryStatusAccepted, db.DeliveryStatusRejected:
				status = db.DeliveryItemStatusDelivered
			case db.DeliveryStatusQC, db.DeliveryStatusQCFailed:
				status = db.DeliveryItemStatusReady
			case db.DeliveryStatusInProgress:
				status = db.DeliveryItemStatusInProgress
			}
			items = append(items, db.DeliveryItem{ID: uuid.New(), OrganisationID: orgID, DeliveryID: d.ID, Position: len(items), Kind: it.Kind, Language: it.Language, Label: it.Label, Status: status})
		}
		if status := dd.status; status != db.DeliveryStatusPending && status != db.DeliveryStatusInProgress && len(items) > 0 {
			items[0].FileName = fmt.Sprintf("%s_PAD_V1.mxf", d.ID.String()[:8])
			items[0].Checksum = "md5:9e107d9d372bb6826bd81d3542a419d6"
			size := int64(187_412_992_000)
			items[0].SizeBytes = &size
		}
		// An item is ready or delivered only with its file named (the API refuses it otherwise).
		for i := range items {
			if items[i].FileName == "" && (items[i].Status == db.DeliveryItemStatusReady || items[i].Status == db.DeliveryItemStatusDelivered) {
				items[i].FileName = fmt.Sprintf("%s_%02d_%s", d.ID.String()[:8], i+1, demoFileSuffix[items[i].Kind])
			}
		}
		if _, err := idb.NewInsert().Model(&items).Exec(ctx); err != nil {
			return fmt.Errorf("demo: inserting delivery items: %w", err)
		}
		from := db.DeliveryStatusPending
		at := time.Now().Add(-time.Duration(len(path[dd.status])+1) * 24 * time.Hour)
		for _, to := range path[dd.status] {
			tr := db.DeliveryTransition{DeliveryID: d.ID, FromStatus: from, ToStatus: to, ActorID: &coordinator, At: at}
			if to == db.DeliveryStatusSent {
				tr.Method, tr.Reference = d.SentMethod, d.SentReference
			}
			if to == db.DeliveryStatusRejected {
				tr.Reasons = d.RejectionReasons
			}
			if _, err := idb.NewInsert().Model(&tr).Exec(ctx); err != nil {
				return err
			}
			from, at = to, at.Add(24*time.Hour)
		}
		if dd.status == db.DeliveryStatusQCFailed || dd.status == db.DeliveryStatusReady {
			f, err := finding(orgID, d.ID, prod.FrameRate, "10:12:41:07", "10:12:43:00", db.QcSeverityMinor, db.QcCategoryVideo, "Poussière visible en haut à gauche du cadre.", true, &coordinator)
			if err != nil {
				return err
			}
			findings := []db.QcFinding{f}
			if dd.status == db.DeliveryStatusQCFailed {
				f, err := finding(orgID, d.ID, prod.FrameRate, "10:24:05:12", "10:24:09:03", db.QcSeverityBlocking, db.QcCategoryAudio, "Pic à −0,2 dBTP : au-dessus du true peak maximum de −1 dBTP.", false, &coordinator)
				if err != nil {
					return err
				}
				findings = append(findings, f)
			}
			if _, err := idb.NewInsert().Model(&findings).Exec(ctx); err != nil {
				return err
			}
		}
	}
	return nil
}

// demoFileSuffix names a demo deliverable's file by what it holds.
var demoFileSuffix = map[db.DeliveryItemKind]string{
	db.DeliveryItemKindMaster: "master.mxf", db.DeliveryItemKindPAD: "pad.mxf", db.DeliveryItemKindMAndE: "me.wav",
	db.DeliveryItemKindStems: "stems.wav", db.DeliveryItemKindSubtitles: "subtitles.stl", db.DeliveryItemKindTrailer: "trailer.mov",
	db.DeliveryItemKindArtwork: "artwork.zip", db.DeliveryItemKindDocument: "document.pdf",
}
