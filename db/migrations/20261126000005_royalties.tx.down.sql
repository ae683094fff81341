DROP TABLE IF EXISTS statement_lines, statements, run_recoveries, run_revenue_lines, run_works, revenue_lines, distribution_runs, revenue_imports, recoupable_expenses, rights_shares, work_commissions, works, holder_users, rights_holders CASCADE;
DROP FUNCTION IF EXISTS refuse_issued_statement_change();
