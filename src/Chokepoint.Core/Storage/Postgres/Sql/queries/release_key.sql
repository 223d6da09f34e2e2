-- The release's key and the dataset's newest release.
SELECT id, (SELECT max(release) FROM release_keys WHERE dataset = @dataset) FROM release_keys WHERE dataset = @dataset AND release = @release;
