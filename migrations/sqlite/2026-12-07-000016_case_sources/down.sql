DROP TABLE case_sources;
