CREATE TABLE rights_holders (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organisation_id  uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    name             text NOT NULL CHECK (length(btrim(name)) > 0),
    kind             text NOT NULL CHECK (kind IN ('AUTHOR','DIRECTOR','PRODUCER','CO_PRODUCER','COMPOSER','DISTRIBUTOR','PERFORMER','OTHER')),
    is_company       boolean NOT NULL DEFAULT false,
    email            text NOT NULL DEFAULT '',
    address          text NOT NULL DEFAULT '',
    created_at       timestamptz NOT NULL DEFAULT now(),
    UNIQUE (organisation_id, id)
);

-- Who may open a holder's portal: a holder may have several users, a user
-- may represent several holders.
CREATE TABLE holder_users (
    organisation_id uuid NOT NULL,
    holder_id       uuid NOT NULL,
    user_id         uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    PRIMARY KEY (holder_id, user_id),
    FOREIGN KEY (organisation_id, holder_id) REFERENCES rights_holders (organisation_id, id) ON DELETE CASCADE
);
CREATE INDEX holder_users_user ON holder_users (user_id);

CREATE TABLE works (
    id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organisation_id     uuid NOT NULL,
    title               text NOT NULL CHECK (length(btrim(title)) > 0),
    original_title      text NOT NULL DEFAULT '',
    kind                text NOT NULL CHECK (kind IN ('FEATURE_FILM','TV_FICTION','TV_SERIES','DOCUMENTARY','MAGAZINE','ANIMATION','GAME','OTHER')),
    year                int CHECK (year IS NULL OR year BETWEEN 1890 AND 2100),
    runtime_minutes     int CHECK (runtime_minutes IS NULL OR runtime_minutes > 0),
    episodes            int CHECK (episodes IS NULL OR episodes > 0),
    isan                text NOT NULL DEFAULT '',
    production_id       uuid,
    residual_holder_id  uuid NOT NULL,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    UNIQUE (organisation_id, id),
    FOREIGN KEY (organisation_id, production_id) REFERENCES productions (organisation_id, id),
    FOREIGN KEY (organisation_id, residual_holder_id) REFERENCES rights_holders (organisation_id, id)
);
CREATE UNIQUE INDEX works_isan ON works (organisation_id, isan) WHERE isan <> '';

-- The manager's commission on gross, by media (ALL is the default rate).
CREATE TABLE work_commissions (
    organisation_id uuid NOT NULL,
    work_id         uuid NOT NULL,
    media           text NOT NULL CHECK (media IN ('ALL','CINEMA','TV','SVOD','AVOD','TVOD','VIDEO','NON_THEATRICAL')),
    basis_points    int NOT NULL CHECK (basis_points BETWEEN 0 AND 10000),
    PRIMARY KEY (work_id, media),
    FOREIGN KEY (organisation_id, work_id) REFERENCES works (organisation_id, id) ON DELETE CASCADE
);

CREATE TABLE rights_shares (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organisation_id  uuid NOT NULL,
    work_id          uuid NOT NULL,
    holder_id        uuid NOT NULL,
    media            text NOT NULL CHECK (media IN ('ALL','CINEMA','TV','SVOD','AVOD','TVOD','VIDEO','NON_THEATRICAL')),
    territory        text NOT NULL CHECK (territory = 'WORLD' OR territory ~ '^[A-Z]{2}$'),
    valid_from       date,
    valid_to         date,
    basis_points     int NOT NULL CHECK (basis_points BETWEEN 1 AND 10000),
    created_at       timestamptz NOT NULL DEFAULT now(),
    CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from),
    FOREIGN KEY (organisation_id, work_id) REFERENCES works (organisation_id, id) ON DELETE CASCADE,
    FOREIGN KEY (organisation_id, holder_id) REFERENCES rights_holders (organisation_id, id)
);
CREATE INDEX rights_shares_work ON rights_shares (work_id);
CREATE INDEX rights_shares_holder ON rights_shares (holder_id);

CREATE TABLE recoupable_expenses (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organisation_id  uuid NOT NULL,
    work_id          uuid NOT NULL,
    kind             text NOT NULL CHECK (kind IN ('DUBBING','DELIVERY','MARKETING','MINIMUM_GUARANTEE','OTHER')),
    label            text NOT NULL CHECK (length(btrim(label)) > 0),
    amount_cents     bigint NOT NULL CHECK (amount_cents > 0),
    -- Recovered by issued runs so far; the balance carries to the next run.
    recouped_cents   bigint NOT NULL DEFAULT 0 CHECK (recouped_cents >= 0 AND recouped_cents <= amount_cents),
    incurred_on      date NOT NULL,
    created_at       timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (organisation_id, work_id) REFERENCES works (organisation_id, id) ON DELETE CASCADE
);
CREATE INDEX recoupable_expenses_work ON recoupable_expenses (work_id, incurred_on);

