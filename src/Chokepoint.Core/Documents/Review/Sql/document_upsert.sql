INSERT INTO documents (source_id, dataset, format, location, chars, protected, extractor, flags, ingested_at)
VALUES (@source_id, @dataset, @format, @location, @chars, @protected, @extractor, @flags, @ingested_at)
ON CONFLICT (source_id) DO UPDATE SET
  dataset = excluded.dataset, format = excluded.format, location = excluded.location, chars = excluded.chars,
  protected = CASE WHEN excluded.protected > documents.protected THEN excluded.protected ELSE documents.protected END, extractor = excluded.extractor, flags = excluded.flags,
  ingested_at = excluded.ingested_at;
