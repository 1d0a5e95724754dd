DROP TABLE collection_follows;
DROP TABLE collection_versions;
DROP TABLE collection_items;
DROP TABLE collections;
