-- Datasets, sources, releases and statements. Statements are the primary data; entities are assembled from them.
CREATE TABLE datasets (
  name TEXT PRIMARY KEY,
  title TEXT,
  summary TEXT,
  license TEXT,
  publisher TEXT,
  url TEXT,
  entity_count INTEGER NOT NULL DEFAULT 0,
  statement_count INTEGER NOT NULL DEFAULT 0,
  updated TEXT
);

CREATE TABLE sources (
  id TEXT PRIMARY KEY,
  dataset TEXT NOT NULL REFERENCES datasets(name),
  kind TEXT NOT NULL,
  title TEXT,
  publisher TEXT,
  url TEXT,
  published TEXT,
  grading TEXT,
  sha256 TEXT
);

CREATE TABLE releases (
  dataset TEXT NOT NULL REFERENCES datasets(name),
  release TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  entity_count INTEGER NOT NULL,
  statement_count INTEGER NOT NULL,
  PRIMARY KEY (dataset, release)
);

-- first_seen/last_seen are release dates; current = 1 for statements in the dataset's latest release.
-- Clustered by entity so that assembling an entity, or every entity in id order, reads neighbouring pages;
-- seq keeps the order values had in their source.
CREATE TABLE statements (
  entity_id TEXT NOT NULL,
  id TEXT NOT NULL,
  schema TEXT NOT NULL,
  prop TEXT NOT NULL,
  value TEXT NOT NULL,
  original_value TEXT,
  lang TEXT,
  dataset TEXT NOT NULL,
  source_id TEXT,
  span_start INTEGER,
  span_end INTEGER,
  quote TEXT,
  grading TEXT,
  first_seen TEXT NOT NULL,
  last_seen TEXT NOT NULL,
  current INTEGER NOT NULL DEFAULT 1,
  seq INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (entity_id, id)
) WITHOUT ROWID;

CREATE INDEX ix_statements_dataset ON statements (dataset, entity_id);

-- Named counters; statements_seq orders statement values across imports, as they came.
CREATE TABLE counters (
  name TEXT PRIMARY KEY,
  value INTEGER NOT NULL
);
INSERT INTO counters (name, value) VALUES ('statements_seq', 0);
