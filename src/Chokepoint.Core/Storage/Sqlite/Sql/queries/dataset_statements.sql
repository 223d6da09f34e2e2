SELECT s.id, s.entity_id, s.schema, s.prop, s.value, s.original_value, s.lang, s.dataset, s.source_id,
       s.span_start, s.span_end, s.quote, s.grading, s.first_seen, s.last_seen
FROM dataset_entities d CROSS JOIN statements s
WHERE d.dataset = $dataset AND s.entity_id = d.entity_id AND s.dataset = $dataset AND s.current = 1
ORDER BY d.entity_id, s.seq;
