UPDATE users SET disabled = 1 WHERE name = @name
