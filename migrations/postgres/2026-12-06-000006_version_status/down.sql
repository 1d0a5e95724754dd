ALTER TABLE case_study_versions DROP COLUMN status;
ALTER TABLE material_versions DROP COLUMN status;
