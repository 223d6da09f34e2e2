INSERT INTO api_keys (id, name, role, secret_sha256, created_at) VALUES (@id, @name, @role, @secret, @at)
