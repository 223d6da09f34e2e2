-- Whether the import already wrote statements of this entity (its release is the dataset's newest and new).
SELECT EXISTS (SELECT 1 FROM statements WHERE entity_id = $entity_id AND last_seen = $release);
