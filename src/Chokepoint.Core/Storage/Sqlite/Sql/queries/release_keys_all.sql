SELECT dataset, release, id FROM release_keys;