CREATE TABLE revenue_imports (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organisation_id  uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    source           text NOT NULL,
    file_name        text NOT NULL DEFAULT '',
    rows             int NOT NULL,
    skipped          int NOT NULL DEFAULT 0,
    created_by       uuid,
    created_at       timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE distribution_runs (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organisation_id  uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    period_start     date NOT NULL,
    period_end       date NOT NULL,
    status           text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT','APPROVED','ISSUED')),
    corrects_run_id  uuid REFERENCES distribution_runs(id),
    gross_cents      bigint NOT NULL DEFAULT 0,
    commission_cents bigint NOT NULL DEFAULT 0,
    recouped_cents   bigint NOT NULL DEFAULT 0,
    net_cents        bigint NOT NULL DEFAULT 0,
    residual_cents   bigint NOT NULL DEFAULT 0,
    holders_cents    bigint NOT NULL DEFAULT 0,
    computed_at      timestamptz,
    approved_by      uuid,
    approved_at      timestamptz,
    issued_at        timestamptz,
    created_at       timestamptz NOT NULL DEFAULT now(),
    CHECK (period_end >= period_start),
    UNIQUE (organisation_id, id)
);

CREATE TABLE revenue_lines (
    id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organisation_id    uuid NOT NULL,
    work_id            uuid NOT NULL,
    source             text NOT NULL CHECK (length(btrim(source)) > 0),
    media              text NOT NULL CHECK (media IN ('ALL','CINEMA','TV','SVOD','AVOD','TVOD','VIDEO','NON_THEATRICAL')),
    territory          text NOT NULL CHECK (territory = 'WORLD' OR territory ~ '^[A-Z]{2}$'),
    period_start       date NOT NULL,
    period_end         date NOT NULL,
    amount_cents       bigint NOT NULL,
    currency           text NOT NULL DEFAULT 'EUR' CHECK (currency ~ '^[A-Z]{3}$'),
    rate_micros        bigint NOT NULL DEFAULT 1000000 CHECK (rate_micros > 0),
    amount_eur_cents   bigint NOT NULL,
    external_reference text NOT NULL CHECK (length(btrim(external_reference)) > 0),
    import_id          uuid REFERENCES revenue_imports(id),
    -- Set when an issued run distributed it.
    run_id             uuid REFERENCES distribution_runs(id),
    created_at         timestamptz NOT NULL DEFAULT now(),
    CHECK (period_end >= period_start),
    UNIQUE (organisation_id, source, external_reference),
    FOREIGN KEY (organisation_id, work_id) REFERENCES works (organisation_id, id)
);
CREATE INDEX revenue_lines_work ON revenue_lines (work_id, period_end);
CREATE INDEX revenue_lines_period ON revenue_lines (organisation_id, period_end) WHERE run_id IS NULL;

CREATE TABLE run_works (
    run_id           uuid NOT NULL REFERENCES distribution_runs(id) ON DELETE CASCADE,
    work_id          uuid NOT NULL REFERENCES works(id),
    gross_cents      bigint NOT NULL,
    commission_cents bigint NOT NULL,
    recouped_cents   bigint NOT NULL,
    net_cents        bigint NOT NULL,
    residual_cents   bigint NOT NULL,
    detail           jsonb NOT NULL DEFAULT '{}',
    PRIMARY KEY (run_id, work_id)
);

-- The revenue lines a run computed on; issuing marks them distributed.
CREATE TABLE run_revenue_lines (
    run_id   uuid NOT NULL REFERENCES distribution_runs(id) ON DELETE CASCADE,
    line_id  uuid NOT NULL REFERENCES revenue_lines(id),
    PRIMARY KEY (run_id, line_id)
);

CREATE TABLE run_recoveries (
    run_id           uuid NOT NULL REFERENCES distribution_runs(id) ON DELETE CASCADE,
    expense_id       uuid NOT NULL REFERENCES recoupable_expenses(id),
    recovered_cents  bigint NOT NULL,
    remaining_cents  bigint NOT NULL,
    PRIMARY KEY (run_id, expense_id)
);

CREATE TABLE statements (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organisation_id  uuid NOT NULL,
    run_id           uuid NOT NULL REFERENCES distribution_runs(id) ON DELETE CASCADE,
    holder_id        uuid NOT NULL,
    amount_cents     bigint NOT NULL,
    -- For a correction run: what the corrected run had given this holder.
    previous_cents   bigint,
    issued_at        timestamptz,
    UNIQUE (run_id, holder_id),
    FOREIGN KEY (organisation_id, holder_id) REFERENCES rights_holders (organisation_id, id)
);
CREATE INDEX statements_holder ON statements (holder_id);

CREATE TABLE statement_lines (
    id               bigserial PRIMARY KEY,
    statement_id     uuid NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
    work_id          uuid NOT NULL REFERENCES works(id),
    media            text NOT NULL,
    territory        text NOT NULL,
    basis_points     int NOT NULL,
    gross_cents      bigint NOT NULL,
    net_cents        bigint NOT NULL,
    amount_cents     bigint NOT NULL,
    residual         boolean NOT NULL DEFAULT false
);
CREATE INDEX statement_lines_statement ON statement_lines (statement_id);

-- Issued statements never change: the database refuses it too.
CREATE FUNCTION refuse_issued_statement_change() RETURNS trigger AS $$
BEGIN
    IF OLD.issued_at IS NOT NULL THEN
        RAISE EXCEPTION 'issued statements cannot change' USING ERRCODE = 'check_violation';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$ LANGUAGE plpgsql;
CREATE TRIGGER statements_immutable BEFORE UPDATE OR DELETE ON statements
    FOR EACH ROW EXECUTE FUNCTION refuse_issued_statement_change();
