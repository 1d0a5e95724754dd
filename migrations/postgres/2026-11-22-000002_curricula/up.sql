-- Curriculum frameworks (IMS CASE 1.0) and alignment of content to their goals.
-- Keep in step with the SQLite migration of the same name.

CREATE TABLE frameworks (
    id TEXT PRIMARY KEY NOT NULL,
    identifier TEXT NOT NULL UNIQUE,
    uri TEXT NOT NULL,
    title TEXT NOT NULL,
    creator TEXT NOT NULL,
    publisher TEXT NOT NULL,
    description TEXT NOT NULL,
    language TEXT NOT NULL,
    version TEXT NOT NULL,
    adoption_status TEXT NOT NULL,
    last_change TEXT NOT NULL,
    imported_at TIMESTAMP NOT NULL
);

-- A goal keeps its framework's URI as identity; `id` is our short id for URLs.
CREATE TABLE goals (
    id TEXT PRIMARY KEY NOT NULL,
    framework_id TEXT NOT NULL REFERENCES frameworks(id),
    identifier TEXT NOT NULL UNIQUE,
    uri TEXT NOT NULL UNIQUE,
    human_coding_scheme TEXT NOT NULL,
    full_statement TEXT NOT NULL,
    abbreviated_statement TEXT NOT NULL,
    item_type TEXT NOT NULL,
    education_levels TEXT NOT NULL,
    language TEXT NOT NULL,
    position INTEGER NOT NULL,
    -- Set when a newer import of the framework no longer has the goal; alignments stay.
    retired BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE INDEX goals_framework ON goals(framework_id, position);

-- isChildOf: a goal may have several parents (SLO's kerndoelen form a graph, not a tree).
CREATE TABLE goal_parents (
    goal_id TEXT NOT NULL REFERENCES goals(id),
    parent_id TEXT NOT NULL REFERENCES goals(id),
    position INTEGER NOT NULL,
    PRIMARY KEY (goal_id, parent_id)
);
CREATE INDEX goal_parents_parent ON goal_parents(parent_id);

-- replacedBy: an old goal and its successor.
CREATE TABLE goal_replacements (
    goal_id TEXT NOT NULL REFERENCES goals(id),
    replaced_by_id TEXT NOT NULL REFERENCES goals(id),
    PRIMARY KEY (goal_id, replaced_by_id)
);
CREATE INDEX goal_replacements_successor ON goal_replacements(replaced_by_id);

-- Which content teaches, assesses or requires which goal (LRMI alignmentType).
CREATE TABLE alignments (
    content_kind TEXT NOT NULL,
    content_id TEXT NOT NULL,
    goal_id TEXT NOT NULL REFERENCES goals(id),
    alignment_type TEXT NOT NULL,
    PRIMARY KEY (content_kind, content_id, goal_id)
);
CREATE INDEX alignments_goal ON alignments(goal_id);

ALTER TABLE materials ADD COLUMN goals TEXT NOT NULL DEFAULT '[]';
ALTER TABLE case_studies ADD COLUMN goals TEXT NOT NULL DEFAULT '[]';
