ALTER TABLE material_versions DROP COLUMN attachments;
