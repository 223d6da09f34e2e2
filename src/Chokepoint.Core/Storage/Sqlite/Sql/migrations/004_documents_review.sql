-- Documents ingested as sources, the entity links waiting for an analyst, and the analysts' link judgements.
CREATE TABLE documents (
  source_id TEXT PRIMARY KEY,
  dataset TEXT NOT NULL,
  format TEXT NOT NULL,
  location TEXT,
  chars INTEGER NOT NULL,
  protected INTEGER NOT NULL DEFAULT 0,
  extractor TEXT NOT NULL,
  flags TEXT,
  ingested_at TEXT NOT NULL
);

-- One proposed link of a mention to a store entity whose confidence was below the review threshold.
CREATE TABLE link_reviews (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  source_id TEXT NOT NULL,
  dataset TEXT NOT NULL,
  mention_id TEXT NOT NULL,
  surface TEXT NOT NULL,
  kind TEXT NOT NULL,
  candidate_id TEXT NOT NULL,
  candidate_name TEXT,
  confidence REAL NOT NULL,
  reason TEXT,
  status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'rejected')),
  created_at TEXT NOT NULL,
  decided_at TEXT,
  UNIQUE (mention_id, candidate_id)
);

CREATE INDEX ix_link_reviews_status ON link_reviews (status, id);

-- An analyst's decision that a name (its folded key) does or does not refer to an entity; later ingests obey it.
CREATE TABLE link_judgements (
  name_key TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  decision TEXT NOT NULL CHECK (decision IN ('accepted', 'rejected')),
  review_id INTEGER,
  decided_at TEXT NOT NULL,
  PRIMARY KEY (name_key, entity_id)
);
