INSERT INTO datasets (name, title, summary, license, publisher, url)
VALUES (@name, @title, @summary, @license, @publisher, @url)
ON CONFLICT (name) DO UPDATE SET
  title = coalesce(excluded.title, datasets.title),
  summary = coalesce(excluded.summary, datasets.summary),
  license = coalesce(excluded.license, datasets.license),
  publisher = coalesce(excluded.publisher, datasets.publisher),
  url = coalesce(excluded.url, datasets.url);
