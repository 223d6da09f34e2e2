-- A release imported again holds every statement it wrote, whatever it lacked before.
DELETE FROM statement_gaps g
WHERE g.release_key = @key AND g.statement_id IN (SELECT id FROM import_statements);
