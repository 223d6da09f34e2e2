INSERT INTO releases (dataset, release, imported_at, entity_count, statement_count)
VALUES ($dataset, $release, $imported_at, $entity_count, $statement_count);
