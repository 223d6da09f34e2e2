SELECT dataset, release, imported_at, entity_count, statement_count
FROM releases WHERE dataset = @dataset ORDER BY release;
