SELECT count(DISTINCT entity_id), count(*) FROM statements
WHERE current = 1 AND ($dataset IS NULL OR dataset = $dataset);
