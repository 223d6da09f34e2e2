-- Every statement, current or not, by entity in source order, with its first release: what a database copy moves.
SELECT id, entity_id, schema, prop, value, original_value, lang, dataset, source_id,
       span_start, span_end, quote, grading, first_seen, last_seen, current, first_release
FROM statements ORDER BY entity_id, seq;
