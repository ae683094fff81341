CREATE EXTENSION IF NOT EXISTS btree_gist;

-- A session slip (bon de séance). A correction of an approved slip is a new
-- revision: the old row stays, no longer current, and the chain is the history.
CREATE TABLE slips (
    id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organisation_id    uuid NOT NULL,
    -- The phone's own id for the slip: a retry sends it again.
    client_id          text NOT NULL CHECK (length(client_id) BETWEEN 8 AND 100),
    content_hash       bytea NOT NULL,
    technician_id      uuid NOT NULL,
    production_id      uuid NOT NULL,
    episode_id         uuid REFERENCES episodes(id),
    task_id            uuid REFERENCES tasks(id) ON DELETE SET NULL,
    operation_id       uuid NOT NULL REFERENCES operations(id),
    room_id            uuid,
    work_date          date NOT NULL,
    start_at           timestamptz NOT NULL,
    end_at             timestamptz NOT NULL,
    break_minutes      int NOT NULL CHECK (break_minutes >= 0),
    worked_minutes     int NOT NULL CHECK (worked_minutes >= 0),
    night_minutes      int NOT NULL CHECK (night_minutes >= 0),
    sunday_or_holiday  boolean NOT NULL,
    notes              text NOT NULL DEFAULT '',
    status             text NOT NULL DEFAULT 'SUBMITTED' CHECK (status IN ('SUBMITTED','APPROVED','REJECTED')),
    rejection_reason   text NOT NULL DEFAULT '',
    revision           int NOT NULL DEFAULT 1,
    supersedes_id      uuid REFERENCES slips(id),
    current            boolean NOT NULL DEFAULT true,
    submitted_by       uuid,
    submitted_at       timestamptz NOT NULL DEFAULT now(),
    reviewed_by        uuid,
    reviewed_at        timestamptz,
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now(),
    CHECK (end_at > start_at),
    CHECK (end_at - start_at <= interval '24 hours'),
    FOREIGN KEY (organisation_id, technician_id) REFERENCES technicians (organisation_id, id),
    FOREIGN KEY (organisation_id, production_id) REFERENCES productions (organisation_id, id),
    FOREIGN KEY (organisation_id, room_id) REFERENCES rooms (organisation_id, id),
    -- A technician is never in two sessions at once (the last line of
    -- defence; the service names the conflicting slip first).
    EXCLUDE USING gist (technician_id WITH =, tstzrange(start_at, end_at) WITH &&) WHERE (current AND status <> 'REJECTED')
);
CREATE UNIQUE INDEX slips_client_id ON slips (organisation_id, client_id) WHERE revision = 1;
CREATE INDEX slips_production ON slips (production_id, work_date) WHERE current;
CREATE INDEX slips_technician ON slips (technician_id, work_date) WHERE current;
CREATE INDEX slips_task ON slips (task_id) WHERE current;
CREATE INDEX slips_org_status ON slips (organisation_id, status, work_date) WHERE current;

CREATE TABLE slip_history (
    id          bigserial PRIMARY KEY,
    slip_id     uuid NOT NULL REFERENCES slips(id) ON DELETE CASCADE,
    action      text NOT NULL CHECK (action IN ('SUBMITTED','RESUBMITTED','APPROVED','REJECTED','CORRECTED')),
    actor_id    uuid,
    reason      text NOT NULL DEFAULT '',
    at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX slip_history_slip ON slip_history (slip_id, id);
