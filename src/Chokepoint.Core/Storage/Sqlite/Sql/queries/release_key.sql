INSERT INTO release_keys (dataset, release) VALUES ($dataset, $release) ON CONFLICT (dataset, release) DO NOTHING;
SELECT id FROM release_keys WHERE dataset = $dataset AND release = $release;
