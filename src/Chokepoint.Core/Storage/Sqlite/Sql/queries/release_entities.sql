-- Entities of either release, with their schema and whether each release holds them; entity-typed values as edges.
SELECT s.entity_id, s.schema, max(r.release_key = $from), max(r.release_key = $to)
FROM statement_releases r JOIN statements s ON s.entity_id = r.entity_id AND s.id = r.statement_id
WHERE r.release_key IN ($from, $to)
GROUP BY s.entity_id, s.schema;
