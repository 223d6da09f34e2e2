-- A full release: statements of the dataset that the release does not hold stop being current.
-- Statements it holds were made current as they were written, so unchanged rows are only read, never rewritten.
UPDATE statements SET current = 0
WHERE dataset = $dataset AND current = 1
  AND NOT EXISTS (
    SELECT 1 FROM statement_releases r
    WHERE r.release_key = $key AND r.entity_id = statements.entity_id AND r.statement_id = statements.id
  );
