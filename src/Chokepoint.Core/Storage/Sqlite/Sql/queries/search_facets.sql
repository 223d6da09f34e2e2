-- Schema, dataset, country and topic of candidate entities ($ids is a JSON array).
SELECT entity_id, schema, dataset, prop, value
FROM statements
WHERE current = 1
  AND entity_id IN (SELECT value FROM json_each($ids))
  AND prop IN ('country', 'jurisdiction', 'nationality', 'topics')
UNION ALL
SELECT DISTINCT entity_id, schema, dataset, '', ''
FROM statements
WHERE current = 1 AND entity_id IN (SELECT value FROM json_each($ids));
