-- A full release lacks every statement of the dataset it did not write, including those whose range spans it.
INSERT OR IGNORE INTO statement_gaps (release_key, entity_id, statement_id)
SELECT $key, s.entity_id, s.id FROM dataset_entities d CROSS JOIN statements s
WHERE d.dataset = $dataset AND s.entity_id = d.entity_id AND s.dataset = $dataset AND s.first_release <= $release AND s.last_seen >= $release
  AND NOT EXISTS (SELECT 1 FROM temp.import_touched t WHERE t.entity_id = s.entity_id AND t.id = s.id);
