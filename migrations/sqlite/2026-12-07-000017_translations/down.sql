DROP INDEX materials_translation_of;
ALTER TABLE remote_remixes DROP COLUMN language;
ALTER TABLE remote_remixes DROP COLUMN translation;
ALTER TABLE materials DROP COLUMN adaptation_notes;
ALTER TABLE materials DROP COLUMN translation_of_id;
