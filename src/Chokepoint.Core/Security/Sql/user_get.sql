SELECT name, role, password_hash, disabled, created_at FROM users WHERE name = @name
