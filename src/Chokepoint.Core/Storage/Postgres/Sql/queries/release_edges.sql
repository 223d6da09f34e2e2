-- Entity-typed values of either release as edges.
SELECT DISTINCT s.entity_id, s.value
FROM statement_releases r JOIN statements s ON s.id = r.statement_id
WHERE r.release_key IN (@from, @to) AND s.prop = ANY(@props)
ORDER BY s.entity_id, s.value;
