-- A release whose statements and entities the writer counted as it wrote them.
INSERT INTO releases (dataset, release, imported_at, entity_count, statement_count)
VALUES ($dataset, $release, $imported_at, $entities, $statements)
ON CONFLICT (dataset, release) DO UPDATE SET
  imported_at = excluded.imported_at,
  entity_count = excluded.entity_count,
  statement_count = excluded.statement_count;
