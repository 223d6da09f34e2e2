SELECT name, title, summary, license, publisher, url, entity_count, statement_count, updated
FROM datasets WHERE name = @name;
