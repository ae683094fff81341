package slips

import (
	"context"
	"crypto/sha256"
	"fmt"
	"strings"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/auth"
	"github.com/postprod/postprod/internal/kernel/apperr"
	"github.com/postprod/postprod/internal/kernel/dates"
	"github.com/postprod/postprod/internal/kernel/page"
	"github.com/postprod/postprod/internal/kernel/validate"
	"github.com/postprod/postprod/internal/notifications"
	"github.com/postprod/postprod/internal/platform/live"
	"github.com/postprod/postprod/internal/platform/service"
	"github.com/postprod/postprod/internal/productions"
)

type Service struct {
	DB     *bun.DB
	Notify *notifications.Notifier
	// OnApproved, when set, runs in the transaction that approves slips of
	// a production (approval, a day's approval, a correction), once per
	// production: quotes propose an amendment for time beyond what was sold.
	OnApproved func(ctx context.Context, tx bun.Tx, productionID uuid.UUID) error
}

// approved runs the OnApproved hook for each production once.
func (s *Service) approved(c *service.Call, productionIDs ...uuid.UUID) error {
	if s.OnApproved == nil {
		return nil
	}
	done := map[uuid.UUID]bool{}
	for _, id := range productionIDs {
		if done[id] {
			continue
		}
		done[id] = true
		if err := s.OnApproved(c.Ctx, c.Tx, id); err != nil {
			return err
		}
	}
	return nil
}

// Input is a slip as typed on the phone.
type Input struct {
	ClientID     string
	ProductionID uuid.UUID
	EpisodeID    *uuid.UUID
	TaskID       *uuid.UUID
	OperationID  *uuid.UUID
	TechnicianID *uuid.UUID
	RoomID       *uuid.UUID
	Date         dates.Date
	Start, End   string
	BreakMinutes int
	Notes        *string
}

func idStr(id *uuid.UUID) string {
	if id == nil {
		return "-"
	}
	return id.String()
}

// hash identifies a slip's content: the same client id with the same
// content is a retry, with another content a conflict.
func hash(tech uuid.UUID, in Input, ses Session, notes string) []byte {
	h := sha256.New()
	fmt.Fprintf(h, "%s|%s|%s|%s|%s|%s|%s|%d|%d|%d|%s", tech, in.ProductionID, idStr(in.EpisodeID), idStr(in.TaskID), idStr(in.OperationID),
		idStr(in.RoomID), in.Date, ses.Start.Unix(), ses.End.Unix(), in.BreakMinutes, notes)
	return h.Sum(nil)
}

