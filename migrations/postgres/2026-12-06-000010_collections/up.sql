-- Collections (arrangementen, issue 21): ordered lists of materials, here or from followed
-- nodes, with an introduction, a licence and goals of their own. Goals live in `alignments`
-- (content kind 'collection'), like those of materials.
CREATE TABLE collections (
    id TEXT PRIMARY KEY NOT NULL,
    owner_id TEXT NOT NULL REFERENCES users(id),
    title TEXT NOT NULL,
    introduction_md TEXT NOT NULL,
    introduction_html TEXT NOT NULL,
    language TEXT NOT NULL,
    license TEXT NOT NULL,
    education_levels TEXT NOT NULL,
    subjects TEXT NOT NULL,
    goals TEXT NOT NULL,
    status TEXT NOT NULL,
    hidden BOOLEAN NOT NULL DEFAULT FALSE,
    version INTEGER NOT NULL,
    derived_from_id TEXT REFERENCES collections(id),
    derived_from_version INTEGER,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    deleted_at TIMESTAMP,
    -- A collection from another node: its ActivityPub id and origin host.
    ap_id TEXT UNIQUE,
    origin TEXT,
    -- The network here that owns it (its moderators edit it too); NULL: its author alone.
    network_id TEXT REFERENCES networks(id)
);
CREATE INDEX collections_recent ON collections(status, deleted_at, created_at);
CREATE INDEX collections_owner ON collections(owner_id);

-- The items in order. `item_url` is the material's ActivityPub id (its URL where it lives);
-- `material_id` the row here when this node holds it; `title` and `origin` as last seen, so an
-- item from a node we do not follow still shows what it is and where it lives.
CREATE TABLE collection_items (
    collection_id TEXT NOT NULL REFERENCES collections(id),
    position INTEGER NOT NULL,
    item_url TEXT NOT NULL,
    material_id TEXT REFERENCES materials(id),
    title TEXT NOT NULL,
    origin TEXT,
    note TEXT NOT NULL,
    PRIMARY KEY (collection_id, item_url)
);
CREATE INDEX collection_items_material ON collection_items(material_id);
-- A copy that arrives links the items naming it by URL (`store::collections::link_items`).
CREATE INDEX collection_items_url ON collection_items(item_url);

CREATE TABLE collection_versions (
    collection_id TEXT NOT NULL REFERENCES collections(id),
    version INTEGER NOT NULL,
    snapshot TEXT NOT NULL,
    editor_id TEXT NOT NULL,
    note TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    status TEXT NOT NULL,
    PRIMARY KEY (collection_id, version)
);

-- Follows of one collection, both ways: a remote actor following a collection here, and an
-- account here following a collection elsewhere (whose copy is a `collections` row).
CREATE TABLE collection_follows (
    collection_id TEXT NOT NULL REFERENCES collections(id),
    actor_id TEXT NOT NULL REFERENCES actors(id),
    activity_id TEXT NOT NULL,
    state TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    PRIMARY KEY (collection_id, actor_id)
);
CREATE INDEX collection_follows_actor ON collection_follows(actor_id);
CREATE INDEX collection_follows_activity ON collection_follows(activity_id);
