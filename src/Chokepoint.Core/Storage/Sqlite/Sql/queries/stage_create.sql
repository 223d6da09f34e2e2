CREATE TEMP TABLE IF NOT EXISTS import_statements (
  id TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  schema TEXT NOT NULL,
  prop TEXT NOT NULL,
  value TEXT NOT NULL,
  original_value TEXT,
  lang TEXT,
  source_id TEXT,
  span_start INTEGER,
  span_end INTEGER,
  quote TEXT,
  grading TEXT,
  first_seen TEXT NOT NULL,
  seq INTEGER NOT NULL
);
