-- newsprism store, schema version 3: spelling keys for corpus entities, so that transliteration
-- variants ("Gerassimow", "Gerasimov") and CLDR translations ("Moskau", "Moscow") of one name
-- become one entity (newsprism/entities/variants.py). Rows from schema 2 get their keys when
-- the store is opened (Store.migrate fills empty keys).

ALTER TABLE entities ADD COLUMN spelling TEXT NOT NULL DEFAULT '';
ALTER TABLE entities ADD COLUMN place TEXT NOT NULL DEFAULT '';
CREATE INDEX entities_spelling ON entities(label, spelling);
CREATE INDEX entities_place ON entities(label, place);
