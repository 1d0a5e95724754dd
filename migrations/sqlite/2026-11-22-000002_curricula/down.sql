ALTER TABLE case_studies DROP COLUMN goals;
ALTER TABLE materials DROP COLUMN goals;
DROP TABLE alignments;
DROP TABLE goal_replacements;
DROP TABLE goal_parents;
DROP TABLE goals;
DROP TABLE frameworks;
