-- Marks the values of entity-typed properties ($props is a JSON array of their names) as references.
UPDATE statements SET ref = 1 WHERE ref = 0 AND prop IN (SELECT value FROM json_each($props));
