DELETE FROM screening_judgements WHERE query_key = $query_key AND entity_id = $entity_id;
