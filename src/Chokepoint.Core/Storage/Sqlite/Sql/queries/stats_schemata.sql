-- The schemata of each entity in scope; the store reduces them to the most specific one.
SELECT DISTINCT entity_id, schema FROM statements
WHERE current = 1 AND ($dataset IS NULL OR dataset = $dataset) AND prop <> '$referent'
ORDER BY entity_id, schema;
