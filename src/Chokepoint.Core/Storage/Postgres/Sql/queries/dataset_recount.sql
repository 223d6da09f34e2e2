UPDATE datasets SET
  entity_count = (SELECT count(DISTINCT entity_id) FROM statements WHERE dataset = @dataset AND current),
  statement_count = (SELECT count(*) FROM statements WHERE dataset = @dataset AND current),
  updated = CASE WHEN updated IS NULL OR updated < @release THEN @release ELSE updated END
WHERE name = @dataset;
-- A release counts what it held (statement_releases), as in SQLite, whatever order releases were imported in.
INSERT INTO releases (dataset, release, imported_at, entity_count, statement_count)
SELECT @dataset, @release, @imported_at,
  (SELECT count(DISTINCT entity_id) FROM statement_releases WHERE release_key = @key),
  (SELECT count(*) FROM statement_releases WHERE release_key = @key)
ON CONFLICT (dataset, release) DO UPDATE SET
  imported_at = excluded.imported_at,
  entity_count = excluded.entity_count,
  statement_count = excluded.statement_count;
