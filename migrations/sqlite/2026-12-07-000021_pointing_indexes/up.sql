-- Remixes and translations of a material (its page lists both) are looked up by the column that
-- points at it plus the conditions of being public, newest last. With a single-column index
-- SQLite's planner preferred materials_recent (status, deleted_at: two equalities) and walked
-- every public material on each material page, so the page cost grew with the node. An index
-- that leads with the pointing column and also holds the other conditions is the one it takes.
-- Keep in step with the other backend's migration of the same name.
DROP INDEX materials_derived;
CREATE INDEX materials_derived ON materials(derived_from_id, status, deleted_at, created_at);
DROP INDEX materials_translation_of;
CREATE INDEX materials_translation_of ON materials(translation_of_id, status, deleted_at, created_at);
