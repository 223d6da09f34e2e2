-- Statements in one release and not the other: change '+' (only in $to) or '-' (only in $from). A statement is in
-- a release when its range (first_release..last_seen) covers it and statement_gaps does not exclude it.
SELECT CASE WHEN in_to THEN '+' ELSE '-' END, entity_id, schema, prop, value FROM (
  SELECT s.entity_id, s.schema, s.prop, s.value,
    s.first_release <= $from AND s.last_seen >= $from
      AND NOT EXISTS (SELECT 1 FROM statement_gaps g WHERE g.release_key = $from_key AND g.entity_id = s.entity_id AND g.statement_id = s.id) AS in_from,
    s.first_release <= $to AND s.last_seen >= $to
      AND NOT EXISTS (SELECT 1 FROM statement_gaps g WHERE g.release_key = $to_key AND g.entity_id = s.entity_id AND g.statement_id = s.id) AS in_to
  FROM dataset_entities d CROSS JOIN statements s
  WHERE d.dataset = $dataset AND s.entity_id = d.entity_id AND s.dataset = $dataset AND s.first_release <= max($from, $to) AND s.last_seen >= min($from, $to)
)
WHERE in_from <> in_to;
