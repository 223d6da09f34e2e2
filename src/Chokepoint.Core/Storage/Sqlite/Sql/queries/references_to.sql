-- Entities whose properties hold the id as a value; the caller keeps only entity-typed properties.
SELECT DISTINCT entity_id, schema, prop
FROM statements
WHERE value = $id AND current = 1 AND entity_id <> $id
ORDER BY entity_id, prop
LIMIT $limit OFFSET $offset;
