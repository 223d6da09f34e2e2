-- Reverse references (references_to) only look up values of entity-typed properties. ref = 1 marks those rows
-- (the writers set it from the schema; SqliteStore fills it for rows written before this migration), so the
-- value index holds references only instead of every name, note and date: smaller, and cheap to keep on import.
ALTER TABLE statements ADD COLUMN ref INTEGER NOT NULL DEFAULT 0;
DROP INDEX ix_statements_value;
CREATE INDEX ix_statements_ref ON statements (value, entity_id) WHERE current = 1 AND ref = 1;
