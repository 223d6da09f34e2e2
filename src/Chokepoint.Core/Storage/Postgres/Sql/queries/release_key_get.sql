SELECT id FROM release_keys WHERE dataset = @dataset AND release = @release;
