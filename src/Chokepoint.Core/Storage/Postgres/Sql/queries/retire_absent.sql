-- A full release that is the dataset's newest and new: every statement it wrote has last_seen = @release,
-- so the others stop being current.
UPDATE statements SET current = false
WHERE dataset = @dataset AND current AND last_seen < @release;
