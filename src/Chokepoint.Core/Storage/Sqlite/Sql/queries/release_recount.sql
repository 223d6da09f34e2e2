INSERT INTO releases (dataset, release, imported_at, entity_count, statement_count)
SELECT $dataset, $release, $imported_at,
  (SELECT count(DISTINCT entity_id) FROM statement_releases WHERE release_key = $key),
  (SELECT count(*) FROM statement_releases WHERE release_key = $key)
ON CONFLICT (dataset, release) DO UPDATE SET
  imported_at = excluded.imported_at,
  entity_count = excluded.entity_count,
  statement_count = excluded.statement_count;