// build validates an input for a technician and returns the row to write
// (without id, status and workflow fields).
func (s *Service) build(ctx context.Context, idb bun.IDB, p *auth.Principal, tech uuid.UUID, in Input) (*db.Slip, error) {
	ses, err := Derive(in.Date, in.Start, in.End, in.BreakMinutes)
	if err != nil {
		return nil, err
	}
	if today := dates.Today(); today.AddDays(1).Before(in.Date) {
		return nil, apperr.Invalid("date", "Impossible de déclarer une séance au-delà de demain.", "A session cannot be declared beyond tomorrow.")
	} else if in.Date.Before(today.AddDays(-366)) {
		return nil, apperr.Invalid("date", "Date trop ancienne (plus d'un an).", "Date too old (more than a year).")
	}
	notes, err := validate.Optional("notes", validate.Str(in.Notes), 2000)
	if err != nil {
		return nil, err
	}
	prod := new(db.Production)
	if err := idb.NewSelect().Model(prod).Where("id = ? AND organisation_id = ?", in.ProductionID, p.OrganisationID).Scan(ctx); err != nil {
		return nil, apperr.MissingAs(err, apperr.Invalid("productionId", "Production inconnue.", "Unknown production."))
	}
	if prod.Status == db.ProductionStatusClosed {
		return nil, apperr.Invalid("productionId", "Cette production est clôturée : plus aucun bon n'y est accepté.", "This production is closed: it takes no more slips.")
	}
	if !p.Manages() {
		inTeam, err := idb.NewSelect().Model((*db.TeamMember)(nil)).Where("production_id = ? AND technician_id = ?", in.ProductionID, tech).Exists(ctx)
		if err != nil {
			return nil, err
		}
		if !inTeam {
			return nil, apperr.New(apperr.Forbidden, "productionId", "Vous ne faites pas partie de l'équipe de cette production.", "You are not in this production's team.")
		}
	}
	sl := &db.Slip{OrganisationID: p.OrganisationID, TechnicianID: tech, ProductionID: in.ProductionID, EpisodeID: in.EpisodeID,
		TaskID: in.TaskID, RoomID: in.RoomID, WorkDate: in.Date, StartAt: ses.Start, EndAt: ses.End, BreakMinutes: in.BreakMinutes,
		WorkedMinutes: ses.Worked, NightMinutes: ses.Night, SundayOrHoliday: ses.SundayOrHoliday, Notes: notes}
	if in.TaskID != nil {
		t := new(db.Task)
		if err := idb.NewSelect().Model(t).Where("id = ? AND production_id = ?", *in.TaskID, in.ProductionID).Scan(ctx); err != nil {
			return nil, apperr.MissingAs(err, apperr.Invalid("taskId", "Cette tâche n'appartient pas à la production.", "This task is not part of the production."))
		}
		if in.OperationID != nil && *in.OperationID != t.OperationID {
			return nil, apperr.Invalid("operationId", "L'opération ne correspond pas à la tâche.", "The operation does not match the task.")
		}
		sl.OperationID = t.OperationID
		if sl.EpisodeID == nil {
			sl.EpisodeID = t.EpisodeID
		}
	} else {
		if in.OperationID == nil {
			return nil, apperr.Invalid("operationId", "Indiquez la tâche ou l'opération.", "Give the task or the operation.")
		}
		ok, err := idb.NewSelect().Model((*db.Operation)(nil)).Where("id = ? AND (organisation_id IS NULL OR organisation_id = ?)", *in.OperationID, p.OrganisationID).Exists(ctx)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, apperr.Invalid("operationId", "Opération inconnue.", "Unknown operation.")
		}
		sl.OperationID = *in.OperationID
	}
	if sl.EpisodeID != nil {
		ok, err := idb.NewSelect().Model((*db.Episode)(nil)).Where("id = ? AND production_id = ?", *sl.EpisodeID, in.ProductionID).Exists(ctx)
		if err != nil || !ok {
			return nil, apperr.Or(err, apperr.Invalid("episodeId", "Cet épisode n'appartient pas à la production.", "This episode is not part of the production."))
		}
	}
	if in.RoomID != nil {
		ok, err := idb.NewSelect().Model((*db.Room)(nil)).Where("id = ? AND organisation_id = ?", *in.RoomID, p.OrganisationID).Exists(ctx)
		if err != nil || !ok {
			return nil, apperr.Or(err, apperr.Invalid("roomId", "Salle inconnue.", "Unknown room."))
		}
	}
	sl.ContentHash = hash(tech, in, ses, notes)
	return sl, nil
}

// checkOverlap names the technician's slip that the new one would overlap.
func checkOverlap(ctx context.Context, idb bun.IDB, sl *db.Slip, except *uuid.UUID) error {
	other := new(db.Slip)
	q := idb.NewSelect().Model(other).
		Where("technician_id = ? AND current AND status <> ?", sl.TechnicianID, db.SlipStatusRejected).
		Where("tstzrange(start_at, end_at) && tstzrange(?, ?)", sl.StartAt, sl.EndAt)
	if except != nil {
		q = q.Where("id <> ?", *except)
	}
	err := q.Limit(1).Scan(ctx)
	if apperr.NoRows(err) {
		return nil
	}
	if err != nil {
		return err
	}
	var title string
	if err := idb.NewSelect().Model((*db.Production)(nil)).Column("title").Where("id = ?", other.ProductionID).Scan(ctx, &title); err != nil {
		return err
	}
	when := fmt.Sprintf("%s %s–%s", other.StartAt.In(dates.Paris).Format("02/01/2006"), other.StartAt.In(dates.Paris).Format("15:04"), other.EndAt.In(dates.Paris).Format("15:04"))
	return apperr.Invalid("start",
		fmt.Sprintf("Cette séance chevauche votre bon du %s sur « %s ».", when, title),
		fmt.Sprintf("This session overlaps your slip of %s on “%s”.", when, title))
}

// lockTechnician serialises a technician's slip writes: the overlap check
// and the idempotency lookup then see every earlier submission.
func lockTechnician(ctx context.Context, tx bun.Tx, tech uuid.UUID) error {
	_, err := tx.ExecContext(ctx, "SELECT pg_advisory_xact_lock(hashtextextended(?, 7))", "slips:"+tech.String())
	return err
}

func history(ctx context.Context, tx bun.Tx, slipID uuid.UUID, action db.SlipAction, p *auth.Principal, reason string) error {
	_, err := tx.NewInsert().Model(&db.SlipHistory{SlipID: slipID, Action: action, ActorID: p.ActorID(), Reason: reason}).Exec(ctx)
	return err
}

