-- A run claims its revenue lines by rule rather than one row per line
-- (issue 13): every revenue line gets a number from one sequence when it is
-- recorded, and a run records the last number it saw (claimed_through). Its
-- lines are those of its period numbered up to that mark that were not
-- distributed when it was computed (or were the run's it corrects); once
-- issued, those whose run_id is the run or a correction of it. Lines are
-- recorded under the catalogue's advisory lock, so no line numbered below
-- a run's mark can appear after the run was computed.
CREATE SEQUENCE revenue_lines_seq;
ALTER TABLE revenue_lines ADD COLUMN seq bigint;

-- Existing lines are numbered claimed lines first, each in the order they
-- were recorded, so that a run's mark takes in none that it had not claimed.
UPDATE revenue_lines l SET seq = o.n
FROM (SELECT x.id, row_number() OVER (ORDER BY c.line_id IS NULL, x.created_at, x.id) AS n
      FROM revenue_lines x LEFT JOIN (SELECT DISTINCT line_id FROM run_revenue_lines) c ON c.line_id = x.id) o
WHERE o.id = l.id;
SELECT setval('revenue_lines_seq', COALESCE((SELECT max(seq) FROM revenue_lines), 0) + 1, false);
ALTER TABLE revenue_lines
    ALTER COLUMN seq SET DEFAULT nextval('revenue_lines_seq'),
    ALTER COLUMN seq SET NOT NULL;
ALTER SEQUENCE revenue_lines_seq OWNED BY revenue_lines.seq;

-- claimed_lines is how many lines the run computed on: issuing checks that
-- its rule still designates exactly those (count and gross), so a line is
-- never counted in two runs.
ALTER TABLE distribution_runs
    ADD COLUMN claimed_through bigint NOT NULL DEFAULT 0,
    ADD COLUMN claimed_lines   bigint NOT NULL DEFAULT 0;
UPDATE distribution_runs r SET claimed_through = c.mark, claimed_lines = c.n
FROM (SELECT c.run_id, max(l.seq) AS mark, count(*) AS n
      FROM run_revenue_lines c JOIN revenue_lines l ON l.id = c.line_id GROUP BY c.run_id) c
WHERE c.run_id = r.id;

DROP TABLE run_revenue_lines;

-- A run writes a detail of some kilobytes per work, compressed when stored:
-- lz4 compresses several times faster than the default pglz, where the
-- server has it.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_settings WHERE name = 'default_toast_compression' AND 'lz4' = ANY (enumvals)) THEN
        ALTER TABLE run_works ALTER COLUMN detail SET COMPRESSION lz4;
    END IF;
END $$;
