-- Each version records the status it was saved with, so versions written while the content
-- was still a draft stay private once it is published (issue 22, finding 5).
ALTER TABLE material_versions ADD COLUMN status TEXT NOT NULL DEFAULT 'published';
ALTER TABLE case_study_versions ADD COLUMN status TEXT NOT NULL DEFAULT 'published';
UPDATE material_versions SET status = COALESCE(snapshot::jsonb ->> 'status', 'published');
UPDATE case_study_versions SET status = COALESCE(snapshot::jsonb ->> 'status', 'published');
