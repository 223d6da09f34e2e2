-- The import's dataset holds statements of this entity.
INSERT OR IGNORE INTO dataset_entities (dataset, entity_id) VALUES ($dataset, $entity_id);
