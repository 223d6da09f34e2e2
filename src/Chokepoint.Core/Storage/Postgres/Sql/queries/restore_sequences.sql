-- Rows restored with their own ids: the next generated id follows the largest one.
SELECT setval(pg_get_serial_sequence('audit_log', 'seq'), coalesce((SELECT max(seq) FROM audit_log), 0) + 1, false);
SELECT setval(pg_get_serial_sequence('link_reviews', 'id'), coalesce((SELECT max(id) FROM link_reviews), 0) + 1, false);
