-- Release membership as a range on the statement row instead of one statement_releases row per statement per
-- release: a statement is in release R of its dataset when first_release <= R <= last_seen (release order) and
-- statement_gaps holds no (R, statement). A gap is a release inside the range that lacked the statement: it left
-- and came back, a release was imported out of order, or a release was imported again without it.
ALTER TABLE statements ADD COLUMN first_release TEXT NOT NULL DEFAULT '';

CREATE TABLE statement_gaps (
  release_key INTEGER NOT NULL REFERENCES release_keys(id),
  entity_id TEXT NOT NULL,
  statement_id TEXT NOT NULL,
  PRIMARY KEY (release_key, entity_id, statement_id)
) WITHOUT ROWID;

-- The oldest release that held each statement; one no release holds starts (and ends, through a gap) at last_seen.
UPDATE statements SET first_release = coalesce((
  SELECT k.release FROM release_keys k
  WHERE k.dataset = statements.dataset
    AND EXISTS (SELECT 1 FROM statement_releases r WHERE r.release_key = k.id AND r.entity_id = statements.entity_id AND r.statement_id = statements.id)
  ORDER BY k.release LIMIT 1), last_seen);

INSERT INTO statement_gaps (release_key, entity_id, statement_id)
SELECT k.id, s.entity_id, s.id
FROM statements s JOIN release_keys k ON k.dataset = s.dataset AND k.release >= s.first_release AND k.release <= s.last_seen
WHERE NOT EXISTS (SELECT 1 FROM statement_releases r WHERE r.release_key = k.id AND r.entity_id = s.entity_id AND r.statement_id = s.id);

DROP TABLE statement_releases;
