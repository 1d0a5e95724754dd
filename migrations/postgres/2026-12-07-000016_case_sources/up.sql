-- The CASE source of each imported framework (issue 19): the CFDocument, every CFItem and
-- CFAssociation and the CFDefinitions exactly as imported, so the node's CASE provider serves
-- them back with the identifiers, URIs and fields they came with (association identifiers,
-- association types Deelwijs does not act on, notes) — what the goal tables keep is only what
-- Deelwijs uses. Replaced as a whole by a re-import, in the import's transaction.
-- Keep in step with the other backend's migration of the same name.
CREATE TABLE case_sources (
    framework_id TEXT NOT NULL REFERENCES frameworks(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    identifier TEXT NOT NULL,
    position INTEGER NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (framework_id, kind, identifier)
);
CREATE INDEX case_sources_identifier ON case_sources(kind, identifier);
