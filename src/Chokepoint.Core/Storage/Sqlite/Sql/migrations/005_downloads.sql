-- What `sources update` last fetched per dataset: validators for conditional requests and the checksum of the file imported.
CREATE TABLE downloads (
  dataset TEXT PRIMARY KEY,
  url TEXT NOT NULL,
  etag TEXT,
  last_modified TEXT,
  sha256 TEXT,
  release TEXT,
  checked_at TEXT NOT NULL
);