func emit(c *service.Call, sl *db.Slip, kind string) error {
	return c.Emit(&sl.ProductionID, kind, &sl.ID, map[string]any{"status": sl.Status})
}

// Submit records a slip once: the same client id with the same content
// (a retry on a bad network) returns the slip already recorded.
func (s *Service) Submit(ctx context.Context, in Input) (*db.Slip, error) {
	var out *db.Slip
	err := service.Run(ctx, s.DB, CanSubmitSlips, func(c *service.Call) error {
		tx, p := c.Tx, c.P
		tech, err := technicianFor(p, in.TechnicianID)
		if err != nil {
			return err
		}
		in.ClientID = strings.TrimSpace(in.ClientID)
		if len(in.ClientID) < 8 || len(in.ClientID) > 100 {
			return apperr.Invalid("clientId", "Identifiant client du bon invalide (8 à 100 caractères).", "Invalid slip client id (8 to 100 characters).")
		}
		if err := lockTechnician(ctx, tx, tech); err != nil {
			return err
		}
		sl, err := s.build(ctx, tx, p, tech, in)
		if err != nil {
			return err
		}
		prior := new(db.Slip)
		err = tx.NewSelect().Model(prior).Where("organisation_id = ? AND client_id = ? AND revision = 1", p.OrganisationID, in.ClientID).Scan(ctx)
		switch {
		case err == nil:
			if string(prior.ContentHash) != string(sl.ContentHash) || prior.TechnicianID != tech {
				return apperr.New(apperr.Conflict, "clientId", "Ce bon a déjà été envoyé avec un autre contenu.", "This slip was already sent with different content.")
			}
			out, err = latest(ctx, tx, prior)
			return err
		case !apperr.NoRows(err):
			return err
		}
		if err := checkOverlap(ctx, tx, sl, nil); err != nil {
			return err
		}
		sl.ClientID, sl.Status, sl.Revision, sl.Current, sl.SubmittedBy = in.ClientID, db.SlipStatusSubmitted, 1, true, p.ActorID()
		if _, err := tx.NewInsert().Model(sl).Returning("*").Exec(ctx); err != nil {
			return err
		}
		if err := history(ctx, tx, sl.ID, db.SlipActionSubmitted, p, ""); err != nil {
			return err
		}
		if err := emit(c, sl, "slip.submitted"); err != nil {
			return err
		}
		out = sl
		return checkOverrun(ctx, tx, p, sl, sl.WorkedMinutes)
	})
	return out, err
}

// latest follows corrections to the current revision of a slip.
func latest(ctx context.Context, idb bun.IDB, sl *db.Slip) (*db.Slip, error) {
	for !sl.Current {
		next := new(db.Slip)
		if err := idb.NewSelect().Model(next).Where("supersedes_id = ?", sl.ID).Scan(ctx); err != nil {
			return nil, err
		}
		sl = next
	}
	return sl, nil
}

func (s *Service) visible(ctx context.Context, idb bun.IDB, p *auth.Principal, id uuid.UUID, lock bool) (*db.Slip, error) {
	sl := new(db.Slip)
	q := Visible(idb.NewSelect().Model(sl), p).Where("slip.id = ?", id)
	if lock {
		q = q.For("UPDATE")
	}
	if err := q.Scan(ctx); err != nil {
		return nil, apperr.Missing(err, "bon de séance")
	}
	return sl, nil
}

func (s *Service) Slip(ctx context.Context, id uuid.UUID) (*db.Slip, error) {
	p, err := auth.Require(ctx)
	if err != nil {
		return nil, err
	}
	return s.visible(ctx, s.DB, p, id, false)
}

func illegal(sl *db.Slip, action string) error {
	fr := map[db.SlipStatus]string{db.SlipStatusSubmitted: "en attente", db.SlipStatusApproved: "approuvé", db.SlipStatusRejected: "refusé"}[sl.Status]
	return apperr.Invalid("status", fmt.Sprintf("Impossible de %s un bon %s.", action, fr), fmt.Sprintf("Cannot %s a %s slip.", action, strings.ToLower(string(sl.Status))))
}

