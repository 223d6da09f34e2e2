SELECT name_key, entity_id, decision FROM link_judgements;
