SELECT seq, at, actor, action, target, remote, details, prev_hash, hash FROM audit_log WHERE at >= @since ORDER BY seq
