COPY import_statements (ord, id, entity_id, schema, prop, value, original_value, lang, source_id,
                        span_start, span_end, quote, grading, first_seen)
FROM STDIN (FORMAT BINARY)
