-- Following a curriculum goal, and saved searches (issue 18): new public work aligned to the goal, or to a goal
-- below it, or to a goal of another framework that matches it, is news for its followers.
-- Keep in step with the other backend's migration of the same name.
CREATE TABLE goal_follows (
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    goal_id TEXT NOT NULL REFERENCES goals(id) ON DELETE CASCADE,
    created_at TIMESTAMP NOT NULL,
    PRIMARY KEY (user_id, goal_id)
);
CREATE INDEX goal_follows_goal ON goal_follows(goal_id);

-- Saved searches: a search someone asked to hear about. `query` holds the text, filters and
-- goal as JSON; `seen` the ids of the hits already known (newest first, at most 500), so only
-- new ones are news.
CREATE TABLE saved_searches (
    id TEXT PRIMARY KEY NOT NULL,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    label TEXT NOT NULL,
    query TEXT NOT NULL,
    seen TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    checked_at TIMESTAMP NOT NULL
);
CREATE INDEX saved_searches_user ON saved_searches(user_id);
