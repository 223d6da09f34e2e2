INSERT OR IGNORE INTO statement_releases (release_key, entity_id, statement_id)
SELECT $key, entity_id, id FROM import_statements ORDER BY entity_id, id;
