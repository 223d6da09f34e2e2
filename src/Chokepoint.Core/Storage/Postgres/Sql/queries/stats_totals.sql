SELECT count(DISTINCT entity_id), count(*) FROM statements
WHERE current AND (@dataset::text IS NULL OR dataset = @dataset);
