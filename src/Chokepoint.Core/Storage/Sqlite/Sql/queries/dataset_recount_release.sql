-- After a full release that is the dataset's newest, its current statements are exactly the release's members.
UPDATE datasets SET
  entity_count = (SELECT count(DISTINCT entity_id) FROM statement_releases WHERE release_key = $key),
  statement_count = (SELECT count(*) FROM statement_releases WHERE release_key = $key),
  updated = CASE WHEN updated IS NULL OR updated < $release THEN $release ELSE updated END
WHERE name = $dataset;
