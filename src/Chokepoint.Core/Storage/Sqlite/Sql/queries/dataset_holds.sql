SELECT EXISTS (SELECT 1 FROM statements WHERE dataset = $dataset);
