-- Federation over ActivityPub: actors (ours and remote ones), follows, the durable outbox and
-- its per-instance deliveries, inbound de-duplication, and remote content's origin.
-- Keep in step with the PostgreSQL migration of the same name.

-- Every actor we know: the node itself, local accounts (once they federate) and remote actors.
-- A remote actor that authors content also gets a `users` row (status 'remote') to own it.
CREATE TABLE actors (
    id TEXT PRIMARY KEY NOT NULL,
    ap_id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    local BOOLEAN NOT NULL,
    user_id TEXT REFERENCES users(id),
    host TEXT NOT NULL,
    username TEXT NOT NULL,
    name TEXT NOT NULL,
    summary TEXT NOT NULL,
    inbox TEXT NOT NULL,
    shared_inbox TEXT,
    outbox TEXT,
    followers TEXT,
    public_key_pem TEXT NOT NULL,
    private_key_pem TEXT,
    fetched_at TIMESTAMP NOT NULL
);
CREATE INDEX actors_host ON actors(host);
CREATE INDEX actors_user ON actors(user_id);

-- `state`: pending until the target accepts, then accepted.
CREATE TABLE follows (
    follower_id TEXT NOT NULL REFERENCES actors(id),
    target_id TEXT NOT NULL REFERENCES actors(id),
    state TEXT NOT NULL,
    activity_id TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    PRIMARY KEY (follower_id, target_id)
);
CREATE INDEX follows_target ON follows(target_id, state);

-- Activities we sent, written in the transaction of the change they describe.
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    activity_id TEXT NOT NULL UNIQUE,
    actor_ap_id TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);

-- One row per (activity, inbox) still to deliver; deleted once delivered.
CREATE TABLE deliveries (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    outbox_id BIGINT NOT NULL REFERENCES outbox(id),
    host TEXT NOT NULL,
    inbox TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX deliveries_host ON deliveries(host, id);

-- Delivery state per remote instance: backoff after failures, unreachable after days of them.
CREATE TABLE instances (
    host TEXT PRIMARY KEY NOT NULL,
    failures INTEGER NOT NULL,
    next_attempt_at TIMESTAMP,
    failing_since TIMESTAMP,
    unreachable BOOLEAN NOT NULL,
    last_success_at TIMESTAMP,
    last_error TEXT NOT NULL
);

-- Ids of inbound activities already handled (de-duplication).
CREATE TABLE inbox_seen (
    activity_id TEXT PRIMARY KEY NOT NULL,
    received_at TIMESTAMP NOT NULL
);

-- What we last told followers about each local object ('public' or 'deleted'), so a change
-- becomes Create, Update or Delete.
CREATE TABLE federated_objects (
    object_kind TEXT NOT NULL,
    object_id TEXT NOT NULL,
    state TEXT NOT NULL,
    PRIMARY KEY (object_kind, object_id)
);

-- Remixes of our materials made on other nodes.
CREATE TABLE remote_remixes (
    material_id TEXT NOT NULL REFERENCES materials(id),
    url TEXT NOT NULL,
    node TEXT NOT NULL,
    title TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    PRIMARY KEY (material_id, url)
);

-- Remote content: its ActivityPub id and the host it came from (both NULL for local content).
ALTER TABLE materials ADD COLUMN ap_id TEXT;
ALTER TABLE materials ADD COLUMN origin TEXT;
CREATE UNIQUE INDEX materials_ap_id ON materials(ap_id);
ALTER TABLE case_studies ADD COLUMN ap_id TEXT;
ALTER TABLE case_studies ADD COLUMN origin TEXT;
CREATE UNIQUE INDEX case_studies_ap_id ON case_studies(ap_id);
