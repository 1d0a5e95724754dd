-- Translations of a material (issue 20): a material may be a translation or cultural adaptation
-- of another one here (its own row, or this node's copy of one from another node), with notes
-- on what was adapted; a remix notice from another node may say it is a translation, and in
-- which language. Keep in step with the other backend's migration of the same name.
-- No REFERENCES here: SQLite cannot drop a column that has one (down.sql); materials are only
-- ever deleted softly, so the id keeps pointing at a row.
ALTER TABLE materials ADD COLUMN translation_of_id TEXT;
ALTER TABLE materials ADD COLUMN adaptation_notes TEXT NOT NULL DEFAULT '';
CREATE INDEX materials_translation_of ON materials(translation_of_id);
ALTER TABLE remote_remixes ADD COLUMN translation BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE remote_remixes ADD COLUMN language TEXT NOT NULL DEFAULT '';
