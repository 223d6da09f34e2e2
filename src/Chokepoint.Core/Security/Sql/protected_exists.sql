SELECT EXISTS (SELECT 1 FROM protected_sources WHERE source_id = $source)
