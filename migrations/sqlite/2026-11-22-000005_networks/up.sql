-- Innovation networks hosted here (ActivityPub Groups, FEP-1b12): their members and
-- moderators, join requests, and what was posted to a network (one hosted here, or one
-- elsewhere that an account of ours posted to). Keep in step with the PostgreSQL migration of the
-- same name.

-- A network's actor is an `actors` row of kind 'Group' with the same name.
CREATE TABLE networks (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL UNIQUE,
    actor_id TEXT NOT NULL REFERENCES actors(id),
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    -- 'open': anyone may join; 'approval': a moderator accepts each request.
    join_mode TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);

-- Members, local or remote. `role`: 'moderator' or 'member'; `state`: 'member' or 'requested'.
CREATE TABLE network_members (
    network_id TEXT NOT NULL REFERENCES networks(id),
    actor_id TEXT NOT NULL REFERENCES actors(id),
    role TEXT NOT NULL,
    state TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    PRIMARY KEY (network_id, actor_id)
);
CREATE INDEX network_members_actor ON network_members(actor_id);

-- Content addressed to a network, by the network's actor URL.
CREATE TABLE network_posts (
    network_url TEXT NOT NULL,
    kind TEXT NOT NULL,
    content_id TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    PRIMARY KEY (network_url, kind, content_id)
);
CREATE INDEX network_posts_content ON network_posts(kind, content_id);
