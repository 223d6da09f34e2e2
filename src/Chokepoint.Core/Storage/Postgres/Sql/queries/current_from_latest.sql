-- After importing an older release than the newest one: current again means "in the newest release".
UPDATE statements SET current = EXISTS (
  SELECT 1 FROM statement_releases r
  WHERE r.release_key = (SELECT id FROM release_keys WHERE dataset = @dataset ORDER BY release DESC LIMIT 1)
    AND r.entity_id = statements.entity_id AND r.statement_id = statements.id
)
WHERE dataset = @dataset;
