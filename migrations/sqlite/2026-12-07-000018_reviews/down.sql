ALTER TABLE materials DROP COLUMN origin_used_in_class;
ALTER TABLE materials DROP COLUMN origin_rating_count;
ALTER TABLE materials DROP COLUMN origin_rating;
DROP TABLE reviews;
