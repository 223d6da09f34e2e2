-- current means "in the dataset's newest release" ($latest, key $latest_key); only rows that differ are written.
UPDATE statements SET current = 1 - current
WHERE entity_id IN (SELECT entity_id FROM dataset_entities WHERE dataset = $dataset) AND dataset = $dataset
  AND current <> (first_release <= $latest AND last_seen >= $latest
                  AND NOT EXISTS (SELECT 1 FROM statement_gaps g WHERE g.release_key = $latest_key AND g.entity_id = statements.entity_id AND g.statement_id = statements.id));
