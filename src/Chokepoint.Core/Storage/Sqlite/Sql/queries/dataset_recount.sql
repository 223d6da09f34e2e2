UPDATE datasets SET
  entity_count = (SELECT count(DISTINCT entity_id) FROM statements WHERE dataset = $dataset AND current = 1),
  statement_count = (SELECT count(*) FROM statements WHERE dataset = $dataset AND current = 1),
  updated = CASE WHEN updated IS NULL OR updated < $release THEN $release ELSE updated END
WHERE name = $dataset;
