-- A node's quality mark (issue 20): moderators award it to a material or case study (here or a
-- copy from another node) against the criteria the node publishes (`node_settings` key
-- `quality_criteria`, Markdown, on the `/quality` page). One mark per piece of content.
-- Keep in step with the other backend's migration of the same name.
CREATE TABLE quality_marks (
    object_kind TEXT NOT NULL,
    object_id TEXT NOT NULL,
    awarded_by TEXT NOT NULL REFERENCES users(id),
    -- Why, in a sentence (may be empty).
    note TEXT NOT NULL,
    awarded_at TIMESTAMP NOT NULL,
    PRIMARY KEY (object_kind, object_id)
);
