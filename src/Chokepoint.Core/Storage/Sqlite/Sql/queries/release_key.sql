INSERT INTO release_keys (dataset, release) VALUES ($dataset, $release) ON CONFLICT (dataset, release) DO NOTHING;
SELECT id, (SELECT max(release) FROM release_keys WHERE dataset = $dataset) FROM release_keys WHERE dataset = $dataset AND release = $release;
