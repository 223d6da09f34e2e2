SELECT release, id FROM release_keys WHERE dataset = $dataset ORDER BY release;
