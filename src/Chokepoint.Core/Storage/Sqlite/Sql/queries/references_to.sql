-- Entities whose entity-typed properties hold the id as a value (ref = 1: the rows ix_statements_ref holds).
SELECT DISTINCT entity_id, schema, prop
FROM statements
WHERE value = $id AND current = 1 AND ref = 1 AND entity_id <> $id
ORDER BY entity_id, prop
LIMIT $limit OFFSET $offset;
