DELETE FROM statement_releases WHERE release_key = @key;
