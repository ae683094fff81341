DROP TABLE IF EXISTS login_limits;
