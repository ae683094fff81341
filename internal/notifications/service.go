package notifications

import (
	"context"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/auth"
	"github.com/postprod/postprod/internal/kernel/apperr"
	"github.com/postprod/postprod/internal/kernel/page"
	"github.com/postprod/postprod/internal/platform/live"
	"github.com/postprod/postprod/internal/platform/service"
)

// Service is the caller's inbox: their notifications in the organisation
// they are signed in to, their email choices, and the live stream of both.
type Service struct {
	DB *bun.DB
}

// own restricts a query on notifications to the caller's in their
// organisation.
func own(q *bun.SelectQuery, p *auth.Principal) *bun.SelectQuery {
	return q.Where("notification.user_id = ? AND notification.organisation_id = ?", p.UserID, p.OrganisationID)
}

// inboxOrder: the newest first (index notifications_inbox).
var inboxOrder = page.Order[*db.Notification]{Name: "notifications", Terms: []page.Term[*db.Notification]{
	page.By("notification.created_at", page.Timestamp, func(n *db.Notification) any { return n.CreatedAt }).Descending(),
	page.By("notification.id", page.UUID, func(n *db.Notification) any { return n.ID }).Descending(),
}}

// Inbox is a page of the caller's notifications, newest first (only the
// unread ones with unreadOnly), and their unread count whatever the filter.
func (s *Service) Inbox(ctx context.Context, a page.Args, unreadOnly bool) ([]*db.Notification, page.Info, int, error) {
	p, err := auth.Authorize(ctx, CanUseInbox)
	if err != nil {
		return nil, page.Info{}, 0, err
	}
	q := own(s.DB.NewSelect(), p)
	if unreadOnly {
		q = q.Where("notification.read_at IS NULL")
	}
	// The unread-only total is the unread count: counted whatever the
	// request asks.
	rows, info, err := page.Keyset(page.WithCount(ctx, unreadOnly || page.Counting(ctx)), q, a, inboxOrder)
	if err != nil {
		return nil, info, 0, err
	}
	unread := info.TotalCount
	if !unreadOnly {
		if unread, err = unreadCount(ctx, s.DB, p.UserID, p.OrganisationID); err != nil {
			return nil, info, 0, err
		}
	}
	return rows, info, unread, nil
}

func unreadCount(ctx context.Context, idb bun.IDB, user, org uuid.UUID) (int, error) {
	n, err := idb.NewSelect().Model((*db.Notification)(nil)).
		Where("user_id = ? AND organisation_id = ? AND read_at IS NULL", user, org).Count(ctx)
	return int(n), err
}

// MarkRead marks the caller's notifications among ids read, or all of
// them when ids is nil, and returns the unread count left. Ids that are
// not the caller's (unknown, another user's, another organisation's) are
// ignored rather than refused: marking read is idempotent, and an answer
// that differed would tell whether someone else's id exists. When
// something changed, "notification.read" tells the caller's other screens.
func (s *Service) MarkRead(ctx context.Context, ids []uuid.UUID) (int, error) {
	return service.Do(ctx, s.DB, CanUseInbox, func(c *service.Call) (int, error) {
		if ids != nil && len(ids) == 0 {
			return unreadCount(c.Ctx, c.Tx, c.P.UserID, c.P.OrganisationID)
		}
		q := c.Tx.NewUpdate().Model((*db.Notification)(nil)).Set("read_at = now()").
			Where("user_id = ? AND organisation_id = ? AND read_at IS NULL", c.P.UserID, c.P.OrganisationID)
		if ids != nil {
			q = q.Where("id IN (?)", bun.In(ids))
		}
		res, err := q.Exec(c.Ctx)
		if err != nil {
			return 0, err
		}
		left, err := unreadCount(c.Ctx, c.Tx, c.P.UserID, c.P.OrganisationID)
		if err != nil {
			return 0, err
		}
		if n, _ := res.RowsAffected(); n > 0 {
			err = live.Emit(c.Ctx, c.Tx, c.P.OrganisationID, nil, EventRead, nil, c.P.ActorID(),
				map[string]any{"userId": c.P.UserID.String(), "unreadCount": left})
		}
		return left, err
	})
}

