-- Open federation (issue 23).
-- Keep in step with the other backend's migration of the same name.

-- A framework learned from federated content rather than imported here: the goals other
-- nodes aligned their content to, described by them (`origin` is the first node's host).
-- NULL for frameworks imported on this node.
ALTER TABLE frameworks ADD COLUMN origin TEXT;

-- A delivery the peer refused with a 4xx stays, marked, until an admin retries it: the
-- peer's status and the start of its answer say why.
ALTER TABLE deliveries ADD COLUMN refused_status INTEGER;
ALTER TABLE deliveries ADD COLUMN refused_answer TEXT;
ALTER TABLE deliveries ADD COLUMN refused_at TIMESTAMP;

-- The HTTP signature scheme an instance answered to last ('rfc9421' or 'cavage'; empty while
-- unknown): outgoing requests try it first.
ALTER TABLE instances ADD COLUMN signature_scheme TEXT NOT NULL DEFAULT '';

-- Crosswalks: two goals (usually of two frameworks) that match, as an imported CASE package
-- states it (exactMatchOf, isRelatedTo, isPeerOf, isTranslationOf). `source` is the framework
-- whose package stated it: a re-import replaces what that package said. A goal filter on one
-- end finds content aligned to the other.
CREATE TABLE goal_matches (
    goal_id TEXT NOT NULL REFERENCES goals(id),
    matched_id TEXT NOT NULL REFERENCES goals(id),
    kind TEXT NOT NULL,
    source TEXT NOT NULL REFERENCES frameworks(id),
    PRIMARY KEY (goal_id, matched_id)
);
CREATE INDEX goal_matches_matched ON goal_matches(matched_id);
CREATE INDEX goal_matches_source ON goal_matches(source);
