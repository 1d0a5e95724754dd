DROP TABLE saved_searches;
DROP TABLE goal_follows;
