-- OAI-PMH records (issue 19): one row per material or case study made here that is or was
-- public. A change to it takes the next `seq` (the harvest's paging key) and a `datestamp` no
-- earlier than the row before it, so paging by `seq` and selecting by date agree; content that
-- stopped being public stays as a tombstone (`deleted`), which the repository promises to keep.
-- Keep in step with the other backend's migration of the same name.
CREATE TABLE oai_records (
    kind TEXT NOT NULL,
    content_id TEXT NOT NULL,
    seq BIGINT NOT NULL,
    datestamp TIMESTAMP NOT NULL,
    deleted BOOLEAN NOT NULL,
    PRIMARY KEY (kind, content_id)
);
CREATE UNIQUE INDEX oai_records_seq ON oai_records(seq);
CREATE INDEX oai_records_datestamp ON oai_records(datestamp);

-- The sets each record is in (with the parent sets of the hierarchy), at the record's `seq`,
-- so a selective harvest pages through one index range too.
CREATE TABLE oai_set_members (
    spec TEXT NOT NULL,
    seq BIGINT NOT NULL,
    kind TEXT NOT NULL,
    content_id TEXT NOT NULL,
    PRIMARY KEY (spec, seq)
);
CREATE INDEX oai_set_members_record ON oai_set_members(kind, content_id);
