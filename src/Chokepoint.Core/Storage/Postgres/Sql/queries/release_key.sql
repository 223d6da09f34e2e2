-- The dataset's releases in release order, with their keys.
SELECT release, id FROM release_keys WHERE dataset = @dataset ORDER BY release;
