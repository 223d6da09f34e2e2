-- The statements an import wrote, kept only when its release is not simply the dataset's newest and new.
CREATE TEMP TABLE IF NOT EXISTS import_touched (entity_id TEXT NOT NULL, id TEXT NOT NULL, PRIMARY KEY (entity_id, id)) WITHOUT ROWID;
DELETE FROM temp.import_touched;
