-- Login attempts, shared by every replica. One row per bucket: a client
-- address, an email at an address, or an email. Each bucket is a GCRA
-- ("generic cell rate algorithm") token bucket kept as one timestamp: tat,
-- the theoretical time at which the bucket is full again. An attempt is
-- allowed while tat <= now() + (burst - 1) * interval, and pushes tat one
-- interval further. The key is a SHA-256 of the scope and its value: no
-- email or address is stored in clear.
CREATE TABLE login_limits (
    key           bytea PRIMARY KEY,
    tat           timestamptz NOT NULL,
    -- An email at an address that logged in successfully: its own failures
    -- stay limited, but the per-email ceiling (which attackers elsewhere
    -- can spend) does not apply to it.
    trusted_until timestamptz
);
-- Pruning reads the rows that have become equivalent to no row.
CREATE INDEX login_limits_stale ON login_limits (tat);
