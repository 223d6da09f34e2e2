-- Candidate (entity, name) pairs whose folded name contains the longest query token; $props is a JSON array of name-typed properties.
SELECT entity_id, value
FROM statements
WHERE current = 1
  AND prop IN (SELECT value FROM json_each($props))
  AND ($dataset IS NULL OR dataset = $dataset)
  AND ($token IS NULL OR chk_fold(value) LIKE '%' || $token || '%' ESCAPE '\')
LIMIT $limit;
