SELECT entity_id FROM screening_judgements WHERE query_key = @query_key AND judgement = 'negative';
