-- After importing an older release than the newest one: current again means "in the newest release".
UPDATE statements SET current = CASE WHEN id IN (
  SELECT r.statement_id FROM statement_releases r
  WHERE r.release_key = (SELECT id FROM release_keys WHERE dataset = $dataset ORDER BY release DESC LIMIT 1)
) THEN 1 ELSE 0 END
WHERE dataset = $dataset;
