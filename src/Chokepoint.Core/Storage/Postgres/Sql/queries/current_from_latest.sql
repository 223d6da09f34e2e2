-- After a full release: current means "in the dataset's newest release" (@latest, key @latest_key).
UPDATE statements s SET current = NOT s.current
WHERE s.dataset = @dataset
  AND s.current <> (s.first_release <= @latest AND s.last_seen >= @latest
                    AND NOT EXISTS (SELECT 1 FROM statement_gaps g WHERE g.release_key = @latest_key AND g.entity_id = s.entity_id AND g.statement_id = s.id));
