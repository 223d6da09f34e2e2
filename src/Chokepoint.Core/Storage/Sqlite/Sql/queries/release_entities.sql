-- Entities of either release, with their schema and whether each release holds them.
SELECT entity_id, schema, max(in_from), max(in_to) FROM (
  SELECT s.entity_id, s.schema,
    s.first_release <= $from AND s.last_seen >= $from
      AND NOT EXISTS (SELECT 1 FROM statement_gaps g WHERE g.release_key = $from_key AND g.entity_id = s.entity_id AND g.statement_id = s.id) AS in_from,
    s.first_release <= $to AND s.last_seen >= $to
      AND NOT EXISTS (SELECT 1 FROM statement_gaps g WHERE g.release_key = $to_key AND g.entity_id = s.entity_id AND g.statement_id = s.id) AS in_to
  FROM dataset_entities d CROSS JOIN statements s
  WHERE d.dataset = $dataset AND s.entity_id = d.entity_id AND s.dataset = $dataset AND s.first_release <= max($from, $to) AND s.last_seen >= min($from, $to)
)
WHERE in_from OR in_to
GROUP BY entity_id, schema;
