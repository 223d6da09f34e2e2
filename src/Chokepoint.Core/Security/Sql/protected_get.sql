SELECT field, nonce, ciphertext, tag FROM protected_sources WHERE source_id = @source ORDER BY field
