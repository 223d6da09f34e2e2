SELECT value FROM counters WHERE name = 'statements_seq';
