INSERT INTO datasets (name, title, summary, license, publisher, url, entity_count, statement_count, updated)
VALUES (@name, @title, @summary, @license, @publisher, @url, @entity_count, @statement_count, @updated);
