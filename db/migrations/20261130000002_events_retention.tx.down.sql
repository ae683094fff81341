DROP INDEX IF EXISTS events_created_at;
DROP TABLE IF EXISTS events_horizon;
