SELECT dataset, url, etag, last_modified, sha256, release, checked_at FROM downloads WHERE dataset = @dataset;
