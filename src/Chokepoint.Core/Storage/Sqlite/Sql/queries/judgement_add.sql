INSERT INTO screening_judgements (query_key, entity_id, judgement, query, created_at)
VALUES ($query_key, $entity_id, 'negative', $query, $created_at)
ON CONFLICT (query_key, entity_id) DO UPDATE SET created_at = excluded.created_at;
