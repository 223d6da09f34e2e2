INSERT INTO audit_log (at, actor, action, target, remote, details, prev_hash, hash) VALUES (@at, @actor, @action, @target, @remote, @details, @prev, @hash)
