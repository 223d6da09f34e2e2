INSERT INTO statement_releases (release_key, entity_id, statement_id)
SELECT DISTINCT @key, entity_id, id FROM import_statements
ON CONFLICT DO NOTHING;
