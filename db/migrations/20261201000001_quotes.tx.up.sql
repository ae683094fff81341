-- Quotes (devis), their versions and amendments (avenants), the sale price
-- list they are priced from, and quote templates (DOMAIN.md, "Quotes and
-- amendments"). Amounts are cents, rates basis points, quantities
-- thousandths.

-- What the organisation sells, per operation, room kind or function, with
-- effective dates: distinct from the cost rates paid to technicians.
CREATE TABLE sale_prices (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organisation_id  uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    target           text NOT NULL CHECK (target IN ('OPERATION','ROOM_KIND','FUNCTION')),
    operation_id     uuid REFERENCES operations (id),
    room_kind        text CHECK (room_kind IN ('EDIT_SUITE','GRADING','MIX_STAGE','FOLEY_STAGE','SOUND_EDIT','VFX','SCREENING','OTHER')),
    function         text CHECK (function <> ''),
    unit             text NOT NULL CHECK (unit IN ('DAY','HALF_DAY','HOUR','FLAT','TB','UNIT')),
    hours_per_day    int NOT NULL DEFAULT 8 CHECK (hours_per_day BETWEEN 1 AND 24),
    unit_price_cents bigint NOT NULL CHECK (unit_price_cents >= 0),
    effective_from   date NOT NULL,
    effective_to     date CHECK (effective_to IS NULL OR effective_to >= effective_from),
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    CHECK ((target = 'OPERATION') = (operation_id IS NOT NULL)),
    CHECK ((target = 'ROOM_KIND') = (room_kind IS NOT NULL)),
    CHECK ((target = 'FUNCTION') = (function IS NOT NULL))
);
CREATE INDEX sale_prices_lookup ON sale_prices (organisation_id, target, effective_from DESC, id);

-- A quote: its number, given when it is first sent (gapless per
-- organisation and year, numbering.Quote), and the production it prices.
CREATE TABLE quotes (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organisation_id  uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    production_id    uuid NOT NULL REFERENCES productions (id),
    year             int,
    number           bigint CHECK (number > 0),
    created_by       uuid REFERENCES users (id) ON DELETE SET NULL,
    created_at       timestamptz NOT NULL DEFAULT now(),
    CHECK ((year IS NULL) = (number IS NULL)),
    UNIQUE (organisation_id, year, number)
);
CREATE INDEX quotes_production ON quotes (production_id);

-- One version of a quote: what the producer reads and accepts. A sent
-- version never changes (trigger below): editing makes version n+1.
CREATE TABLE quote_versions (
    id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organisation_id     uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    quote_id            uuid NOT NULL REFERENCES quotes (id) ON DELETE CASCADE,
    production_id       uuid NOT NULL REFERENCES productions (id),
    client_id           uuid NOT NULL REFERENCES clients (id),
    version             int NOT NULL CHECK (version > 0),
    -- EXPIRED is not written: a SENT version past its validity reads as
    -- EXPIRED (quotes.effectiveStatus), so it holds without a sweeper.
    status              text NOT NULL CHECK (status IN ('DRAFT','SENT','ACCEPTED','REFUSED','EXPIRED','SUPERSEDED')),
    title               text NOT NULL DEFAULT '',
    issue_date          date,
    valid_until         date NOT NULL,
    purchase_order      text NOT NULL DEFAULT '',
    spec_runtime_minutes int CHECK (spec_runtime_minutes > 0),
    spec_episodes       int CHECK (spec_episodes > 0),
    spec_deliverables   text NOT NULL DEFAULT '',
    deposit_bp          int NOT NULL DEFAULT 3000 CHECK (deposit_bp BETWEEN 0 AND 10000),
    payment_days        int NOT NULL DEFAULT 30 CHECK (payment_days BETWEEN 0 AND 60),
    payment_end_of_month boolean NOT NULL DEFAULT false CHECK (NOT payment_end_of_month OR payment_days <= 45),
    overtime_bp         int NOT NULL DEFAULT 2500 CHECK (overtime_bp BETWEEN 0 AND 100000),
    night_bp            int NOT NULL DEFAULT 5000 CHECK (night_bp BETWEEN 0 AND 100000),
    weekend_bp          int NOT NULL DEFAULT 10000 CHECK (weekend_bp BETWEEN 0 AND 100000),
    notes               text NOT NULL DEFAULT '',
    total_ht_cents      bigint NOT NULL DEFAULT 0,
    total_vat_cents     bigint NOT NULL DEFAULT 0,
    total_ttc_cents     bigint NOT NULL DEFAULT 0,
    sent_at             timestamptz,
    sent_by             uuid REFERENCES users (id) ON DELETE SET NULL,
    -- The PDF as sent, kept as it was: its SHA-256 is what acceptance signs.
    document            bytea,
    document_sha256     text,
    accepted_at         timestamptz,
    accepted_by         uuid REFERENCES users (id) ON DELETE SET NULL,
    accepted_name       text,
    accepted_mention    text,
    accepted_address    text,
    accepted_sha256     text,
    refused_at          timestamptz,
    refused_by          uuid REFERENCES users (id) ON DELETE SET NULL,
    refusal_reason      text,
    superseded_at       timestamptz,
    created_by          uuid REFERENCES users (id) ON DELETE SET NULL,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    UNIQUE (quote_id, version),
    CHECK (status = 'DRAFT' OR (sent_at IS NOT NULL AND document_sha256 IS NOT NULL AND issue_date IS NOT NULL)),
    CHECK (status <> 'ACCEPTED' OR (accepted_at IS NOT NULL AND accepted_sha256 IS NOT NULL))
);
-- At most one accepted version, and at most one version in play (draft or
-- sent): two producers cannot accept two versions of one quote.
CREATE UNIQUE INDEX quote_versions_one_accepted ON quote_versions (quote_id) WHERE status = 'ACCEPTED';
CREATE UNIQUE INDEX quote_versions_one_open ON quote_versions (quote_id) WHERE status IN ('DRAFT','SENT');
CREATE INDEX quote_versions_list ON quote_versions (organisation_id, created_at DESC, id DESC);
CREATE INDEX quote_versions_production ON quote_versions (production_id, quote_id, version DESC);

-- An amendment to an accepted version: only the difference. Numbered
-- D-2026-00012-A1, -A2… per quote when first sent.
CREATE TABLE amendments (
    id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organisation_id     uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    quote_id            uuid NOT NULL REFERENCES quotes (id) ON DELETE CASCADE,
    quote_version_id    uuid NOT NULL REFERENCES quote_versions (id),
    production_id       uuid NOT NULL REFERENCES productions (id),
    client_id           uuid NOT NULL REFERENCES clients (id),
    number              int CHECK (number > 0),
    status              text NOT NULL CHECK (status IN ('DRAFT','SENT','ACCEPTED','REFUSED','EXPIRED','SUPERSEDED')),
    -- Made from an overrun and not edited since: a new proposal may replace it.
    proposed            boolean NOT NULL DEFAULT false,
    title               text NOT NULL DEFAULT '',
    issue_date          date,
    valid_until         date NOT NULL,
    notes               text NOT NULL DEFAULT '',
    total_ht_cents      bigint NOT NULL DEFAULT 0,
    total_vat_cents     bigint NOT NULL DEFAULT 0,
    total_ttc_cents     bigint NOT NULL DEFAULT 0,
    sent_at             timestamptz,
    sent_by             uuid REFERENCES users (id) ON DELETE SET NULL,
    document            bytea,
    document_sha256     text,
    accepted_at         timestamptz,
    accepted_by         uuid REFERENCES users (id) ON DELETE SET NULL,
    accepted_name       text,
    accepted_mention    text,
    accepted_address    text,
    accepted_sha256     text,
    refused_at          timestamptz,
    refused_by          uuid REFERENCES users (id) ON DELETE SET NULL,
    refusal_reason      text,
    created_by          uuid REFERENCES users (id) ON DELETE SET NULL,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    UNIQUE (quote_id, number),
    CHECK (status = 'DRAFT' OR (sent_at IS NOT NULL AND document_sha256 IS NOT NULL AND number IS NOT NULL)),
    CHECK (status <> 'ACCEPTED' OR (accepted_at IS NOT NULL AND accepted_sha256 IS NOT NULL))
);
CREATE UNIQUE INDEX amendments_one_draft ON amendments (quote_id) WHERE status = 'DRAFT';
CREATE INDEX amendments_list ON amendments (organisation_id, created_at DESC, id DESC);
CREATE INDEX amendments_production ON amendments (production_id, created_at DESC);

-- The lines of a quote version or of an amendment.
CREATE TABLE quote_lines (
    id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organisation_id     uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    version_id          uuid REFERENCES quote_versions (id) ON DELETE CASCADE,
    amendment_id        uuid REFERENCES amendments (id) ON DELETE CASCADE,
    position            int NOT NULL CHECK (position >= 0),
    -- The same line across versions (for comparing them).
    line_key            uuid NOT NULL DEFAULT gen_random_uuid(),
    operation_id        uuid REFERENCES operations (id),
    episode_id          uuid REFERENCES episodes (id) ON DELETE SET NULL,
    task_id             uuid REFERENCES tasks (id) ON DELETE SET NULL,
    kind                text NOT NULL CHECK (kind IN ('ROOM','TECHNICIAN','ROOM_WITH_OPERATOR','EQUIPMENT','STORAGE','FLAT','EXPENSE')),
    description         text NOT NULL DEFAULT '',
    quantity_milli      bigint NOT NULL CHECK (quantity_milli > 0),
    unit                text NOT NULL CHECK (unit IN ('DAY','HALF_DAY','HOUR','FLAT','TB','UNIT')),
    hours_per_day       int NOT NULL DEFAULT 8 CHECK (hours_per_day BETWEEN 1 AND 24),
    unit_price_cents    bigint NOT NULL CHECK (unit_price_cents >= 0),
    discount_bp         int CHECK (discount_bp BETWEEN 0 AND 10000),
    discount_cents      bigint CHECK (discount_cents >= 0),
    vat_bp              int NOT NULL CHECK (vat_bp BETWEEN 0 AND 10000),
    net_cents           bigint NOT NULL CHECK (net_cents >= 0),
    CHECK ((version_id IS NULL) <> (amendment_id IS NULL)),
    CHECK (discount_bp IS NULL OR discount_cents IS NULL)
);
CREATE INDEX quote_lines_version ON quote_lines (version_id, position) WHERE version_id IS NOT NULL;
CREATE INDEX quote_lines_amendment ON quote_lines (amendment_id, position) WHERE amendment_id IS NOT NULL;

-- A sent quote version or amendment never changes: only its status moves
-- (SENT → ACCEPTED | REFUSED | SUPERSEDED) with the acceptance or refusal
-- that moves it; its lines are frozen with it.
CREATE FUNCTION refuse_sent_quote_change() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF OLD.status <> 'DRAFT' THEN
            RAISE EXCEPTION 'a sent quote cannot be deleted' USING ERRCODE = 'check_violation';
        END IF;
        RETURN OLD;
    END IF;
    IF OLD.status <> 'DRAFT' AND (
        OLD.status NOT IN ('SENT') OR NEW.status NOT IN ('SENT','ACCEPTED','REFUSED','SUPERSEDED')
        OR (to_jsonb(NEW) - ARRAY['status','accepted_at','accepted_by','accepted_name','accepted_mention','accepted_address',
                                   'accepted_sha256','refused_at','refused_by','refusal_reason','superseded_at','updated_at'])
           IS DISTINCT FROM
           (to_jsonb(OLD) - ARRAY['status','accepted_at','accepted_by','accepted_name','accepted_mention','accepted_address',
                                   'accepted_sha256','refused_at','refused_by','refusal_reason','superseded_at','updated_at'])) THEN
        RAISE EXCEPTION 'a sent quote cannot change' USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$ LANGUAGE plpgsql;
CREATE TRIGGER quote_versions_immutable BEFORE UPDATE OR DELETE ON quote_versions
    FOR EACH ROW EXECUTE FUNCTION refuse_sent_quote_change();
CREATE TRIGGER amendments_immutable BEFORE UPDATE OR DELETE ON amendments
    FOR EACH ROW EXECUTE FUNCTION refuse_sent_quote_change();

CREATE FUNCTION refuse_sent_quote_line_change() RETURNS trigger AS $$
DECLARE
    l quote_lines;
    st text;
BEGIN
    l := CASE WHEN TG_OP = 'INSERT' THEN NEW ELSE OLD END;
    IF l.version_id IS NOT NULL THEN
        SELECT status INTO st FROM quote_versions WHERE id = l.version_id;
    ELSE
        SELECT status INTO st FROM amendments WHERE id = l.amendment_id;
    END IF;
    -- st is NULL when the parent is being deleted (a cascading draft).
    IF st IS NOT NULL AND st <> 'DRAFT' THEN
        RAISE EXCEPTION 'the lines of a sent quote cannot change' USING ERRCODE = 'check_violation';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$ LANGUAGE plpgsql;
CREATE TRIGGER quote_lines_immutable BEFORE INSERT OR UPDATE OR DELETE ON quote_lines
    FOR EACH ROW EXECUTE FUNCTION refuse_sent_quote_line_change();

-- An organisation's reusable quote: named lines, copied into a new quote.
CREATE TABLE quote_templates (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organisation_id  uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    name             text NOT NULL CHECK (name <> ''),
    -- [{kind, operationId, description, quantity (thousandths), unit,
    --   hoursPerDay, unitPrice (cents), discountBp, discountCents, vatBp}]
    lines            jsonb NOT NULL DEFAULT '[]',
    created_at       timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX quote_templates_name ON quote_templates (organisation_id, lower(name));

ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check;
ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check CHECK (kind IN ('INVITATION','PASSWORD_RESET','SLIP_REJECTED',
    'BOOKING_CREATED','BOOKING_MOVED','BOOKING_CANCELLED','STATEMENT_ISSUED',
    'QUOTE_SENT','QUOTE_ACCEPTED','QUOTE_REFUSED','AMENDMENT_SENT','AMENDMENT_ACCEPTED','AMENDMENT_REFUSED'));
