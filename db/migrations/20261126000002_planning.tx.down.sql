ALTER TABLE technicians DROP COLUMN IF EXISTS calendar_token_hash;
DROP TABLE IF EXISTS task_shifts, unavailabilities, bookings, task_dependencies, tasks CASCADE;
