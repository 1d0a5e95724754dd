-- Foundation schema (PostgreSQL). Keep in step with ../../sqlite/2026-11-22-000001_foundation/up.sql:
-- one logical schema, two dialects. List-valued metadata is stored as JSON text arrays.

CREATE TABLE node_settings (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);

CREATE TABLE users (
    id TEXT PRIMARY KEY NOT NULL,
    username TEXT NOT NULL UNIQUE,
    email TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    bio TEXT NOT NULL DEFAULT '',
    password_hash TEXT NOT NULL,
    role TEXT NOT NULL,
    status TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);

CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY NOT NULL,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL
);
CREATE INDEX sessions_user ON sessions(user_id);

CREATE TABLE api_tokens (
    token_hash TEXT PRIMARY KEY NOT NULL,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    label TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL
);
CREATE INDEX api_tokens_user ON api_tokens(user_id);

CREATE TABLE materials (
    id TEXT PRIMARY KEY NOT NULL,
    owner_id TEXT NOT NULL REFERENCES users(id),
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    body_md TEXT NOT NULL,
    body_html TEXT NOT NULL,
    language TEXT NOT NULL,
    license TEXT NOT NULL,
    education_levels TEXT NOT NULL,
    isced_level INTEGER,
    subjects TEXT NOT NULL,
    resource_type TEXT NOT NULL,
    duration_minutes INTEGER,
    keywords TEXT NOT NULL,
    authors TEXT NOT NULL,
    links TEXT NOT NULL,
    status TEXT NOT NULL,
    hidden BOOLEAN NOT NULL DEFAULT FALSE,
    version INTEGER NOT NULL,
    derived_from_id TEXT REFERENCES materials(id),
    derived_from_version INTEGER,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    deleted_at TIMESTAMP
);
CREATE INDEX materials_recent ON materials(status, deleted_at, created_at);
CREATE INDEX materials_owner ON materials(owner_id);
CREATE INDEX materials_derived ON materials(derived_from_id);

CREATE TABLE material_versions (
    material_id TEXT NOT NULL REFERENCES materials(id),
    version INTEGER NOT NULL,
    snapshot TEXT NOT NULL,
    editor_id TEXT NOT NULL REFERENCES users(id),
    note TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    PRIMARY KEY (material_id, version)
);

CREATE TABLE attachments (
    id TEXT PRIMARY KEY NOT NULL,
    material_id TEXT NOT NULL REFERENCES materials(id),
    file_name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size_bytes BIGINT NOT NULL,
    sha256 TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX attachments_material ON attachments(material_id);

CREATE TABLE case_studies (
    id TEXT PRIMARY KEY NOT NULL,
    owner_id TEXT NOT NULL REFERENCES users(id),
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    sector TEXT NOT NULL,
    school_type TEXT NOT NULL,
    school_size TEXT NOT NULL,
    challenge TEXT NOT NULL,
    approach TEXT NOT NULL,
    results TEXT NOT NULL,
    lessons TEXT NOT NULL,
    scaling TEXT NOT NULL,
    themes TEXT NOT NULL,
    stage TEXT NOT NULL,
    erasmus_action TEXT NOT NULL,
    related_materials TEXT NOT NULL,
    contact TEXT,
    language TEXT NOT NULL,
    license TEXT NOT NULL,
    status TEXT NOT NULL,
    hidden BOOLEAN NOT NULL DEFAULT FALSE,
    version INTEGER NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    deleted_at TIMESTAMP
);
CREATE INDEX case_studies_recent ON case_studies(status, deleted_at, created_at);
CREATE INDEX case_studies_owner ON case_studies(owner_id);

CREATE TABLE case_study_versions (
    case_study_id TEXT NOT NULL REFERENCES case_studies(id),
    version INTEGER NOT NULL,
    snapshot TEXT NOT NULL,
    editor_id TEXT NOT NULL REFERENCES users(id),
    note TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    PRIMARY KEY (case_study_id, version)
);

-- Derived-data queue (DESIGN.md invariant 2): written in the same transaction as the change,
-- drained by the index writer.
CREATE TABLE index_queue (
    id BIGSERIAL PRIMARY KEY,
    object_kind TEXT NOT NULL,
    object_id TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);
