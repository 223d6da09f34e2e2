DELETE FROM import_statements;
