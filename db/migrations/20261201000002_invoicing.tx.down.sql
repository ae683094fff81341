DELETE FROM notifications WHERE kind IN ('INVOICE_ISSUED','CREDIT_NOTE_ISSUED','INVOICE_OVERDUE');
ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check;
ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check CHECK (kind IN ('INVITATION','PASSWORD_RESET','SLIP_REJECTED',
    'BOOKING_CREATED','BOOKING_MOVED','BOOKING_CANCELLED','STATEMENT_ISSUED',
    'QUOTE_SENT','QUOTE_ACCEPTED','QUOTE_REFUSED','AMENDMENT_SENT','AMENDMENT_ACCEPTED','AMENDMENT_REFUSED'));
DROP TABLE payments;
DROP FUNCTION refuse_money_record_change();
DROP TABLE invoice_deductions;
DROP TABLE invoice_lines;
DROP FUNCTION refuse_issued_invoice_line_change();
DROP TABLE credit_notes;
DROP TABLE invoices;
DROP FUNCTION refuse_issued_invoice_change();
DROP TABLE invoicing_settings;
