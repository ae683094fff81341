-- Invoicing (DOMAIN.md, "Invoices (France)"): the organisation's settings,
-- invoices (deposit, progress, final, standard), credit notes, their lines,
-- the deposits a final invoice deducts, and payments. Amounts are cents,
-- rates basis points, quantities thousandths. Numbers are gapless per
-- organisation and year (numbering.Invoice "F", numbering.CreditNote "AV"),
-- taken in the issuing transaction.

-- What an invoice must say of its issuer, and how it is booked.
CREATE TABLE invoicing_settings (
    organisation_id      uuid PRIMARY KEY REFERENCES organisations (id) ON DELETE CASCADE,
    legal_form           text NOT NULL DEFAULT '',          -- SAS, SARL…
    share_capital_cents  bigint NOT NULL DEFAULT 0 CHECK (share_capital_cents >= 0),
    rcs_city             text NOT NULL DEFAULT '',          -- "RCS Paris"
    siren                text NOT NULL DEFAULT '' CHECK (siren = '' OR siren ~ '^[0-9]{9}$'),
    iban                 text NOT NULL DEFAULT '',
    bic                  text NOT NULL DEFAULT '',
    payment_days         int NOT NULL DEFAULT 30 CHECK (payment_days BETWEEN 0 AND 60),
    payment_end_of_month boolean NOT NULL DEFAULT false CHECK (NOT payment_end_of_month OR payment_days <= 45),
    -- Yearly late-penalty rate (at least three times the legal interest rate).
    late_penalty_bp      int NOT NULL DEFAULT 1215 CHECK (late_penalty_bp BETWEEN 0 AND 10000),
    recovery_indemnity_cents bigint NOT NULL DEFAULT 4000 CHECK (recovery_indemnity_cents >= 4000),
    early_payment_terms  text NOT NULL DEFAULT 'Pas d''escompte pour paiement anticipé.',
    -- "Option pour le paiement de la taxe d'après les débits".
    vat_on_debits        boolean NOT NULL DEFAULT false,
    footer               text NOT NULL DEFAULT '',
    account_sales        text NOT NULL DEFAULT '706000',
    account_vat          text NOT NULL DEFAULT '445710',
    account_client       text NOT NULL DEFAULT '411000',
    updated_at           timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE invoices (
    id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organisation_id    uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    kind               text NOT NULL CHECK (kind IN ('DEPOSIT','PROGRESS','FINAL','STANDARD')),
    status             text NOT NULL CHECK (status IN ('DRAFT','ISSUED','PARTIALLY_PAID','PAID','CANCELLED')),
    client_id          uuid NOT NULL REFERENCES clients (id),
    production_id      uuid REFERENCES productions (id),
    -- The accepted quote version a deposit or final invoice bills.
    quote_version_id   uuid REFERENCES quote_versions (id),
    deposit_bp         int CHECK (deposit_bp BETWEEN 1 AND 10000),
    -- The period of service (a progress invoice's period; the service date).
    service_from       date,
    service_to         date CHECK (service_to IS NULL OR service_from IS NULL OR service_to >= service_from),
    year               int,
    number             bigint CHECK (number > 0),
    issue_date         date,
    due_date           date,
    purchase_order     text NOT NULL DEFAULT '',
    notes              text NOT NULL DEFAULT '',
    total_ht_cents     bigint NOT NULL DEFAULT 0,
    total_vat_cents    bigint NOT NULL DEFAULT 0,
    total_ttc_cents    bigint NOT NULL DEFAULT 0,
    -- Deposits deducted by a final invoice (TTC), and what is left to pay.
    prepaid_cents      bigint NOT NULL DEFAULT 0 CHECK (prepaid_cents >= 0),
    due_cents          bigint NOT NULL DEFAULT 0,
    -- The parties as they were at issue (the invoice never changes after).
    seller             jsonb,
    buyer              jsonb,
    document           bytea,   -- the Factur-X PDF/A-3
    xml                bytea,   -- its factur-x.xml
    document_sha256    text,
    issued_at          timestamptz,
    issued_by          uuid REFERENCES users (id) ON DELETE SET NULL,
    created_by         uuid REFERENCES users (id) ON DELETE SET NULL,
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now(),
    CHECK ((year IS NULL) = (number IS NULL)),
    CHECK ((status = 'DRAFT') = (number IS NULL)),
    CHECK (status = 'DRAFT' OR (issue_date IS NOT NULL AND due_date IS NOT NULL AND document IS NOT NULL AND xml IS NOT NULL AND seller IS NOT NULL AND buyer IS NOT NULL)),
    CHECK ((kind = 'DEPOSIT') = (deposit_bp IS NOT NULL)),
    CHECK (kind NOT IN ('DEPOSIT','FINAL') OR quote_version_id IS NOT NULL),
    UNIQUE (organisation_id, year, number)
);
CREATE INDEX invoices_list ON invoices (organisation_id, created_at DESC, id DESC);
CREATE INDEX invoices_client ON invoices (client_id, issue_date);
CREATE INDEX invoices_production ON invoices (production_id) WHERE production_id IS NOT NULL;
CREATE INDEX invoices_due ON invoices (organisation_id, due_date) WHERE status IN ('ISSUED','PARTIALLY_PAID');

CREATE TABLE credit_notes (
    id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organisation_id    uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    invoice_id         uuid NOT NULL REFERENCES invoices (id),
    status             text NOT NULL CHECK (status IN ('DRAFT','ISSUED')),
    -- The whole invoice, or some of its lines (partial).
    full_credit        boolean NOT NULL DEFAULT false,
    reason             text NOT NULL DEFAULT '',
    year               int,
    number             bigint CHECK (number > 0),
    issue_date         date,
    total_ht_cents     bigint NOT NULL DEFAULT 0,
    total_vat_cents    bigint NOT NULL DEFAULT 0,
    total_ttc_cents    bigint NOT NULL DEFAULT 0,
    seller             jsonb,
    buyer              jsonb,
    document           bytea,
    xml                bytea,
    document_sha256    text,
    issued_at          timestamptz,
    issued_by          uuid REFERENCES users (id) ON DELETE SET NULL,
    created_by         uuid REFERENCES users (id) ON DELETE SET NULL,
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now(),
    CHECK ((year IS NULL) = (number IS NULL)),
    CHECK ((status = 'DRAFT') = (number IS NULL)),
    CHECK (status = 'DRAFT' OR (issue_date IS NOT NULL AND document IS NOT NULL AND xml IS NOT NULL)),
    UNIQUE (organisation_id, year, number)
);
CREATE INDEX credit_notes_invoice ON credit_notes (invoice_id);
CREATE INDEX credit_notes_list ON credit_notes (organisation_id, created_at DESC, id DESC);

-- The lines of an invoice or a credit note.
CREATE TABLE invoice_lines (
    id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organisation_id    uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    invoice_id         uuid REFERENCES invoices (id) ON DELETE CASCADE,
    credit_note_id     uuid REFERENCES credit_notes (id) ON DELETE CASCADE,
    position           int NOT NULL CHECK (position >= 0),
    operation_id       uuid REFERENCES operations (id),
    -- What a line was made from: a quote or amendment line, or the invoice
    -- line a credit note cancels.
    quote_line_id      uuid REFERENCES quote_lines (id) ON DELETE SET NULL,
    invoice_line_id    uuid REFERENCES invoice_lines (id),
    description        text NOT NULL CHECK (description <> ''),
    quantity_milli     bigint NOT NULL CHECK (quantity_milli > 0),
    unit               text NOT NULL CHECK (unit IN ('DAY','HALF_DAY','HOUR','FLAT','TB','UNIT')),
    hours_per_day      int NOT NULL DEFAULT 8 CHECK (hours_per_day BETWEEN 1 AND 24),
    unit_price_cents   bigint NOT NULL CHECK (unit_price_cents >= 0),
    discount_bp        int CHECK (discount_bp BETWEEN 0 AND 10000),
    discount_cents     bigint CHECK (discount_cents >= 0),
    vat_bp             int NOT NULL CHECK (vat_bp BETWEEN 0 AND 10000),
    -- Why a 0 % line carries no VAT (EN 16931 BT-120/121: VATEX code and text).
    vat_exemption_code text CHECK (vat_exemption_code IS NULL OR vat_exemption_code ~ '^VATEX-'),
    vat_exemption_reason text,
    net_cents          bigint NOT NULL CHECK (net_cents >= 0),
    CHECK ((invoice_id IS NULL) <> (credit_note_id IS NULL)),
    CHECK (discount_bp IS NULL OR discount_cents IS NULL),
    CHECK (vat_bp > 0 OR vat_exemption_reason <> '')
);
CREATE INDEX invoice_lines_invoice ON invoice_lines (invoice_id, position) WHERE invoice_id IS NOT NULL;
CREATE INDEX invoice_lines_credit_note ON invoice_lines (credit_note_id, position) WHERE credit_note_id IS NOT NULL;

-- The deposit invoices a final invoice deducts, by number (TTC deducted).
CREATE TABLE invoice_deductions (
    invoice_id          uuid NOT NULL REFERENCES invoices (id) ON DELETE CASCADE,
    deposit_invoice_id  uuid NOT NULL REFERENCES invoices (id),
    amount_cents        bigint NOT NULL CHECK (amount_cents > 0),
    PRIMARY KEY (invoice_id, deposit_invoice_id)
);
-- A deposit is deducted once.
CREATE UNIQUE INDEX invoice_deductions_once ON invoice_deductions (deposit_invoice_id);

CREATE TABLE payments (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organisation_id  uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    invoice_id       uuid NOT NULL REFERENCES invoices (id),
    paid_on          date NOT NULL,
    amount_cents     bigint NOT NULL CHECK (amount_cents > 0),
    method           text NOT NULL CHECK (method IN ('TRANSFER','CHEQUE','CARD','CASH','DIRECT_DEBIT','OTHER')),
    reference        text NOT NULL DEFAULT '',
    created_by       uuid REFERENCES users (id) ON DELETE SET NULL,
    created_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX payments_invoice ON payments (invoice_id, paid_on);

-- An issued invoice or credit note never changes and is never deleted;
-- only an invoice's status moves with its payments and credit notes.
CREATE FUNCTION refuse_issued_invoice_change() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF OLD.status <> 'DRAFT' THEN
            RAISE EXCEPTION 'an issued invoice cannot be deleted' USING ERRCODE = 'check_violation';
        END IF;
        RETURN OLD;
    END IF;
    IF OLD.status <> 'DRAFT' AND (to_jsonb(NEW) - ARRAY['status','updated_at']) IS DISTINCT FROM (to_jsonb(OLD) - ARRAY['status','updated_at']) THEN
        RAISE EXCEPTION 'an issued invoice cannot change' USING ERRCODE = 'check_violation';
    END IF;
    IF OLD.status <> 'DRAFT' AND NEW.status = 'DRAFT' THEN
        RAISE EXCEPTION 'an issued invoice cannot change' USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$ LANGUAGE plpgsql;
CREATE TRIGGER invoices_immutable BEFORE UPDATE OR DELETE ON invoices
    FOR EACH ROW EXECUTE FUNCTION refuse_issued_invoice_change();
CREATE TRIGGER credit_notes_immutable BEFORE UPDATE OR DELETE ON credit_notes
    FOR EACH ROW EXECUTE FUNCTION refuse_issued_invoice_change();

CREATE FUNCTION refuse_issued_invoice_line_change() RETURNS trigger AS $$
DECLARE
    l invoice_lines;
    st text;
BEGIN
    l := CASE WHEN TG_OP = 'INSERT' THEN NEW ELSE OLD END;
    IF l.invoice_id IS NOT NULL THEN
        SELECT status INTO st FROM invoices WHERE id = l.invoice_id;
    ELSE
        SELECT status INTO st FROM credit_notes WHERE id = l.credit_note_id;
    END IF;
    IF st IS NOT NULL AND st <> 'DRAFT' THEN
        RAISE EXCEPTION 'the lines of an issued invoice cannot change' USING ERRCODE = 'check_violation';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$ LANGUAGE plpgsql;
CREATE TRIGGER invoice_lines_immutable BEFORE INSERT OR UPDATE OR DELETE ON invoice_lines
    FOR EACH ROW EXECUTE FUNCTION refuse_issued_invoice_line_change();

-- Deductions and payments are part of what was issued or paid: never
-- rewritten (a payment recorded by mistake is cancelled by a credit note
-- or a refund, not deleted).
CREATE FUNCTION refuse_money_record_change() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION '% rows are never changed', TG_TABLE_NAME USING ERRCODE = 'check_violation';
END $$ LANGUAGE plpgsql;
CREATE TRIGGER payments_immutable BEFORE UPDATE OR DELETE ON payments
    FOR EACH ROW EXECUTE FUNCTION refuse_money_record_change();

ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check;
ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check CHECK (kind IN ('INVITATION','PASSWORD_RESET','SLIP_REJECTED',
    'BOOKING_CREATED','BOOKING_MOVED','BOOKING_CANCELLED','STATEMENT_ISSUED',
    'QUOTE_SENT','QUOTE_ACCEPTED','QUOTE_REFUSED','AMENDMENT_SENT','AMENDMENT_ACCEPTED','AMENDMENT_REFUSED',
    'INVOICE_ISSUED','CREDIT_NOTE_ISSUED','INVOICE_OVERDUE'));
