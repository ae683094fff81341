// Package notifications tells people what happened to them: an entry in
// their in-app inbox (live over the subscriptions) and, if they chose it or
// the kind always does, an email. Both are written in the transaction of
// the change that causes them.
package notifications

import (
	"context"
	"fmt"
	"strings"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/kernel/apperr"
	"github.com/postprod/postprod/internal/platform/documents"
	"github.com/postprod/postprod/internal/platform/live"
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
// email per user who wants one and per address. Users who are not members
// of n.OrganisationID are dropped: a notice never crosses organisations.
// The users, their choices and the organisation's name are read in two
// statements whatever the number of recipients.
func (nf *Notifier) Notify(ctx context.Context, tx bun.IDB, n Notice) error {
	if nf == nil {
		return nil
	}
	if n.Link != "" && !strings.HasPrefix(n.Link, "/") {
		return fmt.Errorf("notifications: link %q is not a path of the app", n.Link)
	}
	if n.Params == nil {
		n.Params = map[string]string{}
	}
	org, err := orgName(ctx, tx, &n.OrganisationID)
	if err != nil {
		return err
	}
	users, err := recipients(ctx, tx, n.OrganisationID, n.Kind, n.Users)
	if err != nil {
		return err
	}
	atts := attachments(n.Attachments)
	mailed := map[string]bool{}
	if len(users) > 0 {
		rows := make([]db.Notification, len(users))
		for i, u := range users {
			rows[i] = db.Notification{ID: uuid.New(), OrganisationID: n.OrganisationID, UserID: u.ID, Kind: n.Kind,
				Params: n.Params, Link: n.Link, ProductionID: n.ProductionID}
		}
		if _, err := tx.NewInsert().Model(&rows).Exec(ctx); err != nil {
			return err
		}
		for i, u := range users {
			id := rows[i].ID
			if err := live.Emit(ctx, tx, n.OrganisationID, nil, EventCreated, &id, nil, map[string]any{"userId": u.ID.String()}); err != nil {
				return err
			}
			if !u.Wants && !Locked(n.Kind) {
				continue
			}
			mailed[strings.ToLower(u.Email)] = true
			if err := nf.send(ctx, tx, &n.OrganisationID, &id, n.Kind, mail.Address{Name: u.Name, Email: u.Email}, u.Locale, org, n.Link, !Locked(n.Kind), n.Params, atts); err != nil {
				return err
			}
		}
	}
	for _, a := range n.Addresses {
		key := strings.ToLower(strings.TrimSpace(a.Email))
		if key == "" || mailed[key] {
			continue
		}
		mailed[key] = true
		// No account: no link into an app they cannot open, and no
		// preferences to point to.
		if err := nf.send(ctx, tx, &n.OrganisationID, nil, n.Kind, a, "fr", org, "", false, n.Params, atts); err != nil {
			return err
		}
	}
	return nil
}

// Email mails a kind that always emails (an invitation, a password reset)
// to one address, in locale ("fr" or "en"), outside any inbox: the
// recipient may have no account yet. orgID is nil when no organisation is
// concerned (a password reset).
func (nf *Notifier) Email(ctx context.Context, tx bun.IDB, orgID *uuid.UUID, kind db.NotificationKind, to mail.Address, locale, link string, params map[string]string) error {
	if nf == nil {
		return nil
	}
	org, err := orgName(ctx, tx, orgID)
	if err != nil {
		return err
	}
	// The organisation's name is a param of its own texts (an invitation
	// says whom to join).
	p := map[string]string{ParamOrganisation: org}
	for k, v := range params {
		p[k] = v
	}
	return nf.send(ctx, tx, orgID, nil, kind, to, locale, org, link, false, p, nil)
}

// EventCreated and EventRead are the live events of an inbox; their
// payload names the user ("userId"), and a read says the unread count left.
const (
	EventCreated = "notification.created"
	EventRead    = "notification.read"
)

// BookingUID is the iCalendar UID of a booking's invitations, the same
// for every message about it: booking-<id>@<the sender's domain>.
func (nf *Notifier) BookingUID(id uuid.UUID) string {
	return "booking-" + id.String() + "@" + domainOf(nf.Outbox.From.Email)
}

// From is who sends the mail (the ORGANIZER of calendar invitations).
func (nf *Notifier) From() mail.Address { return nf.Outbox.From }

func domainOf(email string) string {
	if i := strings.LastIndexByte(email, '@'); i >= 0 && i < len(email)-1 {
		return email[i+1:]
	}
	return "postprod.localhost"
}

func (nf *Notifier) send(ctx context.Context, tx bun.IDB, orgID, notificationID *uuid.UUID, kind db.NotificationKind, to mail.Address,
	locale, org, link string, prefs bool, params map[string]string, atts func(string) ([]mail.Attachment, error)) error {
	lang := documents.ParseLang(locale)
	url := ""
	if link != "" {
		url = strings.TrimSuffix(nf.PublicURL, "/") + link
	}
	msg, err := compose(to, org, Texts(kind, string(lang), params), url, lang, prefs)
	if err != nil {
		return err
	}
	if atts != nil {
		if msg.Attachments, err = atts(string(lang)); err != nil {
			return err
		}
	}
	return nf.Outbox.Enqueue(ctx, tx, mail.Queued{OrganisationID: orgID, NotificationID: notificationID, Kind: kind}, msg)
}

// attachments renders a notice's files once per language, not once per
// recipient.
func attachments(f func(string) ([]mail.Attachment, error)) func(string) ([]mail.Attachment, error) {
	if f == nil {
		return nil
	}
	done := map[string][]mail.Attachment{}
	return func(lang string) ([]mail.Attachment, error) {
		if a, ok := done[lang]; ok {
			return a, nil
		}
		a, err := f(lang)
		if err == nil {
			done[lang] = a
		}
		return a, err
	}
}

// recipient is a user of the organisation, with their language and whether
// they want this kind by email.
type recipient struct {
	ID     uuid.UUID
	Email  string
	Name   string
	Locale string
	Wants  bool
}

// recipients reads, in one statement, the members of org among ids (each
// once) and their email choice for kind.
func recipients(ctx context.Context, tx bun.IDB, org uuid.UUID, kind db.NotificationKind, ids []uuid.UUID) ([]recipient, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	var out []recipient
	err := tx.NewSelect().TableExpr("users AS u").
		ColumnExpr("DISTINCT ON (u.id) u.id, u.email, u.name, u.locale, COALESCE(np.email, true) AS wants").
		Join("JOIN memberships AS m ON m.user_id = u.id AND m.organisation_id = ?", org).
		Join("LEFT JOIN notification_preferences AS np ON np.user_id = u.id AND np.organisation_id = m.organisation_id AND np.kind = ?", kind).
		Where("u.id IN (?)", bun.In(ids)).OrderExpr("u.id").Scan(ctx, &out)
	return out, err
}

func orgName(ctx context.Context, tx bun.IDB, id *uuid.UUID) (string, error) {
	if id == nil {
		return "", nil
	}
	var name string
	err := tx.NewSelect().Model((*db.Organisation)(nil)).Column("name").Where("id = ?", *id).Scan(ctx, &name)
	if apperr.NoRows(err) {
		return "", nil
	}
	return name, err
}
