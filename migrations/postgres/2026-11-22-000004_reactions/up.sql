-- Appreciations (ActivityPub Like) of public content, and reports (ActivityPub Flag) for the
-- moderators. Keep in step with the SQLite migration of the same name.

-- One like per actor and piece of content; `activity_id` is the Like's id (ours or remote),
-- so an Undo can name it.
CREATE TABLE likes (
    activity_id TEXT PRIMARY KEY NOT NULL,
    kind TEXT NOT NULL,
    content_id TEXT NOT NULL,
    actor_id TEXT NOT NULL REFERENCES actors(id),
    created_at TIMESTAMP NOT NULL,
    UNIQUE (kind, content_id, actor_id)
);

-- A report about content: made here by an account, or received from another node's Flag.
-- `content_id` is set when the content is on this node; `object_url` always names it.
CREATE TABLE reports (
    id TEXT PRIMARY KEY NOT NULL,
    activity_id TEXT NOT NULL UNIQUE,
    reporter_actor_id TEXT NOT NULL REFERENCES actors(id),
    kind TEXT,
    content_id TEXT,
    object_url TEXT NOT NULL,
    comment TEXT NOT NULL,
    state TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX reports_state ON reports(state, created_at);
