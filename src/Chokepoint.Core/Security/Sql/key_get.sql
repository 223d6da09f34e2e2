SELECT id, name, role, secret_sha256, created_at, revoked_at, last_used_at FROM api_keys WHERE id = @id
