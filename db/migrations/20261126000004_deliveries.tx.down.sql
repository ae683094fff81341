DROP TABLE IF EXISTS delivery_transitions, qc_findings, delivery_items, deliveries, delivery_specs CASCADE;
ALTER TABLE productions DROP COLUMN IF EXISTS loudness_lufs, DROP COLUMN IF EXISTS subtitle_languages, DROP COLUMN IF EXISTS documents;
