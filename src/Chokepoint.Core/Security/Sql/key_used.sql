UPDATE api_keys SET last_used_at = @at WHERE id = @id
