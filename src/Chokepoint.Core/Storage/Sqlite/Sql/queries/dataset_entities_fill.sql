-- After a restore: the entities each dataset holds statements of.
INSERT OR IGNORE INTO dataset_entities (dataset, entity_id) SELECT DISTINCT dataset, entity_id FROM statements;
