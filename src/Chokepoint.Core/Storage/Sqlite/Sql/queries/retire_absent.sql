-- A full release that is the dataset's newest and new: every statement it wrote has last_seen = $release,
-- so the others stop being current. Statements it wrote are only read, never rewritten.
UPDATE statements SET current = 0
WHERE entity_id IN (SELECT entity_id FROM dataset_entities WHERE dataset = $dataset) AND dataset = $dataset AND current = 1 AND last_seen < $release;
