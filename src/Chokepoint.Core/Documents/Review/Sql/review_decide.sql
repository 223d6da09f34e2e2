UPDATE link_reviews SET status = @status, decided_at = @decided_at WHERE id = @id;
INSERT INTO link_judgements (name_key, entity_id, decision, review_id, decided_at)
VALUES (@name_key, @entity_id, @status, @id, @decided_at)
ON CONFLICT (name_key, entity_id) DO UPDATE SET decision = excluded.decision, review_id = excluded.review_id, decided_at = excluded.decided_at;
