COPY statement_releases (release_key, entity_id, statement_id) FROM STDIN (FORMAT BINARY)
