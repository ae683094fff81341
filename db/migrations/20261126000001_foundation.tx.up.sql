CREATE EXTENSION IF NOT EXISTS pgcrypto;

CREATE TABLE organisations (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name        text NOT NULL CHECK (length(btrim(name)) > 0),
    legal_name  text NOT NULL DEFAULT '',
    siret       text NOT NULL DEFAULT '' CHECK (siret = '' OR siret ~ '^[0-9]{14}$'),
    vat_number  text NOT NULL DEFAULT '',
    address     text NOT NULL DEFAULT '',
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE users (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    email          text NOT NULL,
    name           text NOT NULL CHECK (length(btrim(name)) > 0),
    password_hash  text NOT NULL,
    locale         text NOT NULL DEFAULT 'fr' CHECK (locale IN ('fr', 'en')),
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_email_key ON users (lower(email));

CREATE TABLE clients (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organisation_id  uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    name             text NOT NULL CHECK (length(btrim(name)) > 0),
    legal_name       text NOT NULL DEFAULT '',
    siret            text NOT NULL DEFAULT '' CHECK (siret = '' OR siret ~ '^[0-9]{14}$'),
    vat_number       text NOT NULL DEFAULT '',
    address          text NOT NULL DEFAULT '',
    contact_email    text NOT NULL DEFAULT '',
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    UNIQUE (organisation_id, id)
);
CREATE UNIQUE INDEX clients_name_key ON clients (organisation_id, lower(name));

CREATE TABLE technicians (
    id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organisation_id   uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    name              text NOT NULL CHECK (length(btrim(name)) > 0),
    functions         text[] NOT NULL DEFAULT '{}',
    skills            text[] NOT NULL DEFAULT '{}', -- operation codes
    employment        text NOT NULL CHECK (employment IN ('INTERMITTENT', 'PERMANENT')),
    hourly_rate_cents bigint NOT NULL DEFAULT 0 CHECK (hourly_rate_cents >= 0),
    daily_rate_cents  bigint NOT NULL DEFAULT 0 CHECK (daily_rate_cents >= 0),
    email             text NOT NULL DEFAULT '',
    phone             text NOT NULL DEFAULT '',
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    UNIQUE (organisation_id, id)
);

CREATE TABLE memberships (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organisation_id  uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    user_id          uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    role             text NOT NULL CHECK (role IN ('ADMIN','COORDINATOR','PRODUCER','TECHNICIAN','RIGHTS_HOLDER','ACCOUNTANT')),
    -- A producer acts for one client, a technician is one technician record.
    client_id        uuid,
    technician_id    uuid,
    created_at       timestamptz NOT NULL DEFAULT now(),
    UNIQUE (user_id),
    FOREIGN KEY (organisation_id, client_id) REFERENCES clients (organisation_id, id),
    FOREIGN KEY (organisation_id, technician_id) REFERENCES technicians (organisation_id, id),
    CHECK (role <> 'PRODUCER' OR client_id IS NOT NULL),
    CHECK (role <> 'TECHNICIAN' OR technician_id IS NOT NULL)
);

CREATE TABLE refresh_tokens (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id      uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    family_id    uuid NOT NULL,
    token_hash   bytea NOT NULL UNIQUE,
    expires_at   timestamptz NOT NULL,
    used_at      timestamptz,
    revoked_at   timestamptz,
    created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX refresh_tokens_family ON refresh_tokens (family_id);

CREATE TABLE api_tokens (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organisation_id  uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    name             text NOT NULL CHECK (length(btrim(name)) > 0),
    token_hash       bytea NOT NULL UNIQUE,
    created_by       uuid REFERENCES users(id) ON DELETE SET NULL,
    created_at       timestamptz NOT NULL DEFAULT now(),
    last_used_at     timestamptz,
    revoked_at       timestamptz
);

CREATE TABLE invitations (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organisation_id  uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    email            text NOT NULL,
    role             text NOT NULL CHECK (role IN ('ADMIN','COORDINATOR','PRODUCER','TECHNICIAN','RIGHTS_HOLDER','ACCOUNTANT')),
    client_id        uuid,
    technician_id    uuid,
    token_hash       bytea NOT NULL UNIQUE,
    invited_by       uuid REFERENCES users(id) ON DELETE SET NULL,
    expires_at       timestamptz NOT NULL,
    accepted_at      timestamptz,
    created_at       timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (organisation_id, client_id) REFERENCES clients (organisation_id, id),
    FOREIGN KEY (organisation_id, technician_id) REFERENCES technicians (organisation_id, id)
);

CREATE TABLE operations (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    -- NULL: the shared catalogue every organisation starts with.
    organisation_id  uuid REFERENCES organisations(id) ON DELETE CASCADE,
    code             text NOT NULL CHECK (code ~ '^[A-Z][A-Z0-9_]*$'),
    label_fr         text NOT NULL CHECK (length(btrim(label_fr)) > 0),
    label_en         text NOT NULL CHECK (length(btrim(label_en)) > 0),
    department       text NOT NULL CHECK (department IN ('IMAGE','SOUND','OTHER')),
    default_unit     text NOT NULL CHECK (default_unit IN ('DAY','HOUR','UNIT')),
    position         int NOT NULL DEFAULT 0,
    created_at       timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX operations_code_key ON operations (COALESCE(organisation_id, '00000000-0000-0000-0000-000000000000'::uuid), code);

INSERT INTO operations (code, label_fr, label_en, department, default_unit, position) VALUES
 ('INGEST',        'Réception et visionnage des rushes', 'Ingest and rushes viewing', 'IMAGE', 'DAY', 10),
 ('OFFLINE_EDIT',  'Montage image offline',              'Offline edit',              'IMAGE', 'DAY', 20),
 ('CONFORM',       'Conformation',                       'Conform',                   'IMAGE', 'DAY', 30),
 ('GRADING',       'Étalonnage',                         'Colour grading',            'IMAGE', 'DAY', 40),
 ('VFX',           'Effets spéciaux / VFX',              'Visual effects',            'IMAGE', 'DAY', 50),
 ('CREDITS',       'Génériques',                         'Credits',                   'IMAGE', 'DAY', 60),
 ('TITLES',        'Titres et habillage',                'Titles and graphics',       'IMAGE', 'DAY', 70),
 ('FOLEY',         'Bruitage',                           'Foley',                     'SOUND', 'DAY', 80),
 ('SOUND_EDIT',    'Montage son',                        'Sound editing',             'SOUND', 'DAY', 90),
 ('MUSIC_EDIT',    'Montage musique',                    'Music editing',             'SOUND', 'DAY', 100),
 ('ADR',           'Post-synchronisation des voix',      'ADR (dialogue replacement)','SOUND', 'HOUR', 110),
 ('DUBBING',       'Doublage',                           'Dubbing',                   'SOUND', 'DAY', 120),
 ('MIX',           'Mixage',                             'Mix',                       'SOUND', 'DAY', 130),
 ('SUBTITLES',     'Audio-transcription et sous-titrage','Transcription and subtitles','OTHER', 'UNIT', 140),
 ('AUDIO_DESC',    'Audiodescription',                   'Audio description',         'OTHER', 'UNIT', 150),
 ('MASTERING',     'Masterisation PAD',                  'Mastering (PAD)',           'IMAGE', 'DAY', 160),
 ('QC',            'Contrôle qualité',                   'Quality control',           'OTHER', 'HOUR', 170);

CREATE TABLE rooms (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organisation_id  uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    name             text NOT NULL CHECK (length(btrim(name)) > 0),
    kind             text NOT NULL CHECK (kind IN ('EDIT_SUITE','GRADING','MIX_STAGE','FOLEY_STAGE','SOUND_EDIT','VFX','SCREENING','OTHER')),
    daily_rate_cents bigint NOT NULL DEFAULT 0 CHECK (daily_rate_cents >= 0),
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    UNIQUE (organisation_id, id)
);
CREATE UNIQUE INDEX rooms_name_key ON rooms (organisation_id, lower(name));

CREATE TABLE productions (
    id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organisation_id    uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    client_id          uuid NOT NULL,
    title              text NOT NULL CHECK (length(btrim(title)) > 0),
    kind               text NOT NULL CHECK (kind IN ('FEATURE_FILM','TV_FICTION','TV_SERIES','DOCUMENTARY','MAGAZINE','ANIMATION','GAME','OTHER')),
    status             text NOT NULL DEFAULT 'PREPARATION' CHECK (status IN ('PREPARATION','IN_POST','DELIVERED','CLOSED')),
    director           text NOT NULL DEFAULT '',
    runtime_minutes    int CHECK (runtime_minutes IS NULL OR runtime_minutes > 0),
    frame_rate         text NOT NULL DEFAULT '',
    resolution         text NOT NULL DEFAULT '',
    colour_space       text NOT NULL DEFAULT '',
    audio_layout       text NOT NULL DEFAULT '',
    delivery_deadline  date,
    isan               text NOT NULL DEFAULT '',
    notes              text NOT NULL DEFAULT '',
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now(),
    UNIQUE (organisation_id, id),
    FOREIGN KEY (organisation_id, client_id) REFERENCES clients (organisation_id, id)
);
CREATE INDEX productions_org ON productions (organisation_id, created_at DESC, id);
CREATE INDEX productions_client ON productions (client_id);

CREATE TABLE episodes (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organisation_id  uuid NOT NULL,
    production_id    uuid NOT NULL,
    number           int NOT NULL CHECK (number > 0),
    title            text NOT NULL DEFAULT '',
    runtime_minutes  int CHECK (runtime_minutes IS NULL OR runtime_minutes > 0),
    created_at       timestamptz NOT NULL DEFAULT now(),
    UNIQUE (production_id, number),
    FOREIGN KEY (organisation_id, production_id) REFERENCES productions (organisation_id, id) ON DELETE CASCADE
);

CREATE TABLE team_members (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organisation_id  uuid NOT NULL,
    production_id    uuid NOT NULL,
    technician_id    uuid NOT NULL,
    function         text NOT NULL CHECK (length(btrim(function)) > 0),
    daily_rate_cents bigint NOT NULL CHECK (daily_rate_cents >= 0),
    note             text NOT NULL DEFAULT '',
    created_at       timestamptz NOT NULL DEFAULT now(),
    UNIQUE (production_id, technician_id, function),
    FOREIGN KEY (organisation_id, production_id) REFERENCES productions (organisation_id, id) ON DELETE CASCADE,
    FOREIGN KEY (organisation_id, technician_id) REFERENCES technicians (organisation_id, id)
);
CREATE INDEX team_members_technician ON team_members (technician_id);

-- The outbox: every change a subscriber may care about, written in the
-- transaction that made it. NOTIFY only carries a wake-up.
CREATE TABLE events (
    id               bigserial PRIMARY KEY,
    organisation_id  uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    production_id    uuid,
    kind             text NOT NULL,
    entity_id        uuid,
    actor_id         uuid,
    payload          jsonb NOT NULL DEFAULT '{}',
    created_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX events_org ON events (organisation_id, id);
CREATE INDEX events_production ON events (production_id, id) WHERE production_id IS NOT NULL;
