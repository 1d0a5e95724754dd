DROP TABLE reports;
DROP TABLE likes;
