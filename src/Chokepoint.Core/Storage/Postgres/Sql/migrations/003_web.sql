-- Reverse-reference lookups and screening judgements, as in the SQLite engine's 003_web.
CREATE INDEX ix_statements_value ON statements (value, entity_id) WHERE current;

CREATE TABLE screening_judgements (
  query_key text NOT NULL,
  entity_id text NOT NULL,
  judgement text NOT NULL DEFAULT 'negative',
  query text NOT NULL,
  created_at text NOT NULL,
  PRIMARY KEY (query_key, entity_id)
);
