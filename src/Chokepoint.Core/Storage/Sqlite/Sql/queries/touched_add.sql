INSERT OR IGNORE INTO temp.import_touched (entity_id, id) VALUES ($entity_id, $id);