// review moves a submitted, current slip to APPROVED or REJECTED.
func (s *Service) review(c *service.Call, id uuid.UUID, to db.SlipStatus, reason string) (*db.Slip, error) {
	ctx, tx, p := c.Ctx, c.Tx, c.P
	sl, err := s.visible(ctx, tx, p, id, true)
	if err != nil {
		return nil, err
	}
	if !sl.Current || sl.Status != db.SlipStatusSubmitted {
		verb := map[db.SlipStatus]string{db.SlipStatusApproved: "approuver", db.SlipStatusRejected: "refuser"}[to]
		return nil, illegal(sl, verb)
	}
	now := time.Now()
	sl.Status, sl.RejectionReason, sl.ReviewedBy, sl.ReviewedAt = to, reason, p.ActorID(), &now
	if _, err := tx.NewUpdate().Model(sl).Column("status", "rejection_reason", "reviewed_by", "reviewed_at").Set("updated_at = now()").WherePK().Returning("*").Exec(ctx); err != nil {
		return nil, err
	}
	// A review is written in the history under its status's name.
	if err := history(ctx, tx, sl.ID, db.SlipAction(to), p, reason); err != nil {
		return nil, err
	}
	kind := "slip.approved"
	if to == db.SlipStatusRejected {
		kind = "slip.rejected"
		if err := s.notifyRejected(c, sl); err != nil {
			return nil, err
		}
	}
	return sl, emit(c, sl, kind)
}

func (s *Service) Approve(ctx context.Context, id uuid.UUID) (*db.Slip, error) {
	return service.Do(ctx, s.DB, CanApproveSlips, func(c *service.Call) (*db.Slip, error) {
		sl, err := s.review(c, id, db.SlipStatusApproved, "")
		if err != nil {
			return nil, err
		}
		return sl, s.approved(c, sl.ProductionID)
	})
}

func (s *Service) Reject(ctx context.Context, id uuid.UUID, reason string) (*db.Slip, error) {
	return service.Do(ctx, s.DB, CanApproveSlips, func(c *service.Call) (*db.Slip, error) {
		reason, err := validate.Required("reason", reason, 1000)
		if err != nil {
			return nil, apperr.Invalid("reason", "Indiquez au technicien pourquoi le bon est refusé.", "Tell the technician why the slip is rejected.")
		}
		// A rejected slip no longer counts: it may leave an overrun.
		return s.review(c, id, db.SlipStatusRejected, reason)
	})
}

// ApproveDay approves every submitted slip of a day (optionally of one
// production) the coordinator can see, in one transaction.
func (s *Service) ApproveDay(ctx context.Context, day dates.Date, productionID *uuid.UUID) ([]*db.Slip, error) {
	return service.Do(ctx, s.DB, CanApproveSlips, func(c *service.Call) ([]*db.Slip, error) {
		var ids []uuid.UUID
		q := Visible(c.Tx.NewSelect().Model((*db.Slip)(nil)).Column("slip.id"), c.P).
			Where("slip.work_date = ? AND slip.status = ? AND slip.current", day, db.SlipStatusSubmitted).Order("slip.start_at")
		if productionID != nil {
			q = q.Where("slip.production_id = ?", *productionID)
		}
		if err := q.Scan(ctx, &ids); err != nil {
			return nil, err
		}
		var out []*db.Slip
		var prods []uuid.UUID
		for _, id := range ids {
			sl, err := s.review(c, id, db.SlipStatusApproved, "")
			if err != nil {
				return nil, err
			}
			out = append(out, sl)
			prods = append(prods, sl.ProductionID)
		}
		return out, s.approved(c, prods...)
	})
}

// Resubmit lets the technician correct a rejected slip and send it again.
func (s *Service) Resubmit(ctx context.Context, id uuid.UUID, in Input) (*db.Slip, error) {
	var out *db.Slip
	err := service.Run(ctx, s.DB, CanSubmitSlips, func(c *service.Call) error {
		tx, p := c.Tx, c.P
		old, err := s.visible(ctx, tx, p, id, true)
		if err != nil {
			return err
		}
		if !mayResubmit(p, old.TechnicianID) {
			return apperr.ForbiddenErr()
		}
		if old.Status != db.SlipStatusRejected || !old.Current {
			return illegal(old, "renvoyer")
		}
		if err := lockTechnician(ctx, tx, old.TechnicianID); err != nil {
			return err
		}
		in.ClientID = old.ClientID
		sl, err := s.build(ctx, tx, p, old.TechnicianID, in)
		if err != nil {
			return err
		}
		if err := checkOverlap(ctx, tx, sl, &old.ID); err != nil {
			return err
		}
		sl.ID, sl.ClientID, sl.Status, sl.Revision, sl.Current, sl.SubmittedBy = old.ID, old.ClientID, db.SlipStatusSubmitted, old.Revision, true, p.ActorID()
		sl.SupersedesID, sl.RejectionReason = old.SupersedesID, ""
		if _, err := tx.NewUpdate().Model(sl).ExcludeColumn("id", "organisation_id", "created_at", "updated_at", "submitted_at", "reviewed_by", "reviewed_at").
			Set("submitted_at = now(), reviewed_by = NULL, reviewed_at = NULL, updated_at = now()").WherePK().Returning("*").Exec(ctx); err != nil {
			return err
		}
		if err := history(ctx, tx, sl.ID, db.SlipActionResubmitted, p, ""); err != nil {
			return err
		}
		out = sl
		if err := emit(c, sl, "slip.submitted"); err != nil {
			return err
		}
		return checkOverrun(ctx, tx, p, sl, sl.WorkedMinutes)
	})
	return out, err
}

