SELECT source_id, dataset, format, location, chars, protected, extractor, flags, ingested_at FROM documents WHERE source_id = @source_id;
