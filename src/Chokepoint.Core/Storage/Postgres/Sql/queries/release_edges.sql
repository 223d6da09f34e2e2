-- Entity-typed values of either release as edges.
SELECT DISTINCT s.entity_id, s.value
FROM statements s
WHERE s.dataset = @dataset AND s.prop = ANY(@props)
  AND ((s.first_release <= @from AND s.last_seen >= @from AND NOT EXISTS (SELECT 1 FROM statement_gaps g WHERE g.release_key = @from_key AND g.entity_id = s.entity_id AND g.statement_id = s.id)) OR (s.first_release <= @to AND s.last_seen >= @to AND NOT EXISTS (SELECT 1 FROM statement_gaps g WHERE g.release_key = @to_key AND g.entity_id = s.entity_id AND g.statement_id = s.id)))
ORDER BY s.entity_id, s.value;
