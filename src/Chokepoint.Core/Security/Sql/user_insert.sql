INSERT INTO users (name, role, password_hash, disabled, created_at) VALUES (@name, @role, @hash, 0, @at)
