-- A release imported again holds every statement it wrote, whatever it lacked before.
DELETE FROM statement_gaps
WHERE release_key = $key
  AND EXISTS (SELECT 1 FROM temp.import_touched t WHERE t.entity_id = statement_gaps.entity_id AND t.id = statement_gaps.statement_id);
