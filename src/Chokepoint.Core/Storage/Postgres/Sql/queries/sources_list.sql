SELECT id, dataset, kind, title, publisher, url, published, grading, sha256
FROM sources WHERE @dataset::text IS NULL OR dataset = @dataset ORDER BY dataset, id;
