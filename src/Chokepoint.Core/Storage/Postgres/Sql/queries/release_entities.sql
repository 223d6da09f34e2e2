-- Entities of either release, with their schema and whether each release holds them.
SELECT s.entity_id, s.schema, bool_or(r.release_key = @from), bool_or(r.release_key = @to)
FROM statement_releases r JOIN statements s ON s.id = r.statement_id
WHERE r.release_key IN (@from, @to)
GROUP BY s.entity_id, s.schema
ORDER BY s.entity_id, s.schema;
