-- Runs before the merge: a staged statement whose release range grows over releases of its dataset that lacked
-- it (it comes back after them, or an older release reaches back over them) gets those releases as gaps.
INSERT INTO statement_gaps (release_key, entity_id, statement_id)
SELECT k.id, s.entity_id, s.id
FROM statements s
JOIN release_keys k ON k.dataset = @dataset
  AND ((k.release > s.last_seen AND k.release < @release) OR (k.release < s.first_release AND k.release > @release))
WHERE s.id IN (SELECT id FROM import_statements)
ON CONFLICT DO NOTHING;
