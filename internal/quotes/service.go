package quotes

import (
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/internal/notifications"
)

// Service makes, sends and answers quotes and amendments, and keeps the sale
// price list and the templates.
type Service struct {
	DB     *bun.DB
	Notify *notifications.Notifier
}
