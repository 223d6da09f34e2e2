UPDATE counters SET value = max(value, $value) WHERE name = 'statements_seq';
