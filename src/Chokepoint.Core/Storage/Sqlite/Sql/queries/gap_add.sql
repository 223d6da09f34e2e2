INSERT OR IGNORE INTO statement_gaps (release_key, entity_id, statement_id) VALUES ($key, $entity_id, $id);
