COPY statement_gaps (release_key, entity_id, statement_id) FROM STDIN (FORMAT BINARY)
