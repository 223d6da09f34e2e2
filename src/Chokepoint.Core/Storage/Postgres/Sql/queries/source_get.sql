SELECT id, dataset, kind, title, publisher, url, published, grading, sha256
FROM sources WHERE id = @id;
