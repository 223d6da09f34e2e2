SELECT id, source_id, dataset, mention_id, surface, kind, candidate_id, candidate_name, confidence, reason, status
FROM link_reviews
WHERE id = @id;
