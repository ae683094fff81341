package db

// Notifications: the inbox, email preferences, the mail outbox and password resets.

import (
	"io"
	"slices"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"
)

// NotificationKind is what happened to the recipient.
type NotificationKind string

const (
	NotificationInvitation        NotificationKind = "INVITATION"
	NotificationPasswordReset     NotificationKind = "PASSWORD_RESET"
	NotificationSlipRejected      NotificationKind = "SLIP_REJECTED"
	NotificationBookingCreated    NotificationKind = "BOOKING_CREATED"
	NotificationBookingMoved      NotificationKind = "BOOKING_MOVED"
	NotificationBookingCancelled  NotificationKind = "BOOKING_CANCELLED"
	NotificationStatementIssued   NotificationKind = "STATEMENT_ISSUED"
	NotificationQuoteSent         NotificationKind = "QUOTE_SENT"
	NotificationQuoteAccepted     NotificationKind = "QUOTE_ACCEPTED"
	NotificationQuoteRefused      NotificationKind = "QUOTE_REFUSED"
	NotificationAmendmentSent     NotificationKind = "AMENDMENT_SENT"
	NotificationAmendmentAccepted NotificationKind = "AMENDMENT_ACCEPTED"
	NotificationAmendmentRefused  NotificationKind = "AMENDMENT_REFUSED"
	NotificationInvoiceIssued     NotificationKind = "INVOICE_ISSUED"
	NotificationCreditNoteIssued  NotificationKind = "CREDIT_NOTE_ISSUED"
	NotificationInvoiceOverdue    NotificationKind = "INVOICE_OVERDUE"
)

var AllNotificationKinds = []NotificationKind{NotificationInvitation, NotificationPasswordReset, NotificationSlipRejected,
	NotificationBookingCreated, NotificationBookingMoved, NotificationBookingCancelled, NotificationStatementIssued,
	NotificationQuoteSent, NotificationQuoteAccepted, NotificationQuoteRefused,
	NotificationAmendmentSent, NotificationAmendmentAccepted, NotificationAmendmentRefused,
	NotificationInvoiceIssued, NotificationCreditNoteIssued, NotificationInvoiceOverdue}

func (k NotificationKind) Valid() bool            { return slices.Contains(AllNotificationKinds, k) }
func (k NotificationKind) MarshalGQL(w io.Writer) { MarshalEnum(w, k) }
func (k *NotificationKind) UnmarshalGQL(v any) (err error) {
	*k, err = UnmarshalEnum(v, AllNotificationKinds, "NotificationKind")
	return
}

// MailStatus is where a message of the mail outbox stands.
type MailStatus string

const (
	MailPending MailStatus = "PENDING"
	MailSent    MailStatus = "SENT"
	MailFailed  MailStatus = "FAILED" // gave up after the last retry
)

var AllMailStatuses = []MailStatus{MailPending, MailSent, MailFailed}

type Notification struct {
	bun.BaseModel  `bun:"table:notifications"`
	ID             uuid.UUID `bun:",pk,type:uuid,default:gen_random_uuid()"`
	OrganisationID uuid.UUID `bun:"type:uuid"`
	UserID         uuid.UUID `bun:"type:uuid"`
	Kind           NotificationKind
	Params         map[string]string `bun:"type:jsonb"`
	Link           string
	ProductionID   *uuid.UUID `bun:"type:uuid"`
	CreatedAt      time.Time  `bun:",nullzero,default:now()"`
	ReadAt         *time.Time
}

type NotificationPreference struct {
	bun.BaseModel  `bun:"table:notification_preferences"`
	OrganisationID uuid.UUID        `bun:",pk,type:uuid"`
	UserID         uuid.UUID        `bun:",pk,type:uuid"`
	Kind           NotificationKind `bun:",pk"`
	Email          bool
	UpdatedAt      time.Time `bun:",nullzero,default:now()"`
}

type MailMessage struct {
	bun.BaseModel  `bun:"table:mail_outbox"`
	ID             uuid.UUID  `bun:",pk,type:uuid,default:gen_random_uuid()"`
	OrganisationID *uuid.UUID `bun:"type:uuid"`
	NotificationID *uuid.UUID `bun:"type:uuid"`
	Kind           NotificationKind
	MessageID      string
	Sender         string
	Recipient      string
	Message        []byte
	Status         MailStatus
	Attempts       int
	NextAttemptAt  time.Time `bun:",nullzero,default:now()"`
	LastError      string
	CreatedAt      time.Time `bun:",nullzero,default:now()"`
	SentAt         *time.Time
}

type PasswordReset struct {
	bun.BaseModel `bun:"table:password_resets"`
	ID            uuid.UUID `bun:",pk,type:uuid,default:gen_random_uuid()"`
	UserID        uuid.UUID `bun:"type:uuid"`
	TokenHash     []byte    `json:"-"`
	ExpiresAt     time.Time
	UsedAt        *time.Time
	CreatedAt     time.Time `bun:",nullzero,default:now()"`
}
