DROP TABLE IF EXISTS slip_history, slips CASCADE;
