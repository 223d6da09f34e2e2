UPDATE datasets SET
  entity_count = (SELECT count(DISTINCT s.entity_id) FROM dataset_entities d CROSS JOIN statements s
                  WHERE d.dataset = $dataset AND s.entity_id = d.entity_id AND s.dataset = $dataset AND s.current = 1),
  statement_count = (SELECT count(*) FROM dataset_entities d CROSS JOIN statements s
                     WHERE d.dataset = $dataset AND s.entity_id = d.entity_id AND s.dataset = $dataset AND s.current = 1),
  updated = CASE WHEN updated IS NULL OR updated < $release THEN $release ELSE updated END
WHERE name = $dataset;
