SELECT k.dataset, k.release, g.entity_id, g.statement_id
FROM statement_gaps g JOIN release_keys k ON k.id = g.release_key
ORDER BY k.dataset, k.release, g.entity_id, g.statement_id;
