package invoicing

import (
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/internal/notifications"
)

// Service makes, issues and credits invoices, records payments and keeps
// the invoicing settings.
type Service struct {
	DB     *bun.DB
	Notify *notifications.Notifier
}
