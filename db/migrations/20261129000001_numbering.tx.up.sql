-- Gapless document numbers (invoices, credit notes, quotes): one counter
-- row per organisation, kind and year. The issuing transaction takes the
-- next value with a row lock held until it commits, so a number is used
-- exactly once and a rolled-back issue gives its number back.
CREATE TABLE document_sequences (
    organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    kind            text NOT NULL CHECK (kind ~ '^[A-Z]{1,4}$'),
    year            int NOT NULL CHECK (year BETWEEN 2000 AND 2200),
    last_value      bigint NOT NULL CHECK (last_value > 0),
    PRIMARY KEY (organisation_id, kind, year)
);
