// Package notifications tells people what happened to them: an entry in
// their in-app inbox (live over the subscriptions) and, if they chose it or
// the kind always does, an email. Both are written in the transaction of
// the change that causes them.
package notifications

import (
	"context"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/platform/mail"
)

// Notice is one thing that happened, for some people of one organisation.
type Notice struct {
	OrganisationID uuid.UUID
	Kind           db.NotificationKind
	// Users are recipients with an account in the organisation: each gets
	// an inbox entry, and an email unless they turned the kind's off.
	Users []uuid.UUID
	// Addresses are recipients without an account (a technician or a
	// holder known only by their email): an email, in French.
	Addresses    []mail.Address
	ProductionID *uuid.UUID
	// Link is a path inside the app (/slips/…), joined to the public URL
	// in emails.
	Link string
	// Params are what the kind's texts need (production title, reason,
	// dates), already formatted where the format does not depend on the
	// language.
	Params map[string]string
	// Attachments, when set, gives the files of the email in the
	// recipient's language ("fr" or "en"): an iCalendar invitation, a PDF.
	Attachments func(locale string) ([]mail.Attachment, error)
}

// Notifier writes notifications and their emails.
type Notifier struct {
	Outbox *mail.Outbox
	// PublicURL prefixes the links of emails, e.g. https://postprod.example.
	PublicURL string
}

// Notify writes n in tx: an inbox entry per user (with a live event), an
// email per user who wants one and per address.
func (nf *Notifier) Notify(ctx context.Context, tx bun.IDB, n Notice) error {
	panic("notifications.Notify: to be written")
}

// Email mails a kind that always emails (an invitation, a password reset)
// to one address, in locale ("fr" or "en"), outside any inbox: the
// recipient may have no account yet. orgID is nil when no organisation is
// concerned (a password reset).
func (nf *Notifier) Email(ctx context.Context, tx bun.IDB, orgID *uuid.UUID, kind db.NotificationKind, to mail.Address, locale, link string, params map[string]string) error {
	panic("notifications.Email: to be written")
}
