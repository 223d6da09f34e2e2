-- Release membership as a range on the statement row instead of one statement_releases row per statement per
-- release, as in the SQLite engine's 008: a statement is in release R of its dataset when
-- first_release <= R <= last_seen and statement_gaps holds no (R, statement).
ALTER TABLE statements ADD COLUMN first_release text COLLATE "C" NOT NULL DEFAULT '';

CREATE TABLE statement_gaps (
  release_key bigint NOT NULL REFERENCES release_keys(id),
  entity_id text COLLATE "C" NOT NULL,
  statement_id text COLLATE "C" NOT NULL,
  PRIMARY KEY (release_key, entity_id, statement_id)
);

-- The oldest release that held each statement; one no release holds starts (and ends, through a gap) at last_seen.
UPDATE statements SET first_release = last_seen;
UPDATE statements s SET first_release = m.release
FROM (SELECT r.statement_id, min(k.release) AS release
      FROM statement_releases r JOIN release_keys k ON k.id = r.release_key
      GROUP BY r.statement_id) m
WHERE m.statement_id = s.id AND m.release < s.first_release;

INSERT INTO statement_gaps (release_key, entity_id, statement_id)
SELECT k.id, s.entity_id, s.id
FROM statements s JOIN release_keys k ON k.dataset = s.dataset AND k.release >= s.first_release AND k.release <= s.last_seen
WHERE NOT EXISTS (SELECT 1 FROM statement_releases r WHERE r.release_key = k.id AND r.entity_id = s.entity_id AND r.statement_id = s.id);

DROP TABLE statement_releases;
