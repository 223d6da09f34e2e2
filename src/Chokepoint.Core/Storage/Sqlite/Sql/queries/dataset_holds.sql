SELECT EXISTS (SELECT 1 FROM dataset_entities WHERE dataset = $dataset);
