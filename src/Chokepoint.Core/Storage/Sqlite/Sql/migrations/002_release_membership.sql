-- Which statements each release of a dataset held, so any two releases can be compared, whatever
-- order they were imported in. release_keys gives each (dataset, release) a compact integer key.
CREATE TABLE release_keys (
  id INTEGER PRIMARY KEY,
  dataset TEXT NOT NULL,
  release TEXT NOT NULL,
  UNIQUE (dataset, release)
);

CREATE TABLE statement_releases (
  release_key INTEGER NOT NULL REFERENCES release_keys(id),
  entity_id TEXT NOT NULL,
  statement_id TEXT NOT NULL,
  PRIMARY KEY (release_key, entity_id, statement_id)
) WITHOUT ROWID;

-- Releases imported before this migration: a statement belonged to the release it was last seen in.
INSERT INTO release_keys (dataset, release) SELECT dataset, release FROM releases;
INSERT OR IGNORE INTO statement_releases (release_key, entity_id, statement_id)
SELECT k.id, s.entity_id, s.id FROM statements s JOIN release_keys k ON k.dataset = s.dataset AND k.release = s.last_seen;
