-- Statements in one release and not the other: change '+' (only in @to) or '-' (only in @from), in SQLite's order.
SELECT change, entity_id, schema, prop, value FROM (
  SELECT '+' AS change, s.entity_id, s.id, s.schema, s.prop, s.value
  FROM statement_releases t JOIN statements s ON s.id = t.statement_id
  WHERE t.release_key = @to AND NOT EXISTS (SELECT 1 FROM statement_releases f WHERE f.release_key = @from AND f.entity_id = t.entity_id AND f.statement_id = t.statement_id)
  UNION ALL
  SELECT '-', s.entity_id, s.id, s.schema, s.prop, s.value
  FROM statement_releases f JOIN statements s ON s.id = f.statement_id
  WHERE f.release_key = @from AND NOT EXISTS (SELECT 1 FROM statement_releases t WHERE t.release_key = @to AND t.entity_id = f.entity_id AND t.statement_id = f.statement_id)
) c
ORDER BY change, entity_id, id;
