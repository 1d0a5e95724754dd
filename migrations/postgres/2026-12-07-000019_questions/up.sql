-- Help questions (hulpvragen, issue 20): a teacher, school or network asks colleagues here and
-- abroad for help. Questions federate like case studies (remote ones have `origin` and `ap_id`);
-- answers are ActivityPub Notes replying to the question, from this node, other Deelwijs nodes
-- or any other software; invitations record whom the asker invited to answer.
-- Keep in step with the other backend's migration of the same name.
CREATE TABLE questions (
    id TEXT PRIMARY KEY NOT NULL,
    owner_id TEXT NOT NULL REFERENCES users(id),
    title TEXT NOT NULL,
    -- The situation as written (Markdown) and as shown (sanitised HTML).
    situation TEXT NOT NULL,
    situation_html TEXT NOT NULL,
    help_type TEXT NOT NULL,
    -- JSON arrays: theme ids, and BCP 47 tags of the languages the asker can work in.
    themes TEXT NOT NULL,
    education_level TEXT NOT NULL,
    languages TEXT NOT NULL,
    -- ISO 3166-1 alpha-2.
    country TEXT NOT NULL,
    -- YYYY-MM-DD, or none.
    deadline TEXT,
    state TEXT NOT NULL,
    -- The ActivityPub id of the answer the asker marked as the helpful one.
    helpful_answer TEXT,
    language TEXT NOT NULL,
    hidden BOOLEAN NOT NULL DEFAULT FALSE,
    origin TEXT,
    ap_id TEXT UNIQUE,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    deleted_at TIMESTAMP
);
CREATE INDEX questions_recent ON questions(deleted_at, created_at);
CREATE INDEX questions_owner ON questions(owner_id);

-- Answers: ours and those that replied from elsewhere (`actor_id` set), or, on a copy of a
-- question from another node, the answers its origin lists (`actor_id` empty: the origin vouches).
CREATE TABLE question_answers (
    id TEXT PRIMARY KEY NOT NULL,
    question_id TEXT NOT NULL REFERENCES questions(id),
    ap_id TEXT NOT NULL UNIQUE,
    actor_id TEXT REFERENCES actors(id),
    author_name TEXT NOT NULL,
    author_url TEXT NOT NULL,
    -- The author's host; empty for an answer written here.
    node TEXT NOT NULL,
    body_html TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX question_answers_question ON question_answers(question_id, created_at);

CREATE TABLE question_invitations (
    question_id TEXT NOT NULL REFERENCES questions(id),
    -- The invited actor's ActivityPub id (a person or a network).
    invitee TEXT NOT NULL,
    invitee_name TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    PRIMARY KEY (question_id, invitee)
);
