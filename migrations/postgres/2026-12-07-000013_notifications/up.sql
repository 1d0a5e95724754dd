-- Notifications (issue 18): what happened that someone may want to hear about, and how often
-- each person wants to hear about each kind. Keep in step with the other backend's migration.

-- One row per event and recipient, written in the event's transaction. `mailed_at`: when it
-- went out (at once, or in a digest); NULL while it waits for a digest.
CREATE TABLE notifications (
    id TEXT PRIMARY KEY NOT NULL,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    subject_url TEXT NOT NULL,
    subject_title TEXT NOT NULL,
    detail TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    mailed_at TIMESTAMP
);
CREATE INDEX notifications_waiting ON notifications(mailed_at, created_at);
CREATE INDEX notifications_user ON notifications(user_id);

-- A person's choice per kind (off, immediate, daily, weekly); no row: the kind's default.
CREATE TABLE notification_settings (
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    frequency TEXT NOT NULL,
    PRIMARY KEY (user_id, kind)
);
