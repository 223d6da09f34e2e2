INSERT INTO sources (id, dataset, kind, title, publisher, url, published, grading, sha256)
VALUES (@id, @dataset, @kind, @title, @publisher, @url, @published, @grading, @sha256)
ON CONFLICT (id) DO UPDATE SET
  kind = excluded.kind,
  title = excluded.title,
  publisher = excluded.publisher,
  url = excluded.url,
  published = excluded.published,
  grading = excluded.grading,
  sha256 = excluded.sha256;
