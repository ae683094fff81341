DELETE FROM notifications WHERE kind IN ('QUOTE_SENT','QUOTE_ACCEPTED','QUOTE_REFUSED','AMENDMENT_SENT','AMENDMENT_ACCEPTED','AMENDMENT_REFUSED');
ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check;
ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check CHECK (kind IN ('INVITATION','PASSWORD_RESET','SLIP_REJECTED',
    'BOOKING_CREATED','BOOKING_MOVED','BOOKING_CANCELLED','STATEMENT_ISSUED'));
DROP TABLE quote_templates;
DROP TABLE quote_lines;
DROP FUNCTION refuse_sent_quote_line_change();
DROP TABLE amendments;
DROP TABLE quote_versions;
DROP FUNCTION refuse_sent_quote_change();
DROP TABLE quotes;
DROP TABLE sale_prices;
