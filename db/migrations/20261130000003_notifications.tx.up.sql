-- Notifications: the in-app inbox of each user, their choice of email per
-- kind, the mail outbox the sender delivers from, and password resets.

-- One row per user and thing that happened to them. Written in the same
-- transaction as the change that causes it; title and body are rendered
-- from kind and params in the reader's language when read.
CREATE TABLE notifications (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organisation_id  uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    user_id          uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind             text NOT NULL CHECK (kind IN ('INVITATION','PASSWORD_RESET','SLIP_REJECTED',
                         'BOOKING_CREATED','BOOKING_MOVED','BOOKING_CANCELLED','STATEMENT_ISSUED')),
    params           jsonb NOT NULL DEFAULT '{}',
    -- A path inside the app (/slips/…), joined to POSTPROD_PUBLIC_URL in mail.
    link             text NOT NULL DEFAULT '' CHECK (link = '' OR link LIKE '/%'),
    production_id    uuid,
    created_at       timestamptz NOT NULL DEFAULT now(),
    read_at          timestamptz
);
-- The inbox, newest first, and its unread count.
CREATE INDEX notifications_inbox ON notifications (user_id, organisation_id, created_at DESC, id DESC);
CREATE INDEX notifications_unread ON notifications (user_id, organisation_id) WHERE read_at IS NULL;

-- A user's choice of email for one kind in one organisation; no row means
-- the kind's default. Kinds that always email (invitation, password reset)
-- are refused by the API, not stored.
CREATE TABLE notification_preferences (
    organisation_id  uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    user_id          uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind             text NOT NULL,
    email            boolean NOT NULL,
    updated_at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (organisation_id, user_id, kind)
);

-- The mail outbox: one row per message, rendered whole (RFC 5322 bytes,
-- attachments included) in the transaction that causes it, so what is sent
-- is what was decided then. The sender claims a row with FOR UPDATE SKIP
-- LOCKED and keeps the lock while it talks to the SMTP server: two
-- replicas never send the same row.
CREATE TABLE mail_outbox (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organisation_id  uuid REFERENCES organisations (id) ON DELETE SET NULL,
    notification_id  uuid REFERENCES notifications (id) ON DELETE SET NULL,
    kind             text NOT NULL,
    -- Stable across retries: a receiver can drop a copy it already has.
    message_id       text NOT NULL UNIQUE,
    sender           text NOT NULL,
    recipient        text NOT NULL,
    message          bytea NOT NULL,
    status           text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING','SENT','FAILED')),
    attempts         int NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz NOT NULL DEFAULT now(),
    last_error       text NOT NULL DEFAULT '',
    created_at       timestamptz NOT NULL DEFAULT now(),
    sent_at          timestamptz
);
CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_at) WHERE status = 'PENDING';

-- "Mot de passe oublié": a single-use token, stored hashed, valid one hour.
CREATE TABLE password_resets (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id     uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    token_hash  bytea NOT NULL UNIQUE,
    expires_at  timestamptz NOT NULL,
    used_at     timestamptz,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX password_resets_user ON password_resets (user_id);

-- The invitee has no account yet: the invitation mail's language.
ALTER TABLE invitations ADD COLUMN locale text NOT NULL DEFAULT 'fr' CHECK (locale IN ('fr', 'en'));

-- A booking's revision, the iCalendar SEQUENCE of the invitations sent for it.
ALTER TABLE bookings ADD COLUMN revision int NOT NULL DEFAULT 0;
