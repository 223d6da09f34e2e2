SELECT count(*) FROM statements;
