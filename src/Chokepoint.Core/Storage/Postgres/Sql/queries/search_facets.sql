-- Schema, dataset, country and topic of candidate entities.
SELECT entity_id, schema, dataset, prop, value
FROM statements
WHERE current AND entity_id = ANY(@ids) AND prop IN ('country', 'jurisdiction', 'nationality', 'topics')
UNION ALL
SELECT DISTINCT entity_id, schema, dataset, '', ''
FROM statements
WHERE current AND entity_id = ANY(@ids);
