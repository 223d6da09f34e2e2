-- What `sources update` last fetched per dataset, as in the SQLite engine's 005.
CREATE TABLE downloads (
  dataset text COLLATE "C" PRIMARY KEY,
  url text NOT NULL,
  etag text,
  last_modified text,
  sha256 text,
  release text COLLATE "C",
  checked_at text COLLATE "C" NOT NULL
);
