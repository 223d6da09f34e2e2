-- A release counts the statements it holds: its dataset's statements whose range covers it, less its gaps.
INSERT INTO releases (dataset, release, imported_at, entity_count, statement_count)
SELECT $dataset, $release, $imported_at, count(DISTINCT s.entity_id), count(*)
FROM dataset_entities d CROSS JOIN statements s
WHERE d.dataset = $dataset AND s.entity_id = d.entity_id AND s.dataset = $dataset AND s.first_release <= $release AND s.last_seen >= $release
  AND NOT EXISTS (SELECT 1 FROM statement_gaps g WHERE g.release_key = $key AND g.entity_id = s.entity_id AND g.statement_id = s.id)
ON CONFLICT (dataset, release) DO UPDATE SET
  imported_at = excluded.imported_at,
  entity_count = excluded.entity_count,
  statement_count = excluded.statement_count;
