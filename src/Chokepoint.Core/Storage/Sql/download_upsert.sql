INSERT INTO downloads (dataset, url, etag, last_modified, sha256, release, checked_at)
VALUES (@dataset, @url, @etag, @last_modified, @sha256, @release, @checked_at)
ON CONFLICT (dataset) DO UPDATE SET
  url = excluded.url,
  etag = excluded.etag,
  last_modified = excluded.last_modified,
  sha256 = excluded.sha256,
  release = excluded.release,
  checked_at = excluded.checked_at;
