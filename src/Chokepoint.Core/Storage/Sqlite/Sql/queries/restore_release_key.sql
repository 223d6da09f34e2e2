INSERT INTO release_keys (dataset, release) VALUES ($dataset, $release) ON CONFLICT (dataset, release) DO NOTHING;
