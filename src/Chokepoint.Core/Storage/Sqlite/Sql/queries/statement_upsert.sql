-- One statement of the import becomes current and a member of the release; a statement seen before keeps its
-- first_seen and cites the newest release's source. The writer sends statements in key order, so B-tree inserts
-- become appends. A statement seen before whose release range would grow over releases that lacked it is left
-- as it is (no change) unless $force: the writer then records those releases as gaps and writes it with $force = 1.
-- $previous and $next are the dataset's releases just before and after $release (NULL when there is none).
INSERT INTO statements (entity_id, id, schema, prop, value, original_value, lang, dataset, source_id,
                        span_start, span_end, quote, grading, first_seen, last_seen, current, seq, ref, first_release)
VALUES ($entity_id, $id, $schema, $prop, $value, $original_value, $lang, $dataset, $source_id,
        $span_start, $span_end, $quote, $grading, $first_seen, $release, 1, $seq, $ref, $release)
ON CONFLICT (entity_id, id) DO UPDATE SET
  schema = excluded.schema,
  original_value = excluded.original_value,
  lang = excluded.lang,
  source_id = CASE WHEN excluded.last_seen >= statements.last_seen THEN excluded.source_id ELSE statements.source_id END,
  span_start = excluded.span_start,
  span_end = excluded.span_end,
  quote = excluded.quote,
  grading = excluded.grading,
  first_seen = min(statements.first_seen, excluded.first_seen),
  last_seen = max(statements.last_seen, excluded.last_seen),
  first_release = min(statements.first_release, excluded.first_release),
  current = 1,
  -- A statement written twice in one import keeps the position of its first copy.
  seq = CASE WHEN statements.last_seen = excluded.last_seen THEN statements.seq ELSE excluded.seq END
WHERE $force
   OR NOT (coalesce($release > statements.last_seen AND $previous > statements.last_seen, 0)
           OR coalesce($release < statements.first_release AND $next < statements.first_release, 0));
