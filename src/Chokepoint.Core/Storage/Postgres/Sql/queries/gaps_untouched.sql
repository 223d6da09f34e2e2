-- A full release lacks every statement of the dataset it did not write, including those whose range spans it.
INSERT INTO statement_gaps (release_key, entity_id, statement_id)
SELECT @key, s.entity_id, s.id FROM statements s
WHERE s.dataset = @dataset AND s.first_release <= @release AND s.last_seen >= @release
  AND NOT EXISTS (SELECT 1 FROM import_statements i WHERE i.id = s.id)
ON CONFLICT DO NOTHING;
