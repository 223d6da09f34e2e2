-- The index keeps the gap and current updates' joins fast even while the planner's statistics of statements
-- predate this import's rows (a first import of a large dataset into a database holding others).
CREATE INDEX ON import_statements (id);
ANALYZE import_statements;
