-- What the compatibility check needs to know of the finished work beyond
-- the picture: the mix's loudness, the subtitles and documents on hand.
ALTER TABLE productions
    ADD COLUMN loudness_lufs numeric(5,1) CHECK (loudness_lufs IS NULL OR loudness_lufs BETWEEN -70 AND 0),
    ADD COLUMN subtitle_languages text[] NOT NULL DEFAULT '{}',
    ADD COLUMN documents text[] NOT NULL DEFAULT '{}';

CREATE TABLE delivery_specs (
    id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organisation_id     uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    template_key        text NOT NULL DEFAULT '',
    name                text NOT NULL CHECK (length(btrim(name)) > 0),
    recipient           text NOT NULL CHECK (length(btrim(recipient)) > 0),
    recipient_kind      text NOT NULL CHECK (recipient_kind IN ('BROADCASTER','PLATFORM','DISTRIBUTOR','FESTIVAL')),
    container           text NOT NULL DEFAULT '',
    video_codec         text NOT NULL DEFAULT '',
    width               int NOT NULL CHECK (width > 0),
    height              int NOT NULL CHECK (height > 0),
    frame_rates         text[] NOT NULL DEFAULT '{}',
    scan                text NOT NULL DEFAULT 'PROGRESSIVE' CHECK (scan IN ('PROGRESSIVE','INTERLACED')),
    colour_space        text NOT NULL DEFAULT '',
    hdr                 text NOT NULL DEFAULT '',
    audio_layouts       text[] NOT NULL DEFAULT '{}',
    loudness_target     numeric(5,1) NOT NULL DEFAULT 0,
    loudness_tolerance  numeric(4,1) NOT NULL DEFAULT 0,
    true_peak_max       numeric(4,1) NOT NULL DEFAULT 0,
    subtitle_formats    text[] NOT NULL DEFAULT '{}',
    subtitle_languages  text[] NOT NULL DEFAULT '{}',
    required_documents  text[] NOT NULL DEFAULT '{}',
    naming_rule         text NOT NULL DEFAULT '',
    notes               text NOT NULL DEFAULT '',
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    UNIQUE (organisation_id, id)
);

CREATE TABLE deliveries (
    id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organisation_id   uuid NOT NULL,
    production_id     uuid NOT NULL,
    episode_id        uuid REFERENCES episodes(id),
    spec_id           uuid NOT NULL,
    due_date          date NOT NULL,
    status            text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING','IN_PROGRESS','QC','QC_FAILED','READY','SENT','ACCEPTED','REJECTED')),
    sent_method       text NOT NULL DEFAULT '',
    sent_reference    text NOT NULL DEFAULT '',
    rejection_reasons text NOT NULL DEFAULT '',
    notes             text NOT NULL DEFAULT '',
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    UNIQUE (organisation_id, id),
    FOREIGN KEY (organisation_id, production_id) REFERENCES productions (organisation_id, id) ON DELETE CASCADE,
    FOREIGN KEY (organisation_id, spec_id) REFERENCES delivery_specs (organisation_id, id)
);
CREATE INDEX deliveries_production ON deliveries (production_id);
CREATE INDEX deliveries_org_due ON deliveries (organisation_id, due_date);

CREATE TABLE delivery_items (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organisation_id uuid NOT NULL,
    delivery_id   uuid NOT NULL,
    position      int NOT NULL DEFAULT 0,
    kind          text NOT NULL CHECK (kind IN ('MASTER','PAD','M_AND_E','STEMS','SUBTITLES','TRAILER','ARTWORK','DOCUMENT')),
    language      text NOT NULL DEFAULT '',
    label         text NOT NULL DEFAULT '',
    status        text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING','IN_PROGRESS','READY','DELIVERED')),
    file_name     text NOT NULL DEFAULT '',
    checksum      text NOT NULL DEFAULT '',
    size_bytes    bigint CHECK (size_bytes IS NULL OR size_bytes >= 0),
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (organisation_id, delivery_id) REFERENCES deliveries (organisation_id, id) ON DELETE CASCADE
);
CREATE INDEX delivery_items_delivery ON delivery_items (delivery_id);

CREATE TABLE qc_findings (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organisation_id uuid NOT NULL,
    delivery_id   uuid NOT NULL,
    item_id       uuid REFERENCES delivery_items(id) ON DELETE SET NULL,
    timecode_in   text NOT NULL,
    timecode_out  text NOT NULL,
    frame_in      bigint NOT NULL,
    frame_out     bigint NOT NULL CHECK (frame_out >= frame_in),
    severity      text NOT NULL CHECK (severity IN ('BLOCKING','MAJOR','MINOR','INFO')),
    category      text NOT NULL CHECK (category IN ('VIDEO','AUDIO','SUBTITLES','METADATA')),
    description   text NOT NULL CHECK (length(btrim(description)) > 0),
    fixed         boolean NOT NULL DEFAULT false,
    fixed_at      timestamptz,
    fixed_by      uuid,
    created_by    uuid,
    created_at    timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (organisation_id, delivery_id) REFERENCES deliveries (organisation_id, id) ON DELETE CASCADE
);
CREATE INDEX qc_findings_delivery ON qc_findings (delivery_id, frame_in);

CREATE TABLE delivery_transitions (
    id            bigserial PRIMARY KEY,
    delivery_id   uuid NOT NULL REFERENCES deliveries(id) ON DELETE CASCADE,
    from_status   text NOT NULL,
    to_status     text NOT NULL,
    method        text NOT NULL DEFAULT '',
    reference     text NOT NULL DEFAULT '',
    reasons       text NOT NULL DEFAULT '',
    actor_id      uuid,
    at            timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX delivery_transitions_delivery ON delivery_transitions (delivery_id, id);
