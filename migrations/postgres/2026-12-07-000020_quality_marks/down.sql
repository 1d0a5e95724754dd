DROP TABLE quality_marks;