// Preferences are the caller's email choices for every kind their role
// receives; a kind without a stored choice takes its default (email on).
func (s *Service) Preferences(ctx context.Context) ([]*db.NotificationPreference, error) {
	p, err := auth.Authorize(ctx, CanUseInbox)
	if err != nil {
		return nil, err
	}
	var stored []db.NotificationPreference
	if err := s.DB.NewSelect().Model(&stored).Where("organisation_id = ? AND user_id = ?", p.OrganisationID, p.UserID).Scan(ctx); err != nil {
		return nil, err
	}
	choice := map[db.NotificationKind]bool{}
	for _, pr := range stored {
		choice[pr.Kind] = pr.Email
	}
	var out []*db.NotificationPreference
	for _, k := range KindsFor(p.Role) {
		email, ok := choice[k]
		if !ok || Locked(k) {
			email = true
		}
		out = append(out, &db.NotificationPreference{OrganisationID: p.OrganisationID, UserID: p.UserID, Kind: k, Email: email})
	}
	return out, nil
}

// SetPreference records whether the caller gets kind by email. A locked
// kind, or one their role never receives, is refused (VALIDATION on kind).
func (s *Service) SetPreference(ctx context.Context, kind db.NotificationKind, email bool) (*db.NotificationPreference, error) {
	return service.Do(ctx, s.DB, CanUseInbox, func(c *service.Call) (*db.NotificationPreference, error) {
		if Locked(kind) {
			return nil, apperr.Invalid("kind", "Ce message est toujours envoyé par e-mail : il ne peut pas être désactivé.",
				"This message is always sent by email: it cannot be turned off.")
		}
		if !receives(c.P.Role, kind) {
			return nil, apperr.Invalid("kind", "Votre rôle ne reçoit pas cette notification.", "Your role does not receive this notification.")
		}
		pr := &db.NotificationPreference{OrganisationID: c.P.OrganisationID, UserID: c.P.UserID, Kind: kind, Email: email, UpdatedAt: time.Now()}
		_, err := c.Tx.NewInsert().Model(pr).On("CONFLICT (organisation_id, user_id, kind) DO UPDATE").
			Set("email = EXCLUDED.email, updated_at = EXCLUDED.updated_at").Exec(c.Ctx)
		return pr, err
	})
}

// Event is one change of the caller's inbox, as the subscription tells it.
type Event struct {
	ID           int64
	Kind         string
	At           time.Time
	Notification *db.Notification // the new one; nil for a read
	UnreadCount  int
}

// Events is what a notificationEvents subscriber hears: the inbox events
// of their organisation (filter), of which only their own (keep).
func (s *Service) Events(ctx context.Context) (live.Filter, func(*db.Event) bool, error) {
	p, err := auth.Authorize(ctx, CanUseInbox)
	if err != nil {
		return live.Filter{}, nil, err
	}
	me := p.UserID.String()
	return live.Filter{OrganisationID: p.OrganisationID, Kinds: []string{"notification."}},
		func(ev *db.Event) bool { u, _ := ev.Payload["userId"].(string); return u == me }, nil
}

// Event reads what an inbox event says, for its subscriber: the new
// notification (still scoped to the caller) and the unread count now.
func (s *Service) Event(ctx context.Context, ev *db.Event) (*Event, error) {
	p, err := auth.Authorize(ctx, CanUseInbox)
	if err != nil {
		return nil, err
	}
	out := &Event{ID: ev.ID, Kind: ev.Kind, At: ev.CreatedAt}
	if ev.Kind == EventCreated && ev.EntityID != nil {
		n := new(db.Notification)
		err := own(s.DB.NewSelect().Model(n), p).Where("notification.id = ?", *ev.EntityID).Scan(ctx)
		if err == nil {
			out.Notification = n
		} else if !apperr.NoRows(err) {
			return nil, err
		}
	}
	if out.UnreadCount, err = unreadCount(ctx, s.DB, p.UserID, p.OrganisationID); err != nil {
		return nil, err
	}
	return out, nil
}
