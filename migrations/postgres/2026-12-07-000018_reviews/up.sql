-- Teachers' reviews of materials (issue 20): a rating of 1–5, a short text, and the level it was
-- used in class with; one per reviewer and material, editable. Reviews written on other nodes
-- arrive as ActivityPub Notes replying to the material and are kept here beside our own, so
-- the material's origin counts them all. `ap_id` is the Note's id (ours or remote).
-- Keep in step with the other backend's migration of the same name.
CREATE TABLE reviews (
    id TEXT PRIMARY KEY NOT NULL,
    material_id TEXT NOT NULL REFERENCES materials(id),
    actor_id TEXT NOT NULL REFERENCES actors(id),
    rating INTEGER NOT NULL,
    body TEXT NOT NULL,
    used_level TEXT,
    ap_id TEXT NOT NULL UNIQUE,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (material_id, actor_id)
);
CREATE INDEX reviews_material ON reviews(material_id);

-- What a material's origin says of all its reviews (schema.org aggregateRating), kept on this
-- node's copy of a material from another node, so every node shows the origin's count.
ALTER TABLE materials ADD COLUMN origin_rating DOUBLE PRECISION;
ALTER TABLE materials ADD COLUMN origin_rating_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE materials ADD COLUMN origin_used_in_class INTEGER NOT NULL DEFAULT 0;
