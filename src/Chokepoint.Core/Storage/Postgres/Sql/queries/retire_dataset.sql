-- Runs after the merge of a full release: the dataset's statements it did not hold stop being current.
UPDATE statements SET current = false
WHERE dataset = @dataset AND current
  AND NOT EXISTS (SELECT 1 FROM import_statements s WHERE s.id = statements.id);
