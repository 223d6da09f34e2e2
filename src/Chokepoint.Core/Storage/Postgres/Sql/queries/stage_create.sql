-- ord is the position in the import, so the merge keeps SQLite's insertion order.
CREATE TEMP TABLE import_statements (
  ord bigint NOT NULL,
  id text COLLATE "C" NOT NULL,
  entity_id text COLLATE "C" NOT NULL,
  schema text COLLATE "C" NOT NULL,
  prop text COLLATE "C" NOT NULL,
  value text NOT NULL,
  original_value text,
  lang text,
  source_id text COLLATE "C",
  span_start integer,
  span_end integer,
  quote text,
  grading text,
  first_seen text COLLATE "C" NOT NULL
) ON COMMIT DROP;
