-- Attachments are part of a version (issue 21): each version records the files it had, as a
-- JSON list, so an old version shows them and restoring it brings them back. NULL: a version
-- written before versions recorded files; restoring one leaves the files as they are.
ALTER TABLE material_versions ADD COLUMN attachments TEXT;
-- The current version of every material had the files it has now.
UPDATE material_versions SET attachments = (
    SELECT COALESCE(json_group_array(json_object(
        'id', a.id, 'file_name', a.file_name, 'content_type', a.content_type,
        'size_bytes', a.size_bytes, 'sha256', a.sha256, 'created_at', strftime('%Y-%m-%dT%H:%M:%f', a.created_at))), '[]')
    FROM attachments a WHERE a.material_id = material_versions.material_id)
WHERE version = (SELECT m.version FROM materials m WHERE m.id = material_versions.material_id);
