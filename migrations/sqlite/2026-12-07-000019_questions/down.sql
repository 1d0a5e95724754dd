DROP TABLE question_invitations;
DROP TABLE question_answers;
DROP TABLE questions;
