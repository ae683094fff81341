-- The outbox is pruned: events older than POSTPROD_EVENTS_RETENTION are
-- deleted, a prefix of ids at a time (internal/platform/live/prune.go).
-- events_horizon keeps the highest id ever deleted, so that a subscriber
-- resuming from an id below it is told to reload (RESYNC) instead of
-- silently missing what was deleted.
CREATE TABLE events_horizon (
    singleton       boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    pruned_through  bigint NOT NULL DEFAULT 0
);
INSERT INTO events_horizon DEFAULT VALUES;

-- Finds the newest event older than the retention without a scan.
CREATE INDEX events_created_at ON events (created_at);
