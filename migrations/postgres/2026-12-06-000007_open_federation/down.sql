DROP TABLE goal_matches;
ALTER TABLE instances DROP COLUMN signature_scheme;
ALTER TABLE deliveries DROP COLUMN refused_at;
ALTER TABLE deliveries DROP COLUMN refused_answer;
ALTER TABLE deliveries DROP COLUMN refused_status;
ALTER TABLE frameworks DROP COLUMN origin;