// Correct: an approved slip never changes; the coordinator's correction is
// a new approved revision, and the old one is kept, no longer current.
func (s *Service) Correct(ctx context.Context, id uuid.UUID, in Input, reason string) (*db.Slip, error) {
	var out *db.Slip
	err := service.Run(ctx, s.DB, CanApproveSlips, func(c *service.Call) error {
		tx, p := c.Tx, c.P
		reason, err := validate.Required("reason", reason, 1000)
		if err != nil {
			return apperr.Invalid("reason", "Expliquez la correction.", "Explain the correction.")
		}
		old, err := s.visible(ctx, tx, p, id, true)
		if err != nil {
			return err
		}
		if old.Status != db.SlipStatusApproved || !old.Current {
			return illegal(old, "corriger")
		}
		if err := lockTechnician(ctx, tx, old.TechnicianID); err != nil {
			return err
		}
		sl, err := s.build(ctx, tx, p, old.TechnicianID, in)
		if err != nil {
			return err
		}
		if err := checkOverlap(ctx, tx, sl, &old.ID); err != nil {
			return err
		}
		if _, err := tx.NewUpdate().Model(old).Set("current = false, updated_at = now()").WherePK().Exec(ctx); err != nil {
			return err
		}
		now := time.Now()
		sl.ClientID = fmt.Sprintf("%s#r%d", old.ClientID, old.Revision+1)
		sl.Status, sl.Revision, sl.Current, sl.SupersedesID = db.SlipStatusApproved, old.Revision+1, true, &old.ID
		sl.SubmittedBy, sl.ReviewedBy, sl.ReviewedAt = old.SubmittedBy, p.ActorID(), &now
		if _, err := tx.NewInsert().Model(sl).Returning("*").Exec(ctx); err != nil {
			return err
		}
		if err := history(ctx, tx, sl.ID, db.SlipActionCorrected, p, reason); err != nil {
			return err
		}
		out = sl
		if err := emit(c, sl, "slip.corrected"); err != nil {
			return err
		}
		if err := checkOverrun(ctx, tx, p, sl, sl.WorkedMinutes-old.WorkedMinutes); err != nil {
			return err
		}
		return s.approved(c, old.ProductionID, sl.ProductionID)
	})
	return out, err
}

type Filter struct {
	ProductionID *uuid.UUID
	TechnicianID *uuid.UUID
	Status       *db.SlipStatus
	From, To     *dates.Date
}

// List returns current revisions, newest first.
func (s *Service) List(ctx context.Context, f Filter, a page.Args) ([]*db.Slip, page.Info, error) {
	p, err := auth.Require(ctx)
	if err != nil {
		return nil, page.Info{}, err
	}
	q := Visible(s.DB.NewSelect(), p).Where("slip.current")
	if f.ProductionID != nil {
		q = q.Where("slip.production_id = ?", *f.ProductionID)
	}
	if f.TechnicianID != nil {
		q = q.Where("slip.technician_id = ?", *f.TechnicianID)
	}
	if f.Status != nil {
		q = q.Where("slip.status = ?", *f.Status)
	}
	if f.From != nil {
		q = q.Where("slip.work_date >= ?", *f.From)
	}
	if f.To != nil {
		q = q.Where("slip.work_date <= ?", *f.To)
	}
	return page.Fetch[*db.Slip](ctx, q.Order("slip.work_date DESC", "slip.start_at DESC", "slip.id"), a)
}

// EventFilter is what a slipEvents subscriber hears.
func (s *Service) EventFilter(ctx context.Context, productionID *uuid.UUID) (live.Filter, error) {
	return (&productions.Service{DB: s.DB}).EventFilter(ctx, productionID, "slip.", "overrun.")
}
