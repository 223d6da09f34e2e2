SELECT k.dataset, k.release, r.entity_id, r.statement_id
FROM statement_releases r JOIN release_keys k ON k.id = r.release_key
ORDER BY k.dataset, k.release, r.entity_id, r.statement_id;
