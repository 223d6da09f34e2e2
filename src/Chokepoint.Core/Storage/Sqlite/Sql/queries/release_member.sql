INSERT OR IGNORE INTO statement_releases (release_key, entity_id, statement_id) VALUES ($key, $entity_id, $id);
