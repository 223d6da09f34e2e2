SELECT count(*) FROM (SELECT 1 FROM protected_sources WHERE source_id = @source LIMIT 1) AS p
