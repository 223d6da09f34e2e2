INSERT OR IGNORE INTO statement_releases (release_key, statement_id) SELECT $key, id FROM import_statements;
