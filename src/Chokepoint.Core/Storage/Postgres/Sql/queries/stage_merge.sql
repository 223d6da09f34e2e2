-- Staged statements become current; a statement seen before keeps its first_seen and cites the newest
-- release's source. A statement staged twice takes the values of its last copy at the position of its
-- first, as in SQLite.
INSERT INTO statements (id, entity_id, schema, prop, value, original_value, lang, dataset, source_id,
                        span_start, span_end, quote, grading, first_seen, last_seen, current, first_release)
SELECT s.id, s.entity_id, s.schema, s.prop, s.value, s.original_value, s.lang, @dataset, s.source_id,
       s.span_start, s.span_end, s.quote, s.grading, d.first_seen, @release, true, @release
FROM (SELECT id, min(ord) AS first_ord, max(ord) AS last_ord, min(first_seen) AS first_seen
      FROM import_statements GROUP BY id) d
JOIN import_statements s ON s.ord = d.last_ord
ORDER BY d.first_ord
ON CONFLICT (id) DO UPDATE SET
  schema = excluded.schema,
  source_id = CASE WHEN excluded.last_seen >= statements.last_seen THEN excluded.source_id ELSE statements.source_id END,
  original_value = excluded.original_value,
  lang = excluded.lang,
  span_start = excluded.span_start,
  span_end = excluded.span_end,
  quote = excluded.quote,
  grading = excluded.grading,
  first_seen = least(statements.first_seen, excluded.first_seen),
  last_seen = greatest(statements.last_seen, excluded.last_seen),
  first_release = least(statements.first_release, excluded.first_release),
  current = true;
