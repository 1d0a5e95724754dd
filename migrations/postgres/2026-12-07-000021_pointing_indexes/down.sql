DROP INDEX materials_translation_of;
CREATE INDEX materials_translation_of ON materials(translation_of_id);
DROP INDEX materials_derived;
CREATE INDEX materials_derived ON materials(derived_from_id);
