// Package mail writes email into the mail outbox (in the caller's
// transaction, so a rolled-back change sends nothing) and delivers it from
// there through an SMTP server, with retries, exactly one message per row.
package mail

import (
	"context"
	"fmt"
	netmail "net/mail"
	"strings"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
)

// Address is a mailbox, with its display name.
type Address struct {
	Name  string
	Email string
}

// Attachment is a file joined to a message. An iCalendar invitation
// (ContentType "text/calendar; method=REQUEST") is also what calendar
// clients read to update the event.
type Attachment struct {
	Filename    string
	ContentType string
	Data        []byte
}

// Message is one email: a plain-text part, an HTML part, attachments.
type Message struct {
	To          Address
	Subject     string
	Text        string
	HTML        string
	Attachments []Attachment
}

// Queued says where a message comes from, for the outbox row.
type Queued struct {
	OrganisationID *uuid.UUID
	NotificationID *uuid.UUID
	Kind           db.NotificationKind
}

// Outbox renders messages from one sender and queues them.
type Outbox struct {
	From Address
}

// Enqueue renders msg whole (headers, a stable Message-ID, parts,
// attachments) and writes it to mail_outbox with idb, the caller's
// transaction.
func (o *Outbox) Enqueue(ctx context.Context, idb bun.IDB, q Queued, msg Message) error {
	id := uuid.New()
	messageID := "<" + id.String() + "@" + domainOf(o.From.Email) + ">"
	raw, err := render(o.From, msg, messageID)
	if err != nil {
		return err
	}
	row := &db.MailMessage{ID: id, OrganisationID: q.OrganisationID, NotificationID: q.NotificationID, Kind: q.Kind,
		MessageID: messageID, Sender: o.From.Email, Recipient: msg.To.Email, Message: raw, Status: db.MailPending}
	if _, err := idb.NewInsert().Model(row).Exec(ctx); err != nil {
		return err
	}
	// Wakes a sender at commit (only then: NOTIFY is transactional).
	_, err = idb.ExecContext(ctx, "SELECT pg_notify(?, '')", Channel)
	return err
}

// Channel is the NOTIFY channel that wakes the senders.
const Channel = "postprod_mail"

func domainOf(email string) string {
	if i := strings.LastIndexByte(email, '@'); i >= 0 && i < len(email)-1 {
		return email[i+1:]
	}
	return "postprod.localhost"
}

// ParseAddress reads "Name <address>" or a bare address (POSTPROD_MAIL_FROM).
func ParseAddress(s string) (Address, error) {
	a, err := netmail.ParseAddress(s)
	if err != nil {
		return Address{}, fmt.Errorf("POSTPROD_MAIL_FROM must be an address such as \"postprod <postprod@example.fr>\", not %q", s)
	}
	return Address{Name: a.Name, Email: a.Address}, nil
}
