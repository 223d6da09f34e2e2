INSERT INTO statements (id, entity_id, schema, prop, value, original_value, lang, dataset, source_id,
                        span_start, span_end, quote, grading, first_seen, last_seen, current, seq, ref, first_release)
VALUES ($id, $entity_id, $schema, $prop, $value, $original_value, $lang, $dataset, $source_id,
        $span_start, $span_end, $quote, $grading, $first_seen, $last_seen, $current, $seq, $ref, $first_release);
