INSERT INTO link_reviews (source_id, dataset, mention_id, surface, kind, candidate_id, candidate_name, confidence, reason, created_at)
VALUES (@source_id, @dataset, @mention_id, @surface, @kind, @candidate_id, @candidate_name, @confidence, @reason, @created_at)
ON CONFLICT (mention_id, candidate_id) DO NOTHING;
