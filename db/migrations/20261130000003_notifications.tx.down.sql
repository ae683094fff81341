ALTER TABLE bookings DROP COLUMN revision;
ALTER TABLE invitations DROP COLUMN locale;
DROP TABLE password_resets;
DROP TABLE mail_outbox;
DROP TABLE notification_preferences;
DROP TABLE notifications;
