CREATE TABLE tasks (
    id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organisation_id   uuid NOT NULL,
    production_id     uuid NOT NULL,
    episode_id        uuid REFERENCES episodes(id) ON DELETE CASCADE,
    operation_id      uuid NOT NULL REFERENCES operations(id),
    title             text NOT NULL DEFAULT '',
    planned_minutes   int NOT NULL CHECK (planned_minutes >= 0),
    start_date        date NOT NULL,
    end_date          date NOT NULL,
    status            text NOT NULL DEFAULT 'PLANNED' CHECK (status IN ('PLANNED','IN_PROGRESS','DONE','BLOCKED')),
    allow_non_working boolean NOT NULL DEFAULT false,
    notes             text NOT NULL DEFAULT '',
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    CHECK (end_date >= start_date),
    UNIQUE (organisation_id, id),
    FOREIGN KEY (organisation_id, production_id) REFERENCES productions (organisation_id, id) ON DELETE CASCADE
);
CREATE INDEX tasks_production ON tasks (production_id, start_date);
CREATE INDEX tasks_org_dates ON tasks (organisation_id, start_date, end_date);

CREATE TABLE task_dependencies (
    organisation_id uuid NOT NULL,
    task_id         uuid NOT NULL,
    depends_on_id   uuid NOT NULL,
    lag_days        int NOT NULL DEFAULT 0 CHECK (lag_days BETWEEN -100 AND 365),
    PRIMARY KEY (task_id, depends_on_id),
    CHECK (task_id <> depends_on_id),
    FOREIGN KEY (organisation_id, task_id) REFERENCES tasks (organisation_id, id) ON DELETE CASCADE,
    FOREIGN KEY (organisation_id, depends_on_id) REFERENCES tasks (organisation_id, id) ON DELETE CASCADE
);
CREATE INDEX task_dependencies_depends_on ON task_dependencies (depends_on_id);

CREATE TABLE bookings (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organisation_id  uuid NOT NULL,
    production_id    uuid NOT NULL,
    task_id          uuid NOT NULL,
    technician_id    uuid,
    room_id          uuid,
    start_date       date NOT NULL,
    end_date         date NOT NULL,
    from_minute      int NOT NULL DEFAULT 540 CHECK (from_minute BETWEEN 0 AND 1439),
    to_minute        int NOT NULL DEFAULT 1080 CHECK (to_minute BETWEEN 1 AND 1440),
    status           text NOT NULL DEFAULT 'CONFIRMED' CHECK (status IN ('CONFIRMED','PENCILLED','CANCELLED')),
    note             text NOT NULL DEFAULT '',
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    CHECK (end_date >= start_date),
    CHECK (to_minute > from_minute),
    CHECK ((technician_id IS NULL) <> (room_id IS NULL)),
    FOREIGN KEY (organisation_id, task_id) REFERENCES tasks (organisation_id, id) ON DELETE CASCADE,
    FOREIGN KEY (organisation_id, technician_id) REFERENCES technicians (organisation_id, id),
    FOREIGN KEY (organisation_id, room_id) REFERENCES rooms (organisation_id, id)
);
CREATE INDEX bookings_task ON bookings (task_id);
CREATE INDEX bookings_technician ON bookings (technician_id, start_date) WHERE technician_id IS NOT NULL;
CREATE INDEX bookings_room ON bookings (room_id, start_date) WHERE room_id IS NOT NULL;
CREATE INDEX bookings_org_dates ON bookings (organisation_id, start_date, end_date);

CREATE TABLE unavailabilities (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organisation_id  uuid NOT NULL,
    technician_id    uuid NOT NULL,
    start_date       date NOT NULL,
    end_date         date NOT NULL,
    kind             text NOT NULL DEFAULT 'DAY_OFF' CHECK (kind IN ('DAY_OFF','OTHER_JOB','SICK','OTHER')),
    reason           text NOT NULL DEFAULT '',
    created_at       timestamptz NOT NULL DEFAULT now(),
    CHECK (end_date >= start_date),
    FOREIGN KEY (organisation_id, technician_id) REFERENCES technicians (organisation_id, id) ON DELETE CASCADE
);
CREATE INDEX unavailabilities_technician ON unavailabilities (technician_id, start_date);

-- Why the plan moved: every shift is kept, with who, when and the reason
-- (late rushes are recorded as such).
CREATE TABLE task_shifts (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organisation_id  uuid NOT NULL,
    task_id          uuid NOT NULL,
    working_days     int NOT NULL,
    cascade          boolean NOT NULL,
    reason           text NOT NULL DEFAULT '',
    late_rushes      boolean NOT NULL DEFAULT false,
    moved_task_ids   uuid[] NOT NULL DEFAULT '{}',
    actor_id         uuid,
    created_at       timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (organisation_id, task_id) REFERENCES tasks (organisation_id, id) ON DELETE CASCADE
);
CREATE INDEX task_shifts_task ON task_shifts (task_id, created_at);

-- Private calendar feed per technician; only the hash is kept.
ALTER TABLE technicians ADD COLUMN calendar_token_hash bytea UNIQUE;
