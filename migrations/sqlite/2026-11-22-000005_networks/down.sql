DROP TABLE network_posts;
DROP TABLE network_members;
DROP TABLE networks;
