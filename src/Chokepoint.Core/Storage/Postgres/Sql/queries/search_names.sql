-- Candidate (entity, name) pairs: names that contain the token case-insensitively, or hold non-ASCII
-- letters (folded and filtered by the caller, since folding lives in the core).
SELECT entity_id, value
FROM statements
WHERE current
  AND prop = ANY(@props)
  AND (@dataset::text IS NULL OR dataset = @dataset)
  AND (@token::text IS NULL OR value ILIKE '%' || @token || '%' OR value ~ '[^\x01-\x7F]')
LIMIT @limit;
