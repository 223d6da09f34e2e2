-- After a full release that is the dataset's newest, its current statements are exactly the release's statements.
UPDATE datasets SET
  entity_count = (SELECT entity_count FROM releases WHERE dataset = $dataset AND release = $release),
  statement_count = (SELECT statement_count FROM releases WHERE dataset = $dataset AND release = $release),
  updated = CASE WHEN updated IS NULL OR updated < $release THEN $release ELSE updated END
WHERE name = $dataset;
