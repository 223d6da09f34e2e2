SELECT DISTINCT s.entity_id, s.value
FROM statement_releases r JOIN statements s ON s.entity_id = r.entity_id AND s.id = r.statement_id
WHERE r.release_key IN ($from, $to) AND s.prop IN (SELECT value FROM json_each($props));
