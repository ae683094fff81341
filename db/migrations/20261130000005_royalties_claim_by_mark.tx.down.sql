ALTER TABLE run_works ALTER COLUMN detail SET COMPRESSION default;

CREATE TABLE run_revenue_lines (
    run_id   uuid NOT NULL REFERENCES distribution_runs(id) ON DELETE CASCADE,
    line_id  uuid NOT NULL REFERENCES revenue_lines(id),
    PRIMARY KEY (run_id, line_id)
);

-- Each run's lines by its rule: an issued run's are those now distributed
-- by it or by a correction of it; a draft's, those still undistributed (or
-- the corrected run's).
WITH RECURSIVE lineage (root, run_id) AS (
    SELECT id, id FROM distribution_runs
    UNION ALL
    SELECT l.root, c.id FROM lineage l JOIN distribution_runs c ON c.corrects_run_id = l.run_id
)
INSERT INTO run_revenue_lines (run_id, line_id)
SELECT r.id, l.id
FROM distribution_runs r
JOIN revenue_lines l ON l.organisation_id = r.organisation_id
    AND l.period_end BETWEEN r.period_start AND r.period_end AND l.seq <= r.claimed_through
WHERE CASE WHEN r.status = 'ISSUED'
           THEN l.run_id IN (SELECT run_id FROM lineage WHERE root = r.id)
           ELSE l.run_id IS NULL OR l.run_id = r.corrects_run_id END;

ALTER TABLE distribution_runs DROP COLUMN claimed_through, DROP COLUMN claimed_lines;
ALTER TABLE revenue_lines DROP COLUMN seq;
