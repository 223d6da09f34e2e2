UPDATE statements SET current = 0 WHERE dataset = $dataset AND current = 1;
