-- Reverse-reference lookups (which entities point at an id) and screening judgements for the web app.
CREATE INDEX ix_statements_value ON statements (value, entity_id) WHERE current = 1;

-- An analyst's judgement that a screened name is not the listed entity (a false positive); excluded from later screening.
CREATE TABLE screening_judgements (
  query_key TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  judgement TEXT NOT NULL DEFAULT 'negative',
  query TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (query_key, entity_id)
);
