package resolvers

import (
	"context"
	"log/slog"
	"strconv"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/graph/model"
	"github.com/postprod/postprod/internal/notifications"
)

// inboxEvents turns the caller's inbox events into what the subscription
// sends, each read by read (the notification, the unread count); it stops
// with ctx, and skips an event it cannot read rather than end the stream.
func inboxEvents(ctx context.Context, in <-chan *db.Event, read func(context.Context, *db.Event) (*notifications.Event, error)) <-chan *model.NotificationEvent {
	out := make(chan *model.NotificationEvent)
	go func() {
		defer close(out)
		for ev := range in {
			e, err := read(ctx, ev)
			if err != nil {
				if ctx.Err() != nil {
					return
				}
				slog.Warn("notificationEvents: reading an event", "id", ev.ID, "err", err)
				continue
			}
			select {
			case out <- &model.NotificationEvent{ID: strconv.FormatInt(e.ID, 10), Kind: e.Kind, At: e.At, Notification: e.Notification, UnreadCount: e.UnreadCount}:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}
