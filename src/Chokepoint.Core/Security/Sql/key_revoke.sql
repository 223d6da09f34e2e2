UPDATE api_keys SET revoked_at = @at WHERE id = @id AND revoked_at IS NULL
