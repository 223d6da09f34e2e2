SELECT first_release, last_seen FROM statements WHERE entity_id = $entity_id AND id = $id;
